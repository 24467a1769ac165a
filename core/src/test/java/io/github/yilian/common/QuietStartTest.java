package io.github.yilian.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Using the library prints nothing on a consumer's console: no log line of Hibernate Validator's. */
class QuietStartTest {

  /** The banner's logger, held so that java.util.logging keeps its level for the test. */
  private static final Logger BANNER = Logger.getLogger("org.hibernate.validator.internal.util.Version");

  /** A class Hibernate Validator needs at run time (the library's module does not read its module). */
  private static Class<?> hibernateValidatorDependency(String name) {
    try {
      return Class.forName(name, false, HibernateValidator.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs {@link QuietStartMain} in a fresh JVM with only the library and what it needs at run time
   * on the class path, under java.util.logging's default configuration (INFO to the console), as a
   * consumer without a logging framework runs it.
   */
  @Test
  void aFreshConsumerSeesNoLogLineOnItsConsole(@TempDir Path dir) throws IOException, InterruptedException {
    String classPath =
        Stream.of(ModelValidator.class, QuietStartMain.class, Validation.class, HibernateValidator.class,
                hibernateValidatorDependency("org.jboss.logging.Logger"),
                hibernateValidatorDependency("com.fasterxml.classmate.TypeResolver"))
            .map(QuietStartTest::location)
            .distinct()
            .collect(Collectors.joining(File.pathSeparator));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, "-Duser.language=en", "-Duser.country=US", "-cp", classPath, QuietStartMain.class.getName())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
    assertThat(process.exitValue()).isZero();
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
        .isEqualTo(List.of("已达标 / target met", "BilingualText is invalid: english must not be blank: \" \""));
  }

  @Test
  void theBannerLoggerIsSilencedOnlyWhileTheEngineStarts() {
    BANNER.setLevel(Level.FINE);
    try {
      Level during = ModelValidator.quietly(BANNER::getLevel);

      assertThat(during).isEqualTo(Level.WARNING);
      assertThat(BANNER.getLevel()).isEqualTo(Level.FINE);
    } finally {
      BANNER.setLevel(null);
    }
  }

  @Test
  void aLoggerWithoutALevelOfItsOwnGetsNoneBack() {
    Level during = ModelValidator.quietly(BANNER::getLevel);

    assertThat(during).isEqualTo(Level.WARNING);
    assertThat(BANNER.getLevel()).isNull();
  }
}
