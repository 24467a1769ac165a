/**
 * The expert group for tiered care and medical consortia: experts, teams with their provinces,
 * 3-year terms with dynamic adjustment, coverage and composition checks, approvals and reports.
 * Implements seed 000 (推进分级诊疗与医疗联合体建设工作专家组管理办法); depends only on {@code common}.
 */
@NullMarked
package io.github.yilian.expert;

import org.jspecify.annotations.NullMarked;
