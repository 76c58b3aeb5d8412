package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by chromedriver, for the browser tests. Without the browser, tests are skipped
 * locally and fail when {@code CI=true}; {@code .ci/run} installs it. Screenshots go to {@code target/test-artifacts}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path ARTIFACTS = Path.of("target", "test-artifacts");
    /** axe-core (test resource, version in {@code axe/VERSION}); the rule tags checked: WCAG 2.0/2.1 A and AA. */
    static final String AXE_RESOURCE = "/axe/axe.min.js";
    private static final String AXE_TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axeSource;

    final ChromeDriver driver;
    final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /**
     * Skips the calling test class when Chromium or chromedriver is missing, but FAILS it when {@code CI=true}: CI
     * must not pass with its browser tests silently skipped (as {@code TestDatabase} does for PostgreSQL).
     */
    static void assumeInstalled() {
        assumeInstalled(System.getenv("CI"), CHROMIUM, CHROMEDRIVER);
    }

    /** As {@link #assumeInstalled()} for the given value of {@code CI} and programs (tested in BrowserTest). */
    static void assumeInstalled(String ciVariable, Path... programs) {
        for (Path p : programs) {
            if (Files.isExecutable(p)) continue;
            String missing = p.getFileName() + " not installed at " + p;
            if ("true".equalsIgnoreCase(ciVariable)) {
                fail("CI=true but " + missing + ": the browser tests must run in CI (apt-get install chromium"
                    + " chromium-driver; .ci/run installs them)");
            }
            assumeTrue(false, missing + "; browser tests skipped (apt-get install chromium chromium-driver)");
        }
    }

    /** Starts a browser with its own profile folder and the given window size. */
    static Browser start(Path profileDir, int width, int height) {
        assumeInstalled();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--user-data-dir=" + profileDir.toAbsolutePath(), "--window-size=" + width + "," + height,
            // The pages pick their language from the browser when nothing was chosen: pin it for repeatable tests.
            "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** Saves a PNG of the viewport as {@code target/test-artifacts/<name>}. */
    void screenshot(String name) throws Exception {
        Files.createDirectories(ARTIFACTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), ARTIFACTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Runs axe-core on the current page (WCAG 2.0/2.1 A and AA rules, every rule of those tags enabled) and fails
     * listing each violation with its id, impact and the elements (CSS targets) it was found on.
     *
     * @param where names the page and state in the failure message, e.g. "search results (fi)"
     */
    void assertAccessible(String where) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.executeScript(axe());
        Object out = driver.executeAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: %s }, resultTypes: ['violations'] })
              .then((r) => done(JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact,
                help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.join(' '),
                  summary: n.failureSummary || '' })) })))))
              .catch((e) => done('axe failed: ' + e));
            """.formatted(AXE_TAGS));
        String json = String.valueOf(out);
        if (json.startsWith("axe failed")) fail(where + ": " + json);
        JsonNode violations;
        try {
            violations = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (violations.isEmpty()) return;
        StringBuilder msg = new StringBuilder("axe-core: " + violations.size() + " WCAG 2 A/AA violation(s) on "
            + where + " (" + driver.getCurrentUrl() + "):");
        for (JsonNode v : violations) {
            msg.append("\n- ").append(v.path("id").asText()).append(" [").append(v.path("impact").asText())
                .append("] ").append(v.path("help").asText());
            for (JsonNode n : v.path("nodes")) {
                msg.append("\n    at ").append(n.path("target").asText()).append(" -- ")
                    .append(n.path("summary").asText().replace('\n', ' '));
            }
        }
        fail(msg.toString());
    }

    /** Fails when the page scrolls sideways at the current window size. */
    void assertNoHorizontalScroll(String where) {
        Object widths = driver.executeScript("const d = document.documentElement;"
            + "return [d.scrollWidth, d.clientWidth].join(' ');");
        String[] w = String.valueOf(widths).split(" ");
        assertTrue(Long.parseLong(w[0]) <= Long.parseLong(w[1]),
            () -> where + ": page scrolls sideways (scrollWidth " + w[0] + " > clientWidth " + w[1] + ")");
    }

    /** Resizes the window (outer size), e.g. to 1920x1080 for the kiosk checks. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = Browser.class.getResourceAsStream(AXE_RESOURCE)) {
                if (in == null) throw new IllegalStateException(AXE_RESOURCE + " missing from the test classpath");
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
