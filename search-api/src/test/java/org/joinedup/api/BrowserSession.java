package org.joinedup.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up of a browser test class, as a JUnit extension: skips the class without Chromium (fails it under
 * {@code CI=true}, see {@link Browser#assumeInstalled()}), starts the demo service when asked and waits for its
 * first harvest, then a headless browser of the given size; closes both and deletes their folders after the class.
 * Register it on a static field; it runs before the class's own {@code @BeforeAll} methods.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback {
    private static final Duration HARVEST_DEADLINE = Duration.ofSeconds(180);

    private final boolean withDemo;
    private final int width;
    private final int height;
    private Path dataDir;
    private Path profileDir;
    private DemoServer demo;
    private Browser browser;

    private BrowserSession(boolean withDemo, int width, int height) {
        this.withDemo = withDemo;
        this.width = width;
        this.height = height;
    }

    /** A browser and the demo service (its data in a temporary folder). */
    static BrowserSession onDemo(int width, int height) {
        return new BrowserSession(true, width, height);
    }

    /** A browser only: the class starts the service it tests itself. */
    static BrowserSession browserOnly(int width, int height) {
        return new BrowserSession(false, width, height);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Browser.assumeInstalled();
        dataDir = Files.createTempDirectory("browser-it-data");
        profileDir = Files.createTempDirectory("browser-it-profile");
        if (withDemo) demo = DemoServer.start(dataDir, HARVEST_DEADLINE);
        browser = Browser.start(profileDir, width, height);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (browser != null) browser.close();
        } finally {
            if (demo != null) demo.close();
            delete(profileDir);
            delete(dataDir);
        }
    }

    /** The demo service (only with {@link #onDemo}). */
    DemoServer demo() {
        if (demo == null) throw new IllegalStateException("no demo service in this session");
        return demo;
    }

    /** The demo service's data folder. */
    Path dataDir() {
        return dataDir;
    }

    Browser browser() {
        return browser;
    }

    private static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
