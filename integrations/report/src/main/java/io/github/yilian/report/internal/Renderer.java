package io.github.yilian.report.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.yilian.common.BilingualText;
import io.github.yilian.report.AllianceReport;
import io.github.yilian.report.CountyReport;
import io.github.yilian.report.ExpertReport;
import io.github.yilian.report.PilotReport;
import io.github.yilian.report.ReportSection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns report sections into one HTML page through the precompiled jte templates, which escape every
 * value they are given for where it goes (text, attribute); only the module's own style sheet and
 * script are embedded as they are, and the page's content security policy admits nothing else.
 */
public final class Renderer {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
      Renderer.class.getClassLoader(), "io.github.yilian.report.internal.templates");
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");
  private static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '"
      + sha256(SCRIPT) + "'; img-src data:; base-uri 'none'; form-action 'none'";

  private Renderer() {}

  /**
   * Renders a page.
   *
   * @param sections the sections, in order
   * @param chinese whether the page opens in Chinese
   * @param title the title
   * @return the HTML
   */
  public static String render(List<ReportSection> sections, boolean chinese, BilingualText title) {
    List<SectionHead> heads = new ArrayList<>();
    List<Object> views = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ReportSection section : sections) {
      String kind = kind(section);
      int n = seen.merge(kind, 1, Integer::sum);
      String id = n == 1 ? kind : kind + "-" + n;
      Object view;
      if (section instanceof CountyReport c) {
        view = CountyViews.of(c, id);
      } else if (section instanceof AllianceReport a) {
        view = AllianceViews.of(a, id);
      } else if (section instanceof PilotReport p) {
        view = PilotViews.of(p, id);
      } else {
        view = ExpertViews.of((ExpertReport) section, id);
      }
      views.add(view);
      heads.add(head(view));
    }
    PageView page = new PageView(chinese ? "zh-Hans" : "en", title, chinese ? title.getChinese() : title.getEnglish(),
        heads, views, CSS, SCRIPT, CSP);
    StringOutput output = new StringOutput(1 << 20);
    ENGINE.render("page.jte", page, output);
    return output.toString();
  }

  private static String kind(ReportSection section) {
    if (section instanceof CountyReport) {
      return "county";
    } else if (section instanceof AllianceReport) {
      return "alliance";
    } else if (section instanceof PilotReport) {
      return "pilot";
    }
    return "expert";
  }

  private static SectionHead head(Object view) {
    if (view instanceof CountyView v) {
      return v.head();
    } else if (view instanceof AllianceView v) {
      return v.head();
    } else if (view instanceof PilotView v) {
      return v.head();
    }
    return ((ExpertView) view).head();
  }

  private static String resource(String name) {
    try (InputStream in = Objects.requireNonNull(Renderer.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
