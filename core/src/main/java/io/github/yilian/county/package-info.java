/**
 * County medical community (县域医共体) targets of the Xinjiang notice of 2023-04-07 (seed 002):
 * administrative tree, dated facts, targets with deadlines, status, gaps, roll-ups, rankings and the
 * three-level annual evaluation (县级自评, 地级复核, 区级审核).
 */
@NullMarked
package io.github.yilian.county;

import org.jspecify.annotations.NullMarked;
