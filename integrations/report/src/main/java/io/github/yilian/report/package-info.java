/**
 * Yilian's results as one self-contained HTML report with inline SVG charts, in Chinese and English:
 * {@link io.github.yilian.report.HtmlReport} of a {@link io.github.yilian.report.CountyReport},
 * {@link io.github.yilian.report.AllianceReport}, {@link io.github.yilian.report.PilotReport} or
 * {@link io.github.yilian.report.ExpertReport}, or of several combined.
 */
@NullMarked
package io.github.yilian.report;

import org.jspecify.annotations.NullMarked;
