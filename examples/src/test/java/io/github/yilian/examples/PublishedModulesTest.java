package io.github.yilian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The reactor's modules and the BOM agree: every published module (a jar module without
 * {@code yilian.unpublished=true}) is in {@code bom/pom.xml} and has the name and description
 * Maven Central shows; the BOM lists nothing else and has no parent.
 */
class PublishedModulesTest {

  private static final Path ROOT = Path.of(System.getProperty("yilian.root", ".."));

  /** A module's pom, as far as this test reads it. */
  private record Module(Path dir, Element project) {

    String artifactId() {
      return text(project, "artifactId").orElseThrow();
    }

    String packaging() {
      return text(project, "packaging").orElse("jar");
    }

    boolean isPublished() {
      return !packaging().equals("pom")
          && !child(project, "properties").flatMap(p -> text(p, "yilian.unpublished"))
              .orElse("false").equals("true");
    }
  }

  @Test
  void everyPublishedModuleIsInTheBomAndTheBomListsOnlyThem() throws Exception {
    List<String> published = modules(ROOT).stream().filter(Module::isPublished)
        .map(Module::artifactId).toList();
    assertThat(published).contains("yilian-core");
    assertThat(bomArtifacts()).as("artifacts managed in bom/pom.xml")
        .containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void everyPublishedModuleHasANameAndADescription() throws Exception {
    for (Module module : modules(ROOT)) {
      if (module.isPublished() || module.artifactId().equals("yilian-bom")) {
        assertThat(child(module.project(), "name")).as("name of %s", module.dir()).isPresent();
        assertThat(child(module.project(), "description")).as("description of %s", module.dir())
            .isPresent();
      }
    }
  }

  @Test
  void theBomHasNoParentSoImportingItBringsOnlyYilianVersions() throws Exception {
    assertThat(child(pom(ROOT.resolve("bom")), "parent")).isEmpty();
  }

  private static List<String> bomArtifacts() throws Exception {
    Element management = child(pom(ROOT.resolve("bom")), "dependencyManagement").orElseThrow();
    Element dependencies = child(management, "dependencies").orElseThrow();
    List<String> artifacts = new ArrayList<>();
    for (Element dependency : children(dependencies, "dependency")) {
      artifacts.add(text(dependency, "artifactId").orElseThrow());
    }
    return artifacts;
  }

  /** The modules of an aggregator, recursively, the aggregator first. */
  private static List<Module> modules(Path dir) throws Exception {
    List<Module> found = new ArrayList<>();
    Element project = pom(dir);
    found.add(new Module(dir, project));
    Optional<Element> modules = child(project, "modules");
    if (modules.isPresent()) {
      for (Element module : children(modules.get(), "module")) {
        found.addAll(modules(dir.resolve(module.getTextContent().trim())));
      }
    }
    return found;
  }

  private static Element pom(Path dir)
      throws IOException, ParserConfigurationException, SAXException {
    Path pom = dir.resolve("pom.xml");
    assertThat(pom).as("module pom").exists();
    try (var in = Files.newInputStream(pom)) {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
    }
  }

  private static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().trim());
  }

  private static Optional<Element> child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }
}
