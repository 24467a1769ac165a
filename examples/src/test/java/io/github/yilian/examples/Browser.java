package io.github.yilian.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The one headless Chromium the browser tests share, from Debian's {@code chromium} and
 * {@code chromium-driver} (Selenium Manager cannot download a driver here, so it is never asked).
 * Started as this machine's probe starts it: as root, without a sandbox, with no background
 * networking, in a new empty profile.
 */
final class Browser implements AutoCloseable {

  /** How to get what the tests need, said by every failure to find it. */
  static final String INSTALL = "install them with: apt-get install -y chromium chromium-driver fonts-noto-cjk "
      + "(or point -Dyilian.chromium and -Dyilian.chromedriver at a Chromium and its driver)";

  static final Path CHROMIUM = Path.of(System.getProperty("yilian.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("yilian.chromedriver", "/usr/bin/chromedriver"));

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Fails, saying how to install them, unless Chromium, its driver and a CJK font are here: the
   * browser tests never pass by skipping.
   */
  static void requireInstalled() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new AssertionError("The report's browser tests need Chromium at " + CHROMIUM + " and ChromeDriver at "
          + CHROMEDRIVER + ", and found " + (Files.isExecutable(CHROMIUM) ? "no driver" : "no Chromium") + ": " + INSTALL);
    }
    String fonts;
    try {
      Process process = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
      fonts = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      fonts = "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while listing fonts", e);
    }
    if (fonts.isEmpty()) {
      throw new AssertionError("The report's browser tests need a font with Chinese characters (without one "
          + "Chromium draws each as a box), and fc-list finds none: " + INSTALL);
    }
  }

  static Browser start() throws IOException {
    requireInstalled();
    Path profile = Files.createTempDirectory("yilian-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1200,1000",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens a file and returns the console's errors and warnings since the last call. */
  List<String> open(Path file) {
    consoleProblems();
    driver.get(file.toUri().toString());
    return consoleProblems();
  }

  /** The console's entries of level WARNING or worse since the last call. */
  List<String> consoleProblems() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::toString)
        .collect(Collectors.toList());
  }

  /** Saves a PNG of the whole page, beyond the window. */
  Path screenshot(Path file) throws IOException {
    return screenshot(file, true);
  }

  /** Saves a PNG of the whole page, or of the window only (a long page's full shot takes seconds). */
  Path screenshot(Path file, boolean wholePage) throws IOException {
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", wholePage, "fromSurface", true));
    Files.createDirectories(file.getParent());
    return Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** Prints the page to PDF as a reader would (its CSS page size) and returns the PDF. */
  byte[] printToPdf() {
    Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF",
        Map.of("preferCSSPageSize", true, "printBackground", true));
    return Base64.getDecoder().decode((String) pdf.get("data"));
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }
}
