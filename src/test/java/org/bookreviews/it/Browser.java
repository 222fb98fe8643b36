package org.bookreviews.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real, headless Chromium (Debian's, with its chromedriver; nothing is downloaded), with what
 * the browser tests do on every page: screenshots at desktop and phone width, and axe-core's
 * accessibility check.
 */
final class Browser implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1280, 1400);
    static final Dimension PHONE = new Dimension(390, 1400);

    final ChromeDriver driver;
    private final Path userData;

    private Browser(ChromeDriver driver, Path userData) {
        this.driver = driver;
        this.userData = userData;
    }

    /** A browser whose readers prefer {@code language} (e.g. "en-US", "de-DE"). */
    static Browser start(String language) {
        try {
            Path userData = Files.createTempDirectory("bookreviews-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--lang=" + language,
                    "--user-data-dir=" + userData);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            driver.manage().window().setSize(DESKTOP);
            return new Browser(driver, userData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the page as {@code name}-desktop.png and {@code name}-phone.png under target/screenshots/{run}/. */
    void screenshots(String name) {
        Path folder = Path.of(System.getProperty("it.screenshots", "target/screenshots"),
                System.getProperty("arquillian.launch", "tomcat-10.1"));
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, Dimension> size : Map.of("desktop", DESKTOP, "phone", PHONE).entrySet()) {
                driver.manage().window().setSize(size.getValue());
                Files.write(folder.resolve(name + "-" + size.getKey() + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            }
            driver.manage().window().setSize(DESKTOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless axe-core finds no serious or critical violation on the page shown now. */
    void assertAccessible(String page) {
        assertEquals(List.of(), seriousViolations(), "axe-core on " + page);
    }

    /** axe-core's serious and critical violations on the page shown now. */
    Object seriousViolations() {
        try {
            String axe = Files.readString(Path.of(System.getProperty("it.axe.js")), StandardCharsets.UTF_8);
            ((JavascriptExecutor) driver).executeScript(axe);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is fetched by the build (target/npm)", e);
        }
        return ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                        + "  .filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + "  .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '"
                        + "       + v.nodes.map(n => n.target.join(' ')).join(', '))));");
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(userData)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile: the OS cleans up what is left
        }
    }
}
