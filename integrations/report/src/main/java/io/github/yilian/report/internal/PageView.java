package io.github.yilian.report.internal;

import io.github.yilian.common.BilingualText;
import java.util.List;

/**
 * The whole page: its language, title, sections and the style and script it embeds.
 *
 * @param lang the language shown first, "zh-Hans" or "en"
 * @param title the report's title
 * @param documentTitle the title in the language shown first
 * @param heads each section's heading, date and preset, for the top of the page
 * @param sections each section's view: {@link CountyView}, {@link AllianceView}, {@link PilotView} or
 *     {@link ExpertView}
 * @param css the style sheet
 * @param script the script (the language switch and printing)
 * @param csp the content security policy: nothing but the embedded style and script
 */
public record PageView(String lang, BilingualText title, String documentTitle, List<SectionHead> heads,
    List<Object> sections, String css, String script, String csp) {}
