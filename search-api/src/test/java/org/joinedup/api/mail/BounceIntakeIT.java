package org.joinedup.api.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinedup.api.JoinedUpServer;
import org.joinedup.api.config.ConfigLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounce intake wired into the real server: mails leave with the bounce address as Return-Path, a hard bounce
 * that reaches the IMAP bounce mailbox later is read by the server's own poller, and the next matching vacancy is
 * mailed to the other subscriber but not to the bounced one.
 */
@Timeout(120)
class BounceIntakeIT {
    private static final String BOUNCES = "bounces@joinedup.example";
    private static final Pattern CONFIRM = Pattern.compile("alerts/confirm\\.html\\?token=([A-Za-z0-9_-]+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
        .withPerMethodLifecycle(false);

    @TempDir
    static Path dir;
    static Path feed;
    static JoinedUpServer server;

    @BeforeAll
    static void start() throws Exception {
        MAIL.setUser(BOUNCES, "bounces", "bounce-secret");
        feed = dir.resolve("sites/bouncefeed/feed.rss");
        Files.createDirectories(feed.getParent());
        writeFeed(item("b-1", "Park Gardener"));
        Path config = dir.resolve("bounce-it.yaml");
        Files.writeString(config, """
            server: {host: 127.0.0.1, port: 0}
            dataDir: data
            database: {url: "jdbc:h2:mem:bounce-it;DB_CLOSE_DELAY=-1"}
            crawler: {allowLoopback: true, minHostDelay: PT0.01S, harvestOnStart: true}
            demo: {siteDir: sites}
            mail:
              enabled: true
              host: 127.0.0.1
              port: %d
              from: "Jobs <alerts@joinedup.example>"
              pollInterval: PT1S
              bounces: {address: %s, host: 127.0.0.1, port: %d, protocol: imap, tls: false,
                        username: bounces, password: bounce-secret, pollInterval: PT0.2S}
            sources:
              - {id: bouncefeed, council: Testham Borough Council, url: "{self}/demo/bouncefeed/feed.rss",
                 format: FEED, country: GB, language: en, licence: {id: OGL-UK-3.0}, schedule: PT24H,
                 fullSnapshot: false}
            """.formatted(MAIL.getSmtp().getPort(), BOUNCES, MAIL.getImap().getPort()));
        server = JoinedUpServer.newServer(ConfigLoader.load(config));
        server.start();
        assertTrue(server.awaitFirstHarvest(Duration.ofSeconds(60)), "first harvest");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @Test
    void aLateHardBounceStopsTheNextAlert() throws Exception {
        String gone = "gone@example.test";
        String kept = "kept@example.test";
        MimeMessage confirmation = subscribeAndConfirm(gone);
        subscribeAndConfirm(kept);
        assertEquals("<" + BOUNCES + ">", confirmation.getHeader("Return-Path", null), "envelope sender");
        assertEquals("alerts@joinedup.example", ((InternetAddress) confirmation.getFrom()[0]).getAddress());

        // The recipient's server accepted the confirmation, then bounced it: the report arrives later.
        deliverToBounceMailbox(Dsns.report("late-1", Dsns.recipient(gone, "failed", "5.1.1")));
        await(() -> MAIL.getReceivedMessagesForDomain(BOUNCES).length == 0, "the server's poller read the report");

        writeFeed(item("b-1", "Park Gardener"), item("b-2", "Community Nurse"));
        server.triggerHarvest("bouncefeed").get(60, TimeUnit.SECONDS);
        assertEquals(2, awaitMail(kept, 2).size(), "the other subscriber gets the alert");
        assertEquals(1, mailsTo(gone).size(), "only the confirmation went to the bounced address");
    }

    private static MimeMessage subscribeAndConfirm(String email) throws Exception {
        assertEquals(202, post("api/v1/alerts", "{\"email\":\"" + email + "\",\"search\":\"q=nurse\","
            + "\"frequency\":\"instant\",\"language\":\"en\"}").statusCode());
        MimeMessage confirmation = awaitMail(email, 1).get(0);
        String text = (String) ((MimeMultipart) confirmation.getContent()).getBodyPart(0).getContent();
        Matcher m = CONFIRM.matcher(text);
        assertTrue(m.find(), text);
        assertEquals(200, post("api/v1/alerts/confirm", "{\"token\":\"" + m.group(1) + "\"}").statusCode());
        return confirmation;
    }

    private static void deliverToBounceMailbox(String raw) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(MAIL.getSmtp().getPort()));
        p.put("mail.smtp.from", "mailer-daemon@mx.example.test");
        MimeMessage m = new MimeMessage(Session.getInstance(p),
            new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        Transport.send(m, new Address[] {new InternetAddress(BOUNCES)});
    }

    private static List<MimeMessage> awaitMail(String to, int n) throws Exception {
        await(() -> mailsTo(to).size() >= n, n + " mails to " + to);
        return mailsTo(to);
    }

    /** Waits for a condition, re-checking whenever a mail arrives and at least every 200 ms; fails at 30 s. */
    private static void await(BooleanSupplier done, String what) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for: " + what);
            MAIL.waitForIncomingEmail(200, MAIL.getReceivedMessages().length + 1);
        }
    }

    private static List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String item(String guid, String title) {
        return "<item><title>" + title + "</title><link>{self}/demo/bouncefeed/" + guid + ".html</link><guid>" + guid
            + "</guid><description>" + title + " for Ripon.</description><pubDate>Mon, 02 Nov 2026 09:00:00 GMT"
            + "</pubDate></item>\n";
    }

    private static void writeFeed(String... items) throws Exception {
        Files.writeString(feed, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
            + "<title>Testham</title><link>{self}/demo/bouncefeed/</link>\n" + String.join("", items)
            + "</channel></rss>\n");
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
