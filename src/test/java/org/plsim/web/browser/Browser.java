package org.plsim.web.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.plsim.testing.SystemPackages;

/**
 * A headless Chromium for one test class, driven by Selenium through Debian's {@code chromium} and
 * {@code chromium-driver}. Both paths are given to Selenium, so Selenium Manager never runs and nothing is
 * downloaded. Without them the browser tests are skipped (failed with {@code CI} set; see
 * {@link SystemPackages}). A browser starts in 2–5 s, so a class starts one ({@link #require}, from
 * {@code @BeforeEach}) and quits it in {@code @AfterAll} ({@link #close}).
 */
final class Browser implements AutoCloseable {
    /** How CI machines get them (Debian; {@code .ci/run} does this). */
    static final String INSTALL = "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "
            + "--no-install-recommends chromium chromium-driver";
    /** Generous: the machine may be loaded; a wait ends as soon as its condition holds. */
    static final Duration WAIT = Duration.ofSeconds(60);
    static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

    private final WebDriver driver;
    private final Path profile;
    private int failures;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * {@code running} if there is one, else a new browser; skips the calling test (or fails it with {@code CI}
     * set) when Chromium or its driver is not installed. Call it from {@code @BeforeEach}.
     */
    static Browser require(Browser running) throws IOException {
        if (running != null) {
            return running;
        }
        Optional<Path> chromium = SystemPackages.onPath("chromium");
        Optional<Path> driver = SystemPackages.onPath("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            return SystemPackages.missing("browser tests", (chromium.isEmpty() ? "no chromium" : "no chromedriver")
                    + " on the PATH, so the explorer was not tested in a browser. Install them: " + INSTALL);
        }
        return start(chromium.get(), driver.get());
    }

    private static Browser start(Path chromium, Path chromedriver) throws IOException {
        Path profile = Files.createTempDirectory("plsim-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-extensions", "--window-size=1000,700", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
        return new Browser(d, profile);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    String text(String id) {
        return byId(id).getText().strip();
    }

    /**
     * Waits (up to {@link #WAIT}) until {@code condition} gives something other than null or false. When it
     * never does, the page as it was is kept beside the screenshots ({@code failed-N.html}, {@code .png}).
     */
    <T> T until(String what, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).withMessage(what).until(condition);
        } catch (TimeoutException e) {
            String name = "failed-" + (++failures);
            try {
                Files.createDirectories(SCREENSHOTS);
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), url() + "\n" + driver.getPageSource());
                screenshot(name);
            } catch (IOException | RuntimeException kept) {
                e.addSuppressed(kept);
            }
            throw new TimeoutException(what + " (the page is kept as " + SCREENSHOTS.resolve(name) + ".html/.png)", e);
        }
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /**
     * Appends a browser-visible time to {@code target/explorer-screenshots/timings.txt} and standard output, for the
     * performance page: a report, never asserted (speed targets live in {@code plsim bench}).
     */
    void record(String what, long nanos) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        String line = String.format(java.util.Locale.ROOT, "%s: %.3f s%n", what, nanos / 1e9);
        Files.writeString(SCREENSHOTS.resolve("timings.txt"), line, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        System.out.print("explorer (browser-visible) " + line);
    }

    /**
     * The whole page (not just the window) as {@code target/explorer-screenshots/NAME.png}, for review; the
     * DevTools capture beyond the viewport, else the window.
     */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        byte[] png;
        try {
            Number w = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return Math.max(document.documentElement.scrollWidth, window.innerWidth)");
            Number h = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return Math.min(document.documentElement.scrollHeight, 12000)");
            Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", w, "height", h, "scale", 1)));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
        }
        Files.write(file, png);
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            deleteTree(profile.toFile());
        }
    }

    private static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteTree(c);
            }
        }
        if (!f.delete() && f.exists()) {
            f.deleteOnExit();
        }
    }
}
