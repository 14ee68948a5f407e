package org.policyminer.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policyminer.util.Directories;

/**
 * Headless Debian Chromium driven through the system chromedriver (never Selenium Manager, which would go online).
 * Paths can be overridden with {@code -Dchromium.binary=…} and {@code -Dchromedriver.path=…}; when either is
 * missing, the browser tests are skipped with a message instead of failing.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.path", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    final Path profile;
    final Path downloads;

    private Browser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    static final String MISSING = "browser tests skipped: needs Debian's chromium (" + CHROMIUM + ") and chromium-driver ("
            + CHROMEDRIVER + "); install with 'apt-get install chromium chromium-driver'";

    static boolean installed() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    /** Skips the caller (JUnit assumption) when Chromium or chromedriver is not installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(installed(), MISSING);
    }

    static Browser start() throws IOException {
        Path profile = Files.createTempDirectory("pm-chromium-profile");
        Path downloads = Files.createTempDirectory("pm-chromium-downloads");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900",
                "--lang=zh-CN");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        o.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(d, profile, downloads);
    }

    /** Opens a page and waits until its script has rendered from the API (body[data-state] leaves "loading"). */
    void open(String url) {
        driver.get(url);
        waitRendered();
    }

    void waitRendered() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            String s = d.findElement(By.tagName("body")).getAttribute("data-state");
            return s != null && !s.equals("loading");
        });
    }

    String state() {
        return driver.findElement(By.tagName("body")).getAttribute("data-state");
    }

    /** Browser console messages since the last call; a CSP violation shows up here. */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            Directories.deleteTree(profile);
            Directories.deleteTree(downloads);
        }
    }
}
