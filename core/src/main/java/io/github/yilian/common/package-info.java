/**
 * What the capabilities share: exact {@link io.github.yilian.common.Share shares}, closed
 * {@link io.github.yilian.common.DateRange date ranges}, {@link io.github.yilian.common.BilingualText
 * bilingual text}, competition {@link io.github.yilian.common.Ranking rankings} and
 * {@link io.github.yilian.common.Finding findings}, plus the one validator every model runs.
 * Implements no seed; depends on nothing else of Yilian's.
 */
@NullMarked
package io.github.yilian.common;

import org.jspecify.annotations.NullMarked;
