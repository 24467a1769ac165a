package io.github.yilian.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.yilian.examples.ReadmeSnippets.Outcome;
import io.github.yilian.examples.ReadmeSnippets.Snippet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} snippet of README.md compiles, runs, and its commented values hold; the
 * convention is in {@link ReadmeSnippets}'s Javadoc (and pointed to from the top of the README).
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of(System.getProperty("yilian.readme", "../README.md"));

  @TempDir
  Path classes;

  @TestFactory
  Stream<DynamicTest> everyReadmeSnippetCompilesRunsAndHoldsItsCommentedValues() throws IOException {
    List<Snippet> snippets = ReadmeSnippets.extract(Files.readString(README, StandardCharsets.UTF_8));
    assertThat(snippets).as("```java snippets in %s", README).isNotEmpty();
    List<Outcome> outcomes = ReadmeSnippets.run(snippets, classes);
    Stream<DynamicTest> each = outcomes.stream().map(outcome -> DynamicTest.dynamicTest(
        outcome.snippet().label(),
        () -> assertThat(outcome.failures())
            .as("README.md %s", outcome.snippet().label())
            .isEmpty()));
    DynamicTest checksValues = DynamicTest.dynamicTest("the README states values to check",
        () -> assertThat(outcomes.stream().mapToInt(o -> o.checks().size()).sum())
            .as("checked lines (expr; // value) in README.md")
            .isGreaterThanOrEqualTo(10));
    return Stream.concat(each, Stream.of(checksValues));
  }

  /** The checker on small made-up READMEs: it must catch what it exists to catch. */
  @Nested
  class Mechanism {

    private List<String> failuresOf(String markdown) {
      List<Outcome> outcomes = ReadmeSnippets.run(ReadmeSnippets.extract(markdown), classes);
      assertThat(outcomes).hasSize(1);
      return outcomes.get(0).failures();
    }

    @Test
    void aValueThatHoldsPasses() {
      assertThat(failuresOf("""
          ## Shares
          ```java
          Share half = Share.of(1, 2);
          half.meets(Share.percent("50"));   // true: exact
          half.toString();                   // "1/2"
          ```
          """)).isEmpty();
    }

    @Test
    void aWrongValueIsReportedWithItsSnippetHeadingReadmeLineAndBothValues() {
      List<Snippet> snippets = ReadmeSnippets.extract("""
          # Title

          ## Quick start: shares
          ```java
          Share half = Share.of(1, 2);
          half.toString();   // 1/3: wrong on purpose
          ```
          """);
      List<Outcome> outcomes = ReadmeSnippets.run(snippets, classes);
      assertThat(outcomes.get(0).snippet().label())
          .isEqualTo("snippet 1 (\"Quick start: shares\", README line 5)");
      assertThat(outcomes.get(0).failures())
          .containsExactly("README line 6: half.toString() is 1/2, the comment says 1/3");
    }

    @Test
    void aQuotedValueMayContainColonsAndShowOnlyPartWithAnEllipsis() {
      assertThat(failuresOf("""
          ## Text
          ```java
          "T15 650102-L: share missed, gap 1".toString();   // "T15 650102-L: … gap 1": explanation
          "abc".length();                                   // 3
          ```
          """)).isEmpty();
    }

    @Test
    void anEllipsisDoesNotHideAWrongEnd() {
      assertThat(failuresOf("""
          ## Text
          ```java
          "serving on 2024-11-01".toString();   // "serving on …-12"
          ```
          """)).containsExactly(
              "README line 3: \"serving on 2024-11-01\".toString() is serving on 2024-11-01,"
                  + " the comment says \"serving on …-12\"");
    }

    @Test
    void commentsOnDeclarationsAndAssignmentsAreExplanationOnly() {
      assertThat(failuresOf("""
          ## Text
          ```java
          int n = 3;          // three, not checked
          n = 4;              // nor this
          ```
          """)).isEmpty();
    }

    @Test
    void aCompileErrorNamesTheReadmeLine() {
      assertThat(failuresOf("""
          ## Quick start: the shared types
          ```java
          Share s = Share.of(1, 2);
          Ranking<County> r = null;
          ```
          """)).singleElement().asString()
          .startsWith("README line 4: does not compile: cannot find symbol");
    }

    @Test
    void anExceptionNamesTheReadmeLine() {
      assertThat(failuresOf("""
          ## Text
          ```java
          Share ok = Share.of(1, 2);
          Share bad = Share.of(1, 0);
          bad.toString();   // never
          ```
          """)).satisfiesExactly(
              thrown -> assertThat(thrown).startsWith("README line 4: threw java.lang.IllegalArgumentException"),
              notReached -> assertThat(notReached).isEqualTo("README line 5: bad.toString() was not reached"));
    }

    @Test
    void theSectionHeadingImportsItsCapabilityPackage() {
      assertThat(failuresOf("""
          ## Quick start: county medical community targets
          ```java
          Fact.yes("650102", "committee", LocalDate.of(2024, 1, 1)).getUnitId();   // 650102
          ```
          """)).isEmpty();
    }

    @Test
    void aTypeDeclarationIsCompiledWithTheSnippetImports() {
      assertThat(failuresOf("""
          ## Quick start: county medical community targets
          ```java
          import java.util.function.Supplier;

          public final class MyTargets implements Supplier<TargetPolicy> {
            @Override
            public TargetPolicy get() {
              return XinjiangCountyTargets2023.policy();
            }
          }
          ```
          """)).isEmpty();
    }

    @Test
    void aTypeDeclarationThatDoesNotCompileIsReported() {
      assertThat(failuresOf("""
          ## Text
          ```java
          final class Broken {
            Share share = Share.of("1", 2);
          }
          ```
          """)).first().asString().startsWith("README line 4: does not compile:");
    }

    @Test
    void aModuleDeclarationCompilesAgainstCoreOnTheModulePath() {
      assertThat(failuresOf("""
          ## Module path
          ```java
          module com.example.app {
            requires io.github.yilian;
          }
          ```
          """)).isEmpty();
    }

    @Test
    void aModuleDeclarationThatDoesNotResolveIsReported() {
      assertThat(failuresOf("""
          ## Module path
          ```java
          module com.example.app {
            requires org.jspecify;
          }
          ```
          """)).first().asString()
          .startsWith("README line 4: the module declaration does not compile cleanly: module not found");
    }

    @Test
    void importLinesInASnippetAreHoisted() {
      assertThat(failuresOf("""
          ## Text
          ```java
          import java.util.concurrent.TimeUnit;
          TimeUnit.DAYS.toHours(2);   // 48
          ```
          """)).isEmpty();
    }
  }
}
