package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.joinedup.indexer.normalise.VacancyIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the real server process ({@link Main}, own JVM, H2 file database, index on disk) again and again
 * while it harvests a feed that gains new items every 250 ms, indexes them, matches them against an instant
 * e-mail alert and sends the alerts through its outbox to a GreenMail SMTP server in this JVM.
 *
 * <p>After each kill: Lucene CheckIndex is clean; every item that a harvest reported as done before the kill
 * (the status API showed that harvest "ok", and the item was in every feed version it could have read) is
 * still in the index, checked with the feed hidden so the restart cannot quietly re-harvest what was lost.
 * Over all cycles: the restart (process start to HTTP answering) is under 10 s at the 95th percentile, and
 * there are at most as many duplicate alerts (a vacancy named in two mails) as crashes, and no alert is lost: every
 * acknowledged item first published after the alert was confirmed is recorded as matched for the subscriber, or
 * still waiting in the index's committed backlog of unmatched vacancies (matched at the next start).
 * Cycles: {@code -Djoinedup.crash.cycles} (20 here); kill points reproducible with {@code -Djoinedup.crash.seed}.
 */
class ServerCrashIT {
    private static final int CYCLES = Integer.getInteger("joinedup.crash.cycles", 20);
    private static final long SEED = Long.getLong("joinedup.crash.seed", System.currentTimeMillis());
    private static final Duration RESTART_LIMIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONFIRM = Pattern.compile("alerts/confirm\\.html\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern VACANCY_LINK = Pattern.compile("/vacancies/([0-9a-f]{16})");
    private static final String EMAIL = "crash.reader@example.test";
    /** The feed lists the newest this many items (it is not a full snapshot, so older ones stay open). */
    private static final int WINDOW = 100;

    /** One completed harvest as the status API reports it. */
    private record Done(Instant started, Instant finished) {
    }

    @TempDir
    Path work;
    private GreenMail smtp;
    private Process server;
    /** Liveness bounds for a server start and its first harvest; speed is held by the restart p95 instead. */
    private static final int FIRST_HARVEST_SECONDS = 180;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private int port;
    private Path feed;
    /** When each item count was written to the feed file (count -> time the write completed). */
    private final ConcurrentSkipListMap<Instant, Integer> written = new ConcurrentSkipListMap<>();
    private volatile int items;

    @AfterEach
    void stop() throws IOException {
        if (server != null) server.destroyForcibly();
        if (smtp != null) smtp.stop();
        // keep the server logs as test artefacts
        Path keep = Path.of("target", "test-artifacts", "server-crash");
        Files.createDirectories(keep);
        try (var logs = Files.list(work)) {
            for (Path log : logs.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                Files.copy(log, keep.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void killNineLosesNoCommittedVacancyAndSendsAtMostOneDuplicateAlertPerCrash() throws Exception {
        System.out.println("ServerCrashIT seed " + SEED + ", cycles " + CYCLES);
        Random random = new Random(SEED);
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        feed = work.resolve("sites/crashfeed/feed.rss");
        Files.createDirectories(feed.getParent());
        writeFeed(5);
        Path config = writeConfig();

        Instant runStarted = Instant.now();
        start(config, 0);
        subscribe();
        int firstAfterConfirm = items + 1; // later items were first indexed while the alert was active

        List<Long> restartMillis = new ArrayList<>();
        Set<String> everAcked = new HashSet<>();
        Thread writer = Thread.ofPlatform().daemon().start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(250);
                    writeFeed(items + 1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                // wait for this run's first completed harvest (the first one also loads the language models),
                // then let it harvest, index and mail a random while longer, noting every completed harvest
                Set<Done> done = new HashSet<>();
                Instant since = runStarted;
                // A liveness bound, not a speed claim (restart time is held to its p95 below): on a 2-core host at
                // load 20+ the first harvest after a restart, which also loads the language models, took over 60 s.
                long firstDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(FIRST_HARVEST_SECONDS);
                while (done.stream().noneMatch(d -> !d.started().isBefore(since)) && System.nanoTime() < firstDeadline) {
                    lastOkHarvest().ifPresent(done::add);
                    Thread.sleep(50);
                }
                assertTrue(done.stream().anyMatch(d -> !d.started().isBefore(since)),
                    "cycle " + cycle + ": no harvest completed within " + FIRST_HARVEST_SECONDS + " s of the restart");
                long runFor = 200 + random.nextInt(2_500);
                long end = System.nanoTime() + runFor * 1_000_000;
                while (System.nanoTime() < end) {
                    lastOkHarvest().ifPresent(done::add);
                    Thread.sleep(50);
                }
                server.destroyForcibly(); // SIGKILL
                assertTrue(server.waitFor(30, TimeUnit.SECONDS), "server survived SIGKILL");
                for (Done d : done) everAcked.addAll(acked(d));

                checkIndex(everAcked.isEmpty());
                hideFeed(true); // the restart must not re-harvest what a crash might have lost
                restartMillis.add(start(config, cycle));
                runStarted = Instant.now();
                Set<String> present = openVacancyIds();
                Set<String> lost = new HashSet<>(everAcked);
                lost.removeAll(present);
                assertTrue(lost.isEmpty(), "cycle " + cycle + ": " + lost.size() + " acknowledged vacancies lost, e.g. "
                    + lost.stream().limit(5).toList() + " (seed " + SEED + ")");
                hideFeed(false);
                System.out.printf("cycle %d: ran %d ms, %d acknowledged so far, restart %d ms%n", cycle, runFor,
                    everAcked.size(), restartMillis.getLast());
            }
        } finally {
            writer.interrupt();
            writer.join();
        }

        // let the last run drain its outbox, then count how often each vacancy was mailed
        Map<String, Integer> alerted = awaitQuietMailbox();
        int duplicates = alerted.values().stream().mapToInt(n -> n - 1).sum();
        Set<String> mustAlert = new HashSet<>();
        for (int i = firstAfterConfirm; i <= items; i++) {
            String id = VacancyIds.of("crashfeed", "crash-" + i);
            if (everAcked.contains(id)) mustAlert.add(id);
        }
        server.destroyForcibly(); // frees the H2 file and the index for reading
        assertTrue(server.waitFor(30, TimeUnit.SECONDS), "server survived SIGKILL");
        Set<String> lostAlerts = new HashSet<>(mustAlert);
        lostAlerts.removeAll(matchedOrPending());
        assertTrue(lostAlerts.isEmpty(), lostAlerts.size() + " of " + mustAlert.size() + " alerts lost, e.g. "
            + lostAlerts.stream().limit(5).toList() + " (seed " + SEED + ")");
        restartMillis.sort(null);
        System.out.printf("ServerCrashIT: %d cycles, %d acknowledged vacancies, 0 lost; restart max %d ms, p95 %d ms, p50 %d ms;"
            + " %d vacancies named in alert mails, %d duplicate alerts, %d alerts due, 0 lost%n", CYCLES,
            everAcked.size(), restartMillis.getLast(),
            restartMillis.get((int) Math.ceil(0.95 * restartMillis.size()) - 1), restartMillis.get(restartMillis.size() / 2), alerted.size(),
            duplicates, mustAlert.size());
        assertTrue(everAcked.size() > CYCLES, "the harvests made progress: " + everAcked.size());
        long p95 = restartMillis.get((int) Math.ceil(0.95 * restartMillis.size()) - 1);
        assertTrue(p95 < RESTART_LIMIT.toMillis(), "restart p95 under 10 s: " + restartMillis);
        assertTrue(duplicates <= CYCLES, duplicates + " duplicate alerts for " + CYCLES + " crashes");
        assertTrue(alerted.size() > 0, "alerts were sent");
    }

    /** Starts the server JVM and waits until it answers HTTP; returns the milliseconds that took. */
    private long start(Path config, int cycle) throws Exception {
        long t0 = System.nanoTime();
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), "-Xmx512m", "-XX:+UseSerialGC",
            "--enable-native-access=ALL-UNNAMED", Main.class.getName(), "--config", config.toString());
        server = new ProcessBuilder(cmd).redirectErrorStream(true)
            .redirectOutput(work.resolve("server-" + cycle + ".log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(FIRST_HARVEST_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("server exited " + server.exitValue() + ":\n"
                    + Files.readString(work.resolve("server-" + cycle + ".log")));
            }
            try {
                if (get("/api/v1/status").statusCode() == 200) return (System.nanoTime() - t0) / 1_000_000;
            } catch (IOException notYet) {
                // not listening yet
            }
            server.waitFor(50, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("server not answering within " + FIRST_HARVEST_SECONDS + " s");
    }

    /** Signs up for an instant alert on every crash-feed vacancy and confirms it from the mail. */
    private void subscribe() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base("/api/v1/alerts"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                "{\"email\":\"" + EMAIL + "\",\"search\":\"q=gardener\",\"frequency\":\"instant\",\"language\":\"en\"}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, r.statusCode(), r.body());
        assertTrue(smtp.waitForIncomingEmail(30_000, 1), "confirmation mail");
        Matcher m = CONFIRM.matcher(text(smtp.getReceivedMessages()[0]));
        assertTrue(m.find(), "confirmation link");
        r = http.send(HttpRequest.newBuilder(base("/api/v1/alerts/confirm")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + m.group(1) + "\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
    }

    /** The latest successful harvest of the crash feed, from the status API. */
    private Optional<Done> lastOkHarvest() {
        try {
            JsonNode status = JSON.readTree(get("/api/v1/status").body());
            for (JsonNode s : status.path("sources")) {
                JsonNode last = s.path("lastHarvest");
                if ("crashfeed".equals(s.path("id").asText()) && "ok".equals(last.path("outcome").asText())) {
                    return Optional.of(new Done(Instant.parse(last.path("startedAt").asText()),
                        Instant.parse(last.path("finishedAt").asText())));
                }
            }
        } catch (Exception e) {
            // busy or being killed: nothing new learnt
        }
        return Optional.empty();
    }

    /**
     * Items a completed harvest certainly indexed: its fetch came after it started and before it finished, so
     * it saw a feed version written in between, and every such version lists items (count at finish - window,
     * count at start].
     */
    private Set<String> acked(Done d) {
        Set<String> ids = new HashSet<>();
        Map.Entry<Instant, Integer> atStart = written.lowerEntry(d.started());
        Map.Entry<Instant, Integer> atFinish = written.floorEntry(d.finished());
        if (atStart == null || atFinish == null) return ids;
        for (int i = Math.max(1, atFinish.getValue() - WINDOW + 1); i <= atStart.getValue(); i++) {
            ids.add(VacancyIds.of("crashfeed", "crash-" + i));
        }
        return ids;
    }

    private Set<String> openVacancyIds() throws Exception {
        HttpResponse<String> r = get("/api/v1/export/vacancies.jsonl");
        assertEquals(200, r.statusCode(), r.body());
        Set<String> ids = new HashSet<>();
        for (String line : r.body().split("\n")) {
            if (!line.isBlank()) ids.add(JSON.readTree(line).path("id").asText());
        }
        return ids;
    }

    private void checkIndex(boolean mayBeEmpty) throws IOException {
        try (Directory dir = FSDirectory.open(work.resolve("data/index"))) {
            if (mayBeEmpty && !DirectoryReader.indexExists(dir)) return; // killed before the first commit
            checkIndex(dir);
        }
    }

    private static void checkIndex(Directory dir) throws IOException {
        try (CheckIndex check = new CheckIndex(dir)) {
            CheckIndex.Status status = check.checkIndex();
            assertTrue(status.clean, "CheckIndex not clean after kill -9");
        }
    }

    /**
     * Vacancy ids whose match is recorded for the subscriber (mails list at most 10 per batch, so the mailbox
     * cannot show this) plus those the index still lists as unmatched; read with the server stopped.
     */
    private Set<String> matchedOrPending() throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:"
                + work.resolve("data/db/joinedup").toAbsolutePath(), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT vacancy_id FROM subscriber_sent_matches")) {
            while (rs.next()) ids.add(rs.getString(1));
        }
        try (Directory dir = FSDirectory.open(work.resolve("data/index"));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            String pending = reader.getIndexCommit().getUserData().getOrDefault("alerts.unmatched", "");
            for (String id : pending.split(",")) {
                if (!id.isEmpty()) ids.add(id);
            }
        }
        return ids;
    }

    /** Counts, per vacancy id, the alert mails that link to it, once the mailbox has been quiet for 3 s. */
    private Map<String, Integer> awaitQuietMailbox() throws Exception {
        int last = -1;
        long quietSince = System.nanoTime();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            int now = smtp.getReceivedMessages().length;
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(3)) {
                break;
            }
            Thread.sleep(200);
        }
        Map<String, Integer> perVacancy = new TreeMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getSubject() != null && m.getSubject().startsWith("Confirm")) continue;
            Set<String> inThisMail = new HashSet<>();
            Matcher v = VACANCY_LINK.matcher(text(m));
            while (v.find()) inThisMail.add(v.group(1));
            for (String id : inThisMail) perVacancy.merge(id, 1, Integer::sum);
        }
        return perVacancy;
    }

    /** All text parts of a mail, decoded. */
    private static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (!(content instanceof MimeMultipart parts)) return String.valueOf(content);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) all.append(parts.getBodyPart(i).getContent()).append('\n');
        return all.toString();
    }

    private void writeFeed(int n) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
            + "<title>Crashtown</title><link>{self}/demo/crashfeed/</link>\n");
        for (int i = Math.max(1, n - WINDOW + 1); i <= n; i++) {
            xml.append("<item><title>Park gardener ").append(i).append(" (district ").append(i % 17)
                .append(")</title><link>{self}/demo/crashfeed/job-").append(i).append(".html</link><guid>crash-")
                .append(i).append("</guid><description>Gardener number ").append(i)
                .append(" keeps the parks and verges of ward ").append(i * 7 % 101).append(" tidy.</description>")
                .append("<pubDate>Mon, 16 Nov 2026 09:00:00 GMT</pubDate></item>\n");
        }
        xml.append("</channel></rss>\n");
        Path tmp = feed.resolveSibling("feed.rss.tmp");
        Files.writeString(tmp, xml);
        Path target = Files.exists(feed.resolveSibling("feed.rss.hidden")) ? feed.resolveSibling("feed.rss.hidden")
            : feed;
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        items = n;
        written.put(Instant.now(), n);
    }

    private synchronized void hideFeed(boolean hide) throws IOException {
        Path hidden = feed.resolveSibling("feed.rss.hidden");
        if (hide && Files.exists(feed)) Files.move(feed, hidden, StandardCopyOption.ATOMIC_MOVE);
        if (!hide && Files.exists(hidden)) Files.move(hidden, feed, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path writeConfig() throws IOException {
        Path config = work.resolve("crash.yaml");
        Files.writeString(config, """
            server: {host: 127.0.0.1, port: %d}
            dataDir: data
            crawler: {allowLoopback: true, minHostDelay: PT0.01S, harvestOnStart: true}
            demo: {siteDir: sites}
            mail: {enabled: true, host: 127.0.0.1, port: %d, from: alerts@joinedup.example, pollInterval: PT0.5S}
            api: {anonymousPerMinute: 100000}
            sources:
              - id: crashfeed
                council: Crashtown Borough Council
                url: "{self}/demo/crashfeed/feed.rss"
                format: FEED
                region: North Yorkshire
                country: GB
                language: en
                licence: {id: OGL-UK-3.0}
                schedule: PT1S
                fullSnapshot: false
            """.formatted(port, smtp.getSmtp().getPort()));
        return config;
    }

    private URI base(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base(path)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
