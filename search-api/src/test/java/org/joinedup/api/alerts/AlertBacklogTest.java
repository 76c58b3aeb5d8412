package org.joinedup.api.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.api.config.AlertsConfig;
import org.joinedup.api.mail.Outbox;
import org.joinedup.api.mail.SuppressionList;
import org.joinedup.api.persistence.TestDatabase;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.IndexConfig;
import org.joinedup.indexer.Indexer;
import org.joinedup.indexer.IngestReport;
import org.joinedup.indexer.Vacancy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The window between the index commit of a new vacancy and the recording of its alert matches: a crash there, a
 * lost acknowledgement or a database failure delays the alert but never loses it, and it is sent exactly once.
 */
@ParameterizedClass
@MethodSource("org.joinedup.api.persistence.TestDatabase#kinds")
class AlertBacklogTest {
    private static final Pattern TOKEN = Pattern.compile("confirm\\.html\\?token=([A-Za-z0-9_-]+)");
    private static final Source SOURCE = new Source("crashford", "Crashford Borough Council",
        URI.create("http://127.0.0.1/crashford"), SourceFormat.FEED, "North Yorkshire", "GB", "en",
        new Licence("OGL-UK-3.0", null), Duration.ofHours(1), false, true);

    static LanguageAnalysis analysis;

    @TempDir
    Path dir;
    @Parameter
    TestDatabase.Kind kind;
    private TestDatabase testDb;
    private Outbox outbox;
    private SuppressionList suppressions;
    private AlertService service;
    private IndexConfig indexConfig;

    @BeforeAll
    static void loadAnalysis() {
        analysis = new LanguageAnalysis();
    }

    @AfterAll
    static void closeAnalysis() {
        analysis.close();
    }

    @BeforeEach
    void setUp() {
        testDb = TestDatabase.open(kind, dir);
        outbox = new Outbox(testDb.db().dataSource());
        suppressions = new SuppressionList(testDb.db().dataSource());
        indexConfig = new IndexConfig(dir.resolve("index"), Duration.ofSeconds(1), Duration.ofDays(2));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (service != null) service.close();
        if (testDb != null) testDb.close();
    }

    @Test
    void vacancyIndexedJustBeforeACrashIsAlertedOnceAfterTheRestart() throws Exception {
        try (Indexer indexer = Indexer.open(indexConfig, analysis)) {
            start(indexer, AlertBacklog.of(indexer), testDb.db().dataSource());
            confirm("crash@example.test", "q=gardener");
            assertEquals(1, indexer.ingest(harvest("c-1", "Cemetery Gardener")).added().size());
            // killed here: the vacancy is committed to the index, its match is nowhere in the database
        }
        try (Indexer indexer = Indexer.open(indexConfig, analysis)) {
            start(indexer, forgetful(AlertBacklog.of(indexer)), testDb.db().dataSource());
            assertEquals(1, service.matchBacklog(), "the restart matches what the crash left");
            // and dies again before the acknowledgement reached the index
        }
        try (Indexer indexer = Indexer.open(indexConfig, analysis)) {
            start(indexer, AlertBacklog.of(indexer), testDb.db().dataSource());
            assertEquals(1, service.matchBacklog(), "matched once more, recorded already");
            assertEquals(0, service.matchBacklog(), "acknowledged");
        }
        try (Indexer indexer = Indexer.open(indexConfig, analysis)) {
            assertEquals(List.of(), indexer.unmatched(), "the acknowledgement was committed");
        }
        assertEquals(1, matchMails("crash@example.test").size(), "exactly one alert");
    }

    @Test
    void databaseFailureWhileRecordingIsRetriedNotDropped() throws Exception {
        AtomicBoolean down = new AtomicBoolean();
        DataSource real = testDb.db().dataSource();
        DataSource flaky = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                if (down.get() && method.getName().equals("getConnection")) throw new SQLException("database down");
                try {
                    return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        try (Indexer indexer = Indexer.open(indexConfig, analysis)) {
            start(indexer, AlertBacklog.of(indexer), flaky);
            confirm("dbdown@example.test", "q=gardener");
            IngestReport report = indexer.ingest(harvest("d-1", "Verge Gardener"));
            down.set(true);
            assertThrows(RuntimeException.class, () -> service.onNewVacancies(report.added()));
            assertThrows(RuntimeException.class, service::matchBacklog, "still down: kept for later");
            assertEquals(1, indexer.unmatched().size());
            down.set(false);
            assertEquals(1, service.matchBacklog());
            assertEquals(0, service.matchBacklog());
        }
        assertEquals(1, matchMails("dbdown@example.test").size());
    }

    private void start(Indexer indexer, AlertBacklog backlog, DataSource db) throws Exception {
        if (service != null) service.close();
        service = new AlertService(db, outbox, suppressions, () -> { }, indexer.newAlertMatcher(), backlog,
            AlertsConfig.defaults(), () -> URI.create("https://jobs.example/"), Clock.systemUTC());
    }

    private void confirm(String email, String search) {
        service.subscribe(email, search, "instant", "en");
        Matcher m = TOKEN.matcher(outbox.forRecipient(email).get(0).mail().text());
        assertTrue(m.find());
        service.confirm(m.group(1));
    }

    /** A backlog whose acknowledgements are lost, as when the process dies before the next index commit. */
    private static AlertBacklog forgetful(AlertBacklog real) {
        return new AlertBacklog() {
            @Override
            public List<Vacancy> unmatched() throws IOException {
                return real.unmatched();
            }

            @Override
            public void matched(Collection<String> vacancyIds) {
                // lost with the process
            }
        };
    }

    private List<Outbox.Entry> matchMails(String email) {
        return outbox.forRecipient(email).stream().filter(e -> e.mail().headers().containsKey("List-Unsubscribe"))
            .toList();
    }

    private static Harvest harvest(String ref, String title) {
        Posting p = Posting.builder(SOURCE.id(), ref).title(title)
            .descriptionHtml("<p>" + title + " for the borough's parks.</p>").url("https://crashford.example/" + ref)
            .datePosted("2026-11-18").validThrough("2030-12-31").language("en").build();
        Instant now = Instant.now();
        return new Harvest(SOURCE, List.of(p), false, true, 200, List.of(), now, now);
    }
}
