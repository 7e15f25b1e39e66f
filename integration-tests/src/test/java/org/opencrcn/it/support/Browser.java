package org.opencrcn.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and chromedriver, given explicitly so that Selenium Manager never
 * tries to download a browser. Where none is installed, browser tests are skipped with one loud
 * line (.ci/run installs them, so CI always runs them).
 */
public final class Browser {
  private static final Logger LOG = Logger.getLogger(Browser.class.getName());

  private Browser() {}

  public static ChromeDriver start() {
    Optional<Path> chromium =
        firstExisting(
            System.getenv("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
    Optional<Path> driver =
        firstExisting(
            System.getenv("CHROMEDRIVER_BIN"),
            "/usr/bin/chromedriver",
            "/usr/lib/chromium/chromedriver");
    if (chromium.isEmpty() || driver.isEmpty()) {
      LOG.severe(
          "!!! BROWSER TESTS SKIPPED: no Chromium/chromedriver (apt-get install chromium chromium-driver) !!!");
      Assumptions.abort("Chromium and chromedriver are not installed");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=fr-FR");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.get().toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    return browser;
  }

  private static Optional<Path> firstExisting(String... candidates) {
    return Stream.of(candidates)
        .filter(candidate -> candidate != null && !candidate.isBlank())
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst();
  }
}
