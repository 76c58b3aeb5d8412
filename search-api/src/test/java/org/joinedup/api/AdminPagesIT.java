package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.joinedup.api.admin.AdminTokens;
import org.joinedup.api.config.AppConfig;
import org.joinedup.api.config.ConfigLoader;
import org.joinedup.api.persistence.AdminTokenRepository;
import org.joinedup.api.persistence.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in headless Chromium: sign in with a token, add a source for a loopback feed that is not in
 * the demo set (validate, then save), crawl it, find its vacancy in the public search with its council, pause and
 * delete it, read the audit log, sign out; axe-core checks in English and Dutch and at kiosk size.
 */
@Timeout(300)
class AdminPagesIT {
    /** A word that is in no demo vacancy, so finding it proves the new source was harvested. */
    private static final String UNIQUE = "Quaywarden";
    private static final String COUNCIL = "Eastmoor Harbour Board";

    @RegisterExtension
    static final BrowserSession SESSION = BrowserSession.onDemo(1280, 1000);
    private static DemoServer demo;
    private static HttpServer feed;
    private static String token;
    private static Browser chrome;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        demo = SESSION.demo();
        chrome = SESSION.browser();
        browser = chrome.driver;
        wait = chrome.wait;
        feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feed.createContext("/jobs.rss", ex -> {
            byte[] body = rss().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        feed.start();
        AppConfig config = ConfigLoader.load(DemoServer.DEMO_CONFIG).withDataDir(SESSION.dataDir());
        // Same JVM, same H2 file URL: this shares the server's open database (what the CLI command does offline).
        Database db = Database.open(config.jdbcUrl(), config.database().user(), config.database().password());
        token = new AdminTokens(new AdminTokenRepository(db), Clock.systemUTC()).create("pages-it");
    }

    @AfterAll
    static void stop() {
        if (feed != null) feed.stop(0);
    }

    private static String rss() {
        String closing = DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.now().plus(Duration.ofDays(30))
            .atZone(ZoneOffset.UTC));
        String posted = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().minus(Duration.ofDays(1))
            .atZone(ZoneOffset.UTC));
        String[][] jobs = {{"EHB-1", UNIQUE + " (Harbour Patrol)", "Patrol the quay at Brixham and keep it safe."},
            {"EHB-2", "Lighthouse Engineer", "Maintain lamps and fog signals on the headland."},
            {"EHB-3", "Ferry Deckhand", "Crew the river ferry between Dartmouth and Kingswear."}};
        StringBuilder items = new StringBuilder();
        for (String[] j : jobs) {
            items.append("<item><title>").append(j[1]).append("</title><guid isPermaLink=\"false\">").append(j[0])
                .append("</guid><link>http://127.0.0.1:").append(feed.getAddress().getPort()).append("/jobs/")
                .append(j[0]).append("</link><pubDate>").append(posted).append("</pubDate><description>")
                .append(j[2]).append("</description><g:expiration_date>").append(closing)
                .append("</g:expiration_date></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
            + "xmlns:g=\"http://base.google.com/ns/1.0\"><channel><title>Eastmoor jobs</title>"
            + "<link>http://127.0.0.1/</link><description>Fictional</description>" + items + "</channel></rss>";
    }

    private static String feedUrl() {
        return "http://127.0.0.1:" + feed.getAddress().getPort() + "/jobs.rss";
    }

    private static String text(String css) {
        try {
            List<WebElement> found = browser.findElements(By.cssSelector(css));
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    private static void type(String id, String value) {
        WebElement f = browser.findElement(By.id(id));
        f.clear();
        f.sendKeys(value);
    }

    private static WebElement rowButton(String sourceId, String action) {
        return browser.findElement(By.cssSelector("#sources tr[data-source='" + sourceId + "'] button[data-action='"
            + action + "']"));
    }

    private static String storedToken() {
        return (String) browser.executeScript("return sessionStorage.getItem('joinedup.adminToken');");
    }

    private static long searchTotal(String q) throws Exception {
        return demo.getJson("/api/v1/vacancies?q=" + q, 200).path("total").asLong();
    }

    @Test
    void signInAddValidateSaveCrawlFindPauseDeleteSignOut() throws Exception {
        browser.get(demo.base().resolve("admin/").toString());
        wait.until(d -> d.findElement(By.id("signin")).isDisplayed());
        assertEquals("Admin token", text("label[for=token]"));
        chrome.assertAccessible("admin sign-in (en)");
        chrome.screenshot("admin-signin.png");

        // A wrong token is refused with the reason shown in the alert region, and nothing is kept.
        type("token", "not-a-real-token");
        browser.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
        wait.until(d -> text("#alert").contains("not accepted"));
        assertEquals("alert", browser.findElement(By.id("alert")).getAttribute("role"));
        assertEquals(null, storedToken());

        type("token", token);
        browser.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("console")).isDisplayed()
            && !d.findElements(By.cssSelector("#sources tr[data-source=northmere]")).isEmpty());
        assertEquals(token, storedToken());
        assertFalse(browser.getCurrentUrl().contains(token), "the token never goes into a URL");
        wait.until(d -> !d.findElements(By.cssSelector("#audit tr")).isEmpty());
        String northmere = text("#sources tr[data-source=northmere]");
        assertTrue(northmere.contains("Northmere District Council") && northmere.contains("active"), northmere);
        chrome.assertAccessible("admin sources (en)");

        // Add: Save is only offered once the current values were validated.
        browser.findElement(By.id("add-source")).click();
        wait.until(d -> d.findElement(By.id("editor")).isDisplayed());
        type("f-id", "eastmoor");
        type("f-council", COUNCIL);
        type("f-url", feedUrl());
        new Select(browser.findElement(By.id("f-format"))).selectByValue("FEED");
        type("f-schedule", "PT6H");
        type("f-region", "Devon");
        type("f-country", "GB");
        type("f-language", "en");
        type("f-licence-id", "OGL-UK-3.0");
        type("f-attribution", "Contains public sector information licensed under the Open Government Licence v3.0.");
        assertFalse(browser.findElement(By.id("save")).isEnabled(), "save needs a validation first");
        browser.findElement(By.id("validate")).click();
        wait.until(d -> "3".equals(text("#preview-items")) && d.findElement(By.id("save")).isEnabled());
        assertTrue(text("#preview-body").contains(UNIQUE), text("#preview-body"));
        chrome.assertAccessible("admin add-source form with validation report (en)");
        chrome.screenshot("admin-validated.png");

        // An error body from the API is shown in the alert region: a schedule below the minimum.
        type("f-schedule", "PT10S");
        wait.until(d -> !d.findElement(By.id("save")).isEnabled());
        browser.findElement(By.id("validate")).click();
        wait.until(d -> text("#alert").contains("schedule"));
        assertEquals("true", browser.findElement(By.id("f-schedule")).getAttribute("aria-invalid"));
        type("f-schedule", "PT6H");
        browser.findElement(By.id("validate")).click();
        wait.until(d -> d.findElement(By.id("save")).isEnabled());

        browser.findElement(By.id("save")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#sources tr[data-source=eastmoor]")).isEmpty()
            && !d.findElement(By.id("editor")).isDisplayed());
        assertTrue(text("#sources tr[data-source=eastmoor]").contains(COUNCIL));
        rowButton("eastmoor", "crawl").click();
        wait.until(d -> text("#status").contains(COUNCIL));
        awaitSearch(UNIQUE, true);
        browser.findElement(By.id("refresh")).click();
        wait.until(d -> text("#sources tr[data-source=eastmoor] td:nth-of-type(4)").equals("200"));
        chrome.screenshot("admin-sources.png");

        // The public search finds the new vacancy, with its council.
        browser.get(demo.base().resolve("?q=" + UNIQUE).toString());
        wait.until(d -> !d.findElements(By.cssSelector("li.hit")).isEmpty());
        String hit = text("li.hit");
        assertTrue(hit.contains(UNIQUE) && hit.contains(COUNCIL), hit);
        chrome.screenshot("admin-added-in-search.png");

        // Back in the console (same tab: still signed in); pause, then continue in Dutch at kiosk size.
        browser.get(demo.base().resolve("admin/").toString());
        wait.until(d -> !d.findElements(By.cssSelector("#sources tr[data-source=eastmoor]")).isEmpty());
        rowButton("eastmoor", "pause").click();
        wait.until(d -> !d.findElements(By.cssSelector("#sources tr[data-source=eastmoor] [data-action=resume]"))
            .isEmpty());
        assertTrue(text("#sources tr[data-source=eastmoor]").contains("paused"));
        assertTrue(demo.getJson("/api/v1/status", 200).toString().contains("eastmoor"));

        new Select(browser.findElement(By.id("lang-select"))).selectByValue("nl");
        wait.until(d -> "Bronnen en hun status".equals(text("#sources-heading"))
            && !d.findElements(By.cssSelector("#sources tr[data-source=eastmoor]")).isEmpty());
        assertTrue(text("#sources tr[data-source=eastmoor]").contains("gepauzeerd"));
        chrome.assertAccessible("admin sources (nl)");
        chrome.resize(1920, 1080);
        chrome.assertNoHorizontalScroll("admin sources at 1920x1080 (nl)");
        chrome.assertAccessible("admin sources at 1920x1080 (nl)");
        chrome.screenshot("admin-sources-nl-1920x1080.png");

        // Delete has a confirm step; "no" keeps the source.
        rowButton("eastmoor", "delete").click();
        wait.until(d -> !d.findElements(By.cssSelector("[data-action=confirm-delete]")).isEmpty());
        browser.findElement(By.cssSelector("[data-action=cancel-delete]")).click();
        assertFalse(browser.findElements(By.cssSelector("#sources tr[data-source=eastmoor]")).isEmpty());
        rowButton("eastmoor", "delete").click();
        wait.until(d -> !d.findElements(By.cssSelector("[data-action=confirm-delete]")).isEmpty());
        browser.findElement(By.cssSelector("[data-action=confirm-delete]")).click();
        wait.until(d -> d.findElements(By.cssSelector("#sources tr[data-source=eastmoor]")).isEmpty()
            && text("#status").contains("verwijderd"));
        awaitSearch(UNIQUE, false);

        String audit = text("#audit-table");
        for (String action : List.of("source.create", "source.validate", "source.crawl", "source.pause",
            "source.delete")) {
            assertTrue(audit.contains(action), action + " in audit log: " + audit);
        }
        chrome.resize(360, 800);
        chrome.assertNoHorizontalScroll("admin at 360 wide (nl)");
        chrome.resize(1280, 1000);

        browser.findElement(By.id("signout")).click();
        wait.until(d -> d.findElement(By.id("signin")).isDisplayed());
        assertEquals(null, storedToken());
        assertTrue(browser.findElements(By.cssSelector("#sources tr")).isEmpty());
        new Select(browser.findElement(By.id("lang-select"))).selectByValue("en");
        wait.until(d -> "Admin token".equals(text("label[for=token]")));
    }

    /** Polls the public search API (the index refreshes every second) until the word is or is not found. */
    private static void awaitSearch(String word, boolean present) throws Exception {
        Instant end = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(end)) {
            if ((searchTotal(word) > 0) == present) return;
            synchronized (AdminPagesIT.class) {
                AdminPagesIT.class.wait(250); // polling interval; ends as soon as the condition holds
            }
        }
        JsonNode last = demo.getJson("/api/v1/vacancies?q=" + word, 200);
        fail("search for " + word + (present ? " never found it" : " still finds it") + ": " + last);
    }
}
