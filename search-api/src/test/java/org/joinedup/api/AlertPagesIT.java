package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinedup.api.config.ConfigLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The alert pages in headless Chromium against the real server and an in-process SMTP server: sign up in Dutch,
 * the Dutch confirmation mail, confirm in the browser, a matching vacancy mails the manage link, pause the alert on
 * the manage page, unsubscribe; axe-core on every alert page in English and Dutch and at kiosk size.
 */
@Timeout(240)
class AlertPagesIT {
    private static final String DB = "jdbc:h2:mem:alert-pages-it;DB_CLOSE_DELAY=-1";
    private static final String EMAIL = "lezer@example.test";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/alerts/(confirm|manage|unsubscribe)"
        + "\\.html\\?token=[A-Za-z0-9._~%-]+");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
        .withPerMethodLifecycle(false);

    @TempDir
    static Path dir;
    private static Path feed;
    @RegisterExtension
    static final BrowserSession SESSION = BrowserSession.browserOnly(1280, 1000);
    private static JoinedUpServer server;
    private static Browser chrome;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        chrome = SESSION.browser();
        browser = chrome.driver;
        wait = chrome.wait;
        feed = dir.resolve("sites/pagesfeed/feed.rss");
        Files.createDirectories(feed.getParent());
        writeFeed(item("p-1", "Library Assistant", "Help readers at the Ripon library."));
        Path config = dir.resolve("alert-pages-it.yaml");
        Files.writeString(config, """
            server: {host: 127.0.0.1, port: 0}
            dataDir: data
            database: {url: "%s"}
            crawler: {allowLoopback: true, minHostDelay: PT0.01S, harvestOnStart: true}
            demo: {siteDir: sites}
            mail: {enabled: true, host: 127.0.0.1, port: %d, from: alerts@joinedup.example, pollInterval: PT1S}
            sources:
              - id: pagesfeed
                council: Testham Borough Council
                url: "{self}/demo/pagesfeed/feed.rss"
                format: FEED
                region: North Yorkshire
                country: GB
                language: en
                licence: {id: OGL-UK-3.0}
                schedule: PT24H
                fullSnapshot: false
            """.formatted(DB, SMTP.getSmtp().getPort()));
        server = JoinedUpServer.newServer(ConfigLoader.load(config));
        server.start();
        assertTrue(server.awaitFirstHarvest(Duration.ofSeconds(60)), "first harvest");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    private static String text(String css) {
        try {
            List<WebElement> found = browser.findElements(By.cssSelector(css));
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    @Test
    void signUpInDutchConfirmManagePauseAndUnsubscribe() throws Exception {
        browser.get(server.baseUri().resolve("alerts/?q=gardener").toString());
        wait.until(d -> "E-mail address".equals(text("label[for=email]")));
        assertEquals("gardener", text("#search-summary"));
        chrome.assertAccessible("alert sign-up (en)");

        new Select(browser.findElement(By.id("lang-select"))).selectByValue("nl");
        wait.until(d -> "E-mailadres".equals(text("label[for=email]")));
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("nl", new Select(browser.findElement(By.id("language"))).getFirstSelectedOption()
            .getAttribute("value"), "the mail language follows the page language");
        assertEquals("gardener", text("#search-summary"), "the search survives the language switch");
        chrome.assertAccessible("alert sign-up (nl)");

        browser.findElement(By.id("email")).sendKeys(EMAIL);
        browser.findElement(By.cssSelector("input[name=frequency][value=instant]")).click();
        browser.findElement(By.cssSelector("#alert-form button[type=submit]")).click();
        wait.until(d -> text("#status").startsWith("Bijna klaar"));
        chrome.screenshot("alert-signup-nl.png");

        MimeMessage confirmation = awaitMail(1).get(0);
        assertEquals("Bevestig uw vacaturemelding", confirmation.getSubject());
        String body = text(confirmation);
        assertTrue(body.contains("nieuwe vacatures") && body.contains("Melding bevestigen"), body);
        String confirmLink = link(body, "confirm");

        browser.get(confirmLink);
        wait.until(d -> "Melding bevestigen".equals(text("#confirm")));
        assertEquals("Bevestig uw vacaturemelding", text("main h2"));
        chrome.assertAccessible("alert confirm page (nl)");
        browser.findElement(By.id("confirm")).click();
        wait.until(d -> text("#status").startsWith("Uw melding is actief"));
        chrome.screenshot("alert-confirmed-nl.png");

        // A new matching vacancy: the instant mail (in Dutch) carries the manage and unsubscribe links.
        writeFeed(item("p-1", "Library Assistant", "Help readers at the Ripon library."),
            item("p-2", "Park Gardener", "Keep the parks of Harrogate green."));
        server.triggerHarvest("pagesfeed").get(60, TimeUnit.SECONDS);
        String alertMail = text(awaitMail(2).get(1));
        assertTrue(alertMail.contains("Park Gardener") && alertMail.contains("Uw meldingen beheren"), alertMail);

        browser.get(link(alertMail, "manage"));
        wait.until(d -> text("#alerts h2").contains("actief"));
        assertEquals("Uw vacaturemeldingen", text("main > h2"));
        chrome.assertAccessible("alert manage page (nl)");
        browser.findElements(By.cssSelector("#alerts button")).stream()
            .filter(b -> "Pauzeren".equals(b.getText())).findFirst().orElseThrow().click();
        wait.until(d -> text("#alerts h2").contains("gepauzeerd"));
        chrome.screenshot("alert-manage-paused-nl.png");
        chrome.resize(1920, 1080);
        chrome.assertNoHorizontalScroll("alert manage page at 1920x1080 (nl)");
        chrome.assertAccessible("alert manage page at 1920x1080 (nl)");
        chrome.screenshot("alert-manage-nl-1920x1080.png");
        chrome.resize(360, 800);
        chrome.assertNoHorizontalScroll("alert manage page at 360 wide (nl)");
        chrome.resize(1280, 1000);

        browser.get(link(alertMail, "unsubscribe"));
        wait.until(d -> "Afmelden".equals(text("#unsubscribe")));
        chrome.assertAccessible("alert unsubscribe page (nl)");
        browser.findElement(By.id("unsubscribe")).click();
        wait.until(d -> text("#status").startsWith("U bent afgemeld"));

        // The same pages in English: the switch is on every alert page.
        new Select(browser.findElement(By.id("lang-select"))).selectByValue("en");
        wait.until(d -> "Unsubscribe".equals(text("#unsubscribe")));
        chrome.assertAccessible("alert unsubscribe page (en)");
        browser.get(confirmLink);
        wait.until(d -> "Confirm alert".equals(text("#confirm")));
        chrome.assertAccessible("alert confirm page (en)");
        browser.get(link(alertMail, "manage"));
        wait.until(d -> "Your job alerts".equals(text("main > h2")));
        chrome.assertAccessible("alert manage page (en)");
    }

    private static String link(String mailText, String page) {
        Matcher m = LINK.matcher(mailText);
        while (m.find()) {
            if (m.group(1).equals(page)) return m.group();
        }
        throw new AssertionError("no " + page + " link in mail: " + mailText);
    }

    private static String text(MimeMessage m) throws Exception {
        return (String) ((MimeMultipart) m.getContent()).getBodyPart(0).getContent();
    }

    /** Waits (with a deadline) until at least n mails reached the address; returns them in arrival order. */
    private static List<MimeMessage> awaitMail(int n) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            List<MimeMessage> mails = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(EMAIL));
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            if (mails.size() >= n) return mails;
            SMTP.waitForIncomingEmail(500, SMTP.getReceivedMessages().length + 1);
        }
        throw new AssertionError("expected " + n + " mails to " + EMAIL);
    }

    private static String item(String guid, String title, String description) {
        return "<item><title>" + title + "</title><link>{self}/demo/pagesfeed/" + guid + ".html</link><guid>"
            + guid + "</guid><description>" + description + "</description><pubDate>Mon, 02 Nov 2026 09:00:00 GMT"
            + "</pubDate></item>\n";
    }

    private static void writeFeed(String... items) throws Exception {
        Files.writeString(feed, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
            + "<title>Testham</title><link>{self}/demo/pagesfeed/</link>\n" + String.join("", items)
            + "</channel></rss>\n");
    }
}
