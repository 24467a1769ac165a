package io.github.yilian.report;

import io.github.yilian.common.BilingualText;
import io.github.yilian.report.internal.Renderer;
import io.github.yilian.report.internal.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Yilian's results as one self-contained HTML file: no network and no external file (the style,
 * the script and the charts, inline SVG, are in the page, and its content security policy admits
 * nothing else), in Chinese and English with a switch, the date and the policy preset of each part
 * named at the top, colours readable with colour-blindness and a symbol on every status, printable
 * on A4.
 *
 * <p>Every text from the library's results (names, reasons, ids) goes through templates that escape
 * it, so a unit named {@code <script>alert(1)</script>} shows as that text. For example:
 *
 * <pre>{@code
 * HtmlReport.of(CountyReport.of(tracker, tracker.dashboard(LocalDate.of(2023, 12, 31))))
 *     .write(Path.of("target/county.html"));
 * HtmlReport.combined(List.of(county, alliance, pilot, expert)).withLanguage(Locale.ENGLISH).write(path);
 * }</pre>
 *
 * <p>The page opens in the language chosen here ({@link #withLanguage}); a reader switches with the
 * buttons at the top, or opens it with {@code #lang=en} or {@code ?lang=zh}. This class is immutable
 * and thread-safe.
 */
public final class HtmlReport {

  private final List<ReportSection> sections;
  private final Locale language;
  private final BilingualText title;

  private HtmlReport(List<ReportSection> sections, Locale language, BilingualText title) {
    this.sections = sections;
    this.language = language;
    this.title = title;
  }

  /**
   * Obtains the report of one capability, in Chinese first.
   *
   * @param section the capability's part, not null
   * @return the report
   * @throws NullPointerException if the section is null
   */
  public static HtmlReport of(ReportSection section) {
    Objects.requireNonNull(section, "section");
    return new HtmlReport(List.of(section), Locale.SIMPLIFIED_CHINESE, Texts.REPORT_TITLE);
  }

  /**
   * Obtains a combined report of several parts, in the order given (the same capability may come
   * twice, such as two dashboards), in Chinese first.
   *
   * @param sections the parts, at least one, none null
   * @return the report
   * @throws IllegalArgumentException if there is no part
   * @throws NullPointerException naming the argument or element that is null
   */
  public static HtmlReport combined(List<? extends ReportSection> sections) {
    Objects.requireNonNull(sections, "sections");
    List<ReportSection> copy = new ArrayList<>(sections.size());
    for (int i = 0; i < sections.size(); i++) {
      copy.add(Objects.requireNonNull(sections.get(i), "sections[" + i + "]"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a combined report needs at least one section");
    }
    return new HtmlReport(List.copyOf(copy), Locale.SIMPLIFIED_CHINESE, Texts.REPORT_TITLE);
  }

  /**
   * Returns a copy that opens in a language: Chinese for any {@code zh} locale, English for every
   * other (the rule of {@link BilingualText#in}).
   *
   * @param locale the reader's locale, not null
   * @return the copy
   * @throws NullPointerException if the locale is null
   */
  public HtmlReport withLanguage(Locale locale) {
    return new HtmlReport(sections, Objects.requireNonNull(locale, "locale"), title);
  }

  /**
   * Returns a copy with another title.
   *
   * @param title the title, not null
   * @return the copy
   * @throws NullPointerException if the title is null
   */
  public HtmlReport withTitle(BilingualText title) {
    return new HtmlReport(sections, language, Objects.requireNonNull(title, "title"));
  }

  /**
   * Returns the parts.
   *
   * @return the parts in order, unmodifiable
   */
  public List<ReportSection> getSections() {
    return sections;
  }

  /**
   * Returns the locale whose language the page opens in.
   *
   * @return the locale
   */
  public Locale getLanguage() {
    return language;
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public BilingualText getTitle() {
    return title;
  }

  /**
   * Renders the page.
   *
   * @return the HTML document, with both languages in it
   */
  public String render() {
    return Renderer.render(sections, "zh".equals(language.getLanguage()), title);
  }

  /**
   * Writes the page to a file in UTF-8, creating its parent directories; an existing file is
   * replaced.
   *
   * @param file the file, not null
   * @return the file written
   * @throws IOException if the file cannot be written
   * @throws NullPointerException if the file is null
   */
  public Path write(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String html = render();
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.writeString(file, html, StandardCharsets.UTF_8);
  }
}
