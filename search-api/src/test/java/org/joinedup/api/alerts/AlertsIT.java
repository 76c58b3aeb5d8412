package org.joinedup.api.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinedup.api.JoinedUpServer;
import org.joinedup.api.admin.AdminTokens;
import org.joinedup.api.config.ConfigLoader;
import org.joinedup.api.persistence.AdminTokenRepository;
import org.joinedup.api.persistence.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole alert flow against the real server and a real in-process SMTP server: subscribe, confirm, harvest a
 * new matching vacancy from our own loopback feed, one mail with the right vacancy and headers, one-click
 * unsubscribe, no further mail.
 */
@Timeout(120)
class AlertsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DB = "jdbc:h2:mem:alerts-it;DB_CLOSE_DELAY=-1";
    private static final Pattern CONFIRM_LINK = Pattern.compile("alerts/confirm\\.html\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
        .withPerMethodLifecycle(false);

    @TempDir
    static Path dir;
    static Path feed;
    static JoinedUpServer server;
    static String adminToken;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        feed = dir.resolve("sites/alertsfeed/feed.rss");
        Files.createDirectories(feed.getParent());
        writeFeed(item("t-1", "Park Gardener", "Keep the parks of Harrogate green."));
        Path config = dir.resolve("alerts-it.yaml");
        Files.writeString(config, """
            server: {host: 127.0.0.1, port: 0}
            dataDir: data
            database: {url: "%s"}
            crawler: {allowLoopback: true, minHostDelay: PT0.01S, harvestOnStart: true}
            demo: {siteDir: sites}
            mail: {enabled: true, host: 127.0.0.1, port: %d, from: alerts@joinedup.example, pollInterval: PT1S}
            sources:
              - id: alertsfeed
                council: Testham Borough Council
                url: "{self}/demo/alertsfeed/feed.rss"
                format: FEED
                region: North Yorkshire
                country: GB
                language: en
                licence: {id: OGL-UK-3.0}
                schedule: PT24H
                fullSnapshot: false
              - id: alertspush
                council: Pushton Town Council
                url: null
                format: PUSH
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
        adminToken = new AdminTokens(new AdminTokenRepository(Database.open(DB, "sa", "")), Clock.systemUTC())
            .create("alerts-it");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @Test
    void subscribeConfirmMatchUnsubscribe() throws Exception {
        String email = "reader.one@example.test";
        HttpResponse<String> r = post("api/v1/alerts", "application/json",
            "{\"email\":\"" + email + "\",\"search\":\"q=nurse\",\"frequency\":\"instant\",\"language\":\"en\"}");
        assertEquals(202, r.statusCode(), r.body());
        MimeMessage confirmation = awaitMail(email, 1).get(0);
        assertEquals("Confirm your job alert", confirmation.getSubject());
        Matcher m = CONFIRM_LINK.matcher(text(confirmation));
        assertTrue(m.find(), "confirmation link in mail");
        String token = m.group(1);

        // Mail scanners prefetch links: neither the page nor a GET on the API changes anything.
        assertEquals(200, get("alerts/confirm.html?token=" + token).statusCode());
        assertEquals(405, get("api/v1/alerts/confirm?token=" + token).statusCode());
        assertEquals("pending", status(email));

        r = post("api/v1/alerts/confirm", "application/json", "{\"token\":\"" + token + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("active", JSON.readTree(r.body()).path("status").asText());
        assertEquals("active", status(email));

        writeFeed(item("t-1", "Park Gardener", "Keep the parks of Harrogate green."),
            item("t-2", "Community Nurse", "A community nurse for Ripon and Thirsk."));
        harvest();
        MimeMessage alert = awaitMail(email, 2).get(1);
        String body = text(alert);
        String html = html(alert);
        assertTrue(html.contains(">Community Nurse</a>"), html);
        assertTrue(alert.getSubject().contains("1 new vacancies"), alert.getSubject());
        assertTrue(body.contains("Community Nurse"), body);
        assertFalse(body.contains("Park Gardener"), body);
        String listUnsubscribe = alert.getHeader("List-Unsubscribe", null);
        assertNotNull(listUnsubscribe);
        assertTrue(listUnsubscribe.matches("<http://127\\.0\\.0\\.1:\\d+/api/v1/alerts/unsubscribe\\?token=.+>"),
            listUnsubscribe);
        assertEquals("List-Unsubscribe=One-Click", alert.getHeader("List-Unsubscribe-Post", null));

        harvest(); // the same item again: re-crawled, never sent twice
        assertEquals(0, unsent(email));
        assertEquals(2, mailsTo(email).size());

        // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the header's URL, nothing else.
        URI oneClick = URI.create(listUnsubscribe.substring(1, listUnsubscribe.length() - 1));
        r = HTTP.send(HttpRequest.newBuilder(oneClick).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(null, status(email));

        writeFeed(item("t-1", "Park Gardener", "Keep the parks of Harrogate green."),
            item("t-2", "Community Nurse", "A community nurse for Ripon and Thirsk."),
            item("t-3", "School Nurse", "A school nurse for Selby."));
        harvest();
        assertEquals(0, unsent(email));
        assertEquals(2, mailsTo(email).size(), "no mail after unsubscribing");
    }

    /** A publisher's PUT of a new vacancy is matched like a harvested one: exactly one mail, none on update. */
    @Test
    void pushedVacancyReachesAMatchingAlertOnce() throws Exception {
        String email = "reader.push@example.test";
        confirmNewAlert(email, "q=librarian");
        String json = "{\"title\":\"Mobile Librarian\",\"description\":\"<p>Drive the library van around "
            + "Pushton.</p>\",\"url\":\"https://pushton.example/jobs/ML-1\",\"employmentTypes\":[\"full-time\"],"
            + "\"locations\":[{\"locality\":\"Pushton\",\"country\":\"GB\"}]}";
        HttpResponse<String> r = admin("PUT", "api/v1/admin/sources/alertspush/vacancies/ML-1", json);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("created", JSON.readTree(r.body()).path("outcome").asText());
        MimeMessage alert = awaitMail(email, 2).get(1);
        assertTrue(text(alert).contains("Mobile Librarian"), text(alert));
        assertNotNull(alert.getHeader("List-Unsubscribe", null));

        r = admin("PUT", "api/v1/admin/sources/alertspush/vacancies/ML-1", json.replace("Mobile", "Senior Mobile"));
        assertEquals("updated", JSON.readTree(r.body()).path("outcome").asText(), r.body());
        assertEquals(0, unsent(email));
        assertEquals(2, mailsTo(email).size(), "an updated vacancy is not new: no second mail");
    }

    /**
     * "E-mail me my manage link": 202 whoever asks; a subscriber gets one mail with a working manage link, a
     * second request within the interval sends nothing, an address without alerts gets nothing.
     */
    @Test
    void manageLinkIsMailedOnlyToSubscribersAndAtMostOncePerInterval() throws Exception {
        String email = "reader.lost@example.test";
        confirmNewAlert(email, "q=surveyor");
        HttpResponse<String> r = post("api/v1/alerts/manage-link", "application/json",
            "{\"email\":\"" + email + "\"}");
        assertEquals(202, r.statusCode(), r.body());
        MimeMessage mail = awaitMail(email, 2).get(1);
        assertEquals("Your job alerts: manage link", mail.getSubject());
        Matcher m = Pattern.compile("alerts/manage\\.html\\?token=([A-Za-z0-9._-]+)").matcher(text(mail));
        assertTrue(m.find(), text(mail));
        JsonNode list = JSON.readTree(get("api/v1/alerts/manage?token=" + m.group(1)).body());
        assertEquals("q=surveyor", list.path("alerts").get(0).path("search").asText(), list.toString());

        assertEquals(202, post("api/v1/alerts/manage-link", "application/json",
            "{\"email\":\"" + email.toUpperCase(Locale.ROOT) + "\"}").statusCode());
        String stranger = "nobody.here@example.test";
        r = post("api/v1/alerts/manage-link", "application/json", "{\"email\":\"" + stranger + "\"}");
        assertEquals(202, r.statusCode(), r.body());
        assertEquals(0, unsent(email));
        assertEquals(0, rows("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", stranger));
        assertEquals(2, mailsTo(email).size(), "one manage-link mail per interval");
        assertError(post("api/v1/alerts/manage-link", "application/json", "{\"email\":\"not-an-address\"}"), 400,
            "email");
        assertError(post("api/v1/alerts/manage-link", "application/json", "[]"), 400, "body");
    }

    @Test
    void errorsAreJsonAndChangeNothing() throws Exception {
        HttpResponse<String> r = post("api/v1/alerts", "application/json",
            "{\"email\":\"not-an-address\",\"search\":\"q=nurse\",\"frequency\":\"daily\",\"language\":\"en\"}");
        assertError(r, 400, "email");
        r = post("api/v1/alerts", "application/json",
            "{\"email\":\"x@example.test\",\"search\":\"colour=blue\",\"frequency\":\"daily\",\"language\":\"en\"}");
        assertError(r, 400, "colour");
        r = post("api/v1/alerts", "application/json",
            "{\"email\":\"x@example.test\",\"search\":\"q=nurse\",\"frequency\":\"hourly\",\"language\":\"en\"}");
        assertError(r, 400, "frequency");
        r = post("api/v1/alerts", "application/json",
            "{\"email\":\"x@example.test\",\"search\":\"q=nurse\",\"frequency\":\"daily\",\"language\":\"de\"}");
        assertError(r, 400, "language");
        assertError(post("api/v1/alerts", "application/json", "{not json"), 400, "body");
        assertError(post("api/v1/alerts/confirm", "application/json", "{\"token\":\"nope\"}"), 400, "token");
        assertError(get("api/v1/alerts/manage?token=forged.abc"), 400, "token");
        assertError(post("api/v1/alerts/unsubscribe?token=forged.abc", "application/x-www-form-urlencoded",
            "List-Unsubscribe=One-Click"), 400, "token");
        HttpResponse<String> page = get("api/v1/alerts/unsubscribe?token=abc.def");
        assertEquals(303, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/alerts/unsubscribe.html?token=abc.def"));
        assertEquals(null, status("x@example.test"));
    }

    @Test
    void managePauseEditAndDelete() throws Exception {
        String email = "reader.two@example.test";
        post("api/v1/alerts", "application/json",
            "{\"email\":\"" + email + "\",\"search\":\"q=planner&region=North%20Yorkshire\",\"frequency\":\"daily\","
                + "\"language\":\"nl\"}");
        MimeMessage confirmation = awaitMail(email, 1).get(0);
        assertEquals("Bevestig uw vacaturemelding", confirmation.getSubject());
        Matcher m = CONFIRM_LINK.matcher(text(confirmation));
        assertTrue(m.find());
        JsonNode alert = JSON.readTree(post("api/v1/alerts/confirm", "application/json",
            "{\"token\":\"" + m.group(1) + "\"}").body());
        String id = alert.path("id").asText();
        String manage = server.alerts().manageToken(new Alert(id, email, alertKey(email), null,
            Alert.Frequency.DAILY, "nl", Alert.Status.ACTIVE, Instant.EPOCH, null, null));

        JsonNode list = JSON.readTree(get("api/v1/alerts/manage?token=" + manage).body());
        assertEquals(1, list.path("alerts").size());
        assertEquals("q=planner&region=North%20Yorkshire", list.path("alerts").get(0).path("search").asText());
        HttpResponse<String> r = send("PATCH", "api/v1/alerts/manage/" + id + "?token=" + manage,
            "{\"status\":\"paused\",\"frequency\":\"weekly\",\"language\":\"fi\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("paused", status(email));
        assertEquals("weekly", JSON.readTree(r.body()).path("frequency").asText());
        assertError(send("PATCH", "api/v1/alerts/manage/" + id + "?token=" + manage, "{\"status\":\"gone\"}"),
            400, "status");
        HttpResponse<String> edited = send("PATCH", "api/v1/alerts/manage/" + id + "?token=" + manage,
            "{\"search\":\"q=nurse&region=Utrecht&employmentType=part-time\"}");
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("employmentType=part-time&q=nurse&region=Utrecht",
            JSON.readTree(edited.body()).path("search").asText());
        assertEquals("weekly", JSON.readTree(edited.body()).path("frequency").asText(), "other settings kept");
        assertError(send("PATCH", "api/v1/alerts/manage/" + id + "?token=" + manage,
            "{\"search\":\"q=nurse&salaryMin=lots\"}"), 400, "salaryMin");
        assertEquals("employmentType=part-time&q=nurse&region=Utrecht", JSON.readTree(get("api/v1/alerts/manage?token="
            + manage).body()).path("alerts").get(0).path("search").asText(), "a refused edit changes nothing");
        assertEquals(404, send("DELETE", "api/v1/alerts/manage/unknown?token=" + manage, null).statusCode());
        assertEquals(204, send("DELETE", "api/v1/alerts/manage/" + id + "?token=" + manage, null).statusCode());
        assertEquals(null, status(email));
        assertEquals(0, rows("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", email));
        assertEquals(0, rows("SELECT COUNT(*) FROM alert_tokens WHERE alert_id = ?", id));
    }

    /** Signs up for an instant English alert and confirms it from the confirmation mail. */
    private static void confirmNewAlert(String email, String search) throws Exception {
        HttpResponse<String> r = post("api/v1/alerts", "application/json", "{\"email\":\"" + email
            + "\",\"search\":\"" + search + "\",\"frequency\":\"instant\",\"language\":\"en\"}");
        assertEquals(202, r.statusCode(), r.body());
        Matcher m = CONFIRM_LINK.matcher(text(awaitMail(email, 1).get(0)));
        assertTrue(m.find());
        r = post("api/v1/alerts/confirm", "application/json", "{\"token\":\"" + m.group(1) + "\"}");
        assertEquals(200, r.statusCode(), r.body());
    }

    private static HttpResponse<String> admin(String method, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json").header("Authorization", "Bearer " + adminToken)
            .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String text(MimeMessage m) throws Exception {
        return (String) ((MimeMultipart) m.getContent()).getBodyPart(0).getContent();
    }

    private static String html(MimeMessage m) throws Exception {
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        return (String) parts.getBodyPart(1).getContent();
    }

    private static String alertKey(String email) throws Exception {
        try (Connection c = DriverManager.getConnection(DB, "sa", "");
             PreparedStatement ps = c.prepareStatement("SELECT subscriber_key FROM alerts WHERE email = ?")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private static void assertError(HttpResponse<String> r, int status, String parameter) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = JSON.readTree(r.body()).path("error");
        assertEquals(status, e.path("status").asInt());
        assertEquals("bad_parameter", e.path("code").asText());
        assertEquals(parameter, e.path("parameter").asText(), r.body());
    }

    private static void harvest() throws Exception {
        server.triggerHarvest("alertsfeed").get(60, TimeUnit.SECONDS);
    }

    /** Waits (with a deadline) until at least n mails reached the address; returns them in arrival order. */
    private static List<MimeMessage> awaitMail(String to, int n) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            List<MimeMessage> mails = mailsTo(to);
            if (mails.size() >= n) return mails;
            SMTP.waitForIncomingEmail(500, SMTP.getReceivedMessages().length + 1);
        }
        throw new AssertionError("expected " + n + " mails to " + to + ", got " + mailsTo(to).size());
    }

    private static List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int unsent(String email) throws Exception {
        return rows("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND status IN ('queued', 'sending')", email);
    }

    private static String status(String email) throws Exception {
        try (Connection c = DriverManager.getConnection(DB, "sa", "");
             PreparedStatement ps = c.prepareStatement("SELECT status FROM alerts WHERE email = ?")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static int rows(String sql, String param) throws Exception {
        try (Connection c = DriverManager.getConnection(DB, "sa", "");
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String item(String guid, String title, String description) {
        return "<item><title>" + title + "</title><link>{self}/demo/alertsfeed/" + guid + ".html</link><guid>"
            + guid + "</guid><description>" + description + "</description><pubDate>Mon, 02 Nov 2026 09:00:00 GMT"
            + "</pubDate></item>\n";
    }

    private static void writeFeed(String... items) throws Exception {
        Files.writeString(feed, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
            + "<title>Testham</title><link>{self}/demo/alertsfeed/</link>\n" + String.join("", items)
            + "</channel></rss>\n");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).timeout(Duration.ofSeconds(20))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String type, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).timeout(Duration.ofSeconds(20))
            .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json").method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
