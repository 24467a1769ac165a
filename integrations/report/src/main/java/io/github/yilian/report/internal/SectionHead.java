package io.github.yilian.report.internal;

import io.github.yilian.common.BilingualText;

/**
 * A section's title with the date it is as of and the preset, for its heading and the report's top.
 *
 * @param id the section's anchor
 * @param title the capability
 * @param when the date (or year) the results are as of
 * @param preset the preset's name
 * @param presetCode the preset's Java name, or empty for an own policy
 */
public record SectionHead(String id, BilingualText title, BilingualText when, BilingualText preset,
    String presetCode) {}
