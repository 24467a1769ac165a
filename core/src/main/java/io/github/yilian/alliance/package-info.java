/**
 * Specialty alliances (大专科联盟): the alliance and a year's evidence as facts, the 100-point rubric
 * as data, and the assessment with grade, funding and observations. Implements seed 003 (Haikou 2021,
 * attachment 综合绩效考核细则 and section 三(七)).
 */
@NullMarked
package io.github.yilian.alliance;

import org.jspecify.annotations.NullMarked;
