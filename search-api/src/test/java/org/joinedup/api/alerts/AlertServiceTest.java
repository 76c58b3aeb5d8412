package org.joinedup.api.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.api.config.AlertsConfig;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.api.mail.Outbox;
import org.joinedup.api.mail.SuppressionList;
import org.joinedup.api.persistence.Database;
import org.joinedup.api.persistence.TestDatabase;
import org.joinedup.indexer.IndexConfig;
import org.joinedup.indexer.Indexer;
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
 * Sign-up, tokens, purge, matching, digests, manage-link mails and the match backlog against H2 and PostgreSQL
 * (the alert tables use PostgreSQL-sensitive SQL: NULLS LAST, INSERT ... SELECT ... NOT EXISTS), a real matcher
 * and a movable clock.
 */
@ParameterizedClass
@MethodSource("org.joinedup.api.persistence.TestDatabase#kinds")
class AlertServiceTest {
    private static final Pattern TOKEN = Pattern.compile("confirm\\.html\\?token=([A-Za-z0-9_-]+)");
    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    static Path dir;
    @TempDir
    Path testDir;
    @Parameter
    TestDatabase.Kind kind;
    static LanguageAnalysis analysis;
    static Indexer indexer;

    private final MovableClock clock = new MovableClock(T0);
    private final AtomicInteger wakes = new AtomicInteger();
    private TestDatabase testDb;
    private Database db;
    private Outbox outbox;
    private SuppressionList suppressions;
    private AlertService service;

    @BeforeAll
    static void openIndex() throws Exception {
        analysis = new LanguageAnalysis();
        indexer = Indexer.open(new IndexConfig(dir, Duration.ofSeconds(1), Duration.ofDays(2)), analysis);
    }

    @AfterAll
    static void closeIndex() throws Exception {
        indexer.close();
        analysis.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        testDb = TestDatabase.open(kind, testDir);
        db = testDb.db();
        outbox = new Outbox(db.dataSource());
        suppressions = new SuppressionList(db.dataSource());
        service = new AlertService(db.dataSource(), outbox, suppressions, wakes::incrementAndGet,
            indexer.newAlertMatcher(), AlertsConfig.defaults(), () -> URI.create("https://jobs.example/"), clock);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (service != null) service.close();
        if (testDb != null) testDb.close();
    }

    @Test
    void confirmationTokenWorksOnceWithin48HoursOnly() {
        String late = confirmToken(service.subscribe("late@example.test", "q=nurse", "instant", "en"), "late@example.test");
        String ok = confirmToken(service.subscribe("ok@example.test", "q=nurse", "instant", "en"), "ok@example.test");
        clock.advance(Duration.ofHours(47));
        assertEquals(Alert.Status.ACTIVE, service.confirm(ok).status());
        assertEquals(Alert.Status.ACTIVE, service.confirm(ok).status(), "a second click is harmless");
        clock.advance(Duration.ofHours(2));
        BadParameterException e = assertThrows(BadParameterException.class, () -> service.confirm(late));
        assertEquals("token", e.parameter());
        assertThrows(BadParameterException.class, () -> service.confirm("made-up"));
    }

    @Test
    void purgeDeletesUnconfirmedAfterSevenDaysOnly() {
        Alert pending = service.subscribe("slow@example.test", "q=nurse", "daily", "nl");
        Alert confirmed = service.subscribe("quick@example.test", "q=nurse", "daily", "nl");
        service.confirm(confirmToken(confirmed, "quick@example.test"));
        clock.advance(Duration.ofDays(6));
        assertEquals(0, service.purge());
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertEquals(1, service.purge());
        AlertRepository repo = new AlertRepository(db.dataSource());
        assertTrue(repo.find(pending.id()).isEmpty());
        assertEquals(Alert.Status.ACTIVE, repo.find(confirmed.id()).orElseThrow().status());
        assertEquals(0, repo.jdbc.query("SELECT COUNT(*) FROM alert_tokens WHERE alert_id = ?",
            rs -> rs.getInt(1), pending.id()).get(0));
    }

    @Test
    void instantAlertMailsEachNewVacancyOnceAndSkipsNonMatches() {
        Alert a = active("inst@example.test", "q=gardener", "instant");
        service.onNewVacancies(List.of(vacancy("v1", "Park Gardener", LocalDate.of(2026, 11, 1)),
            vacancy("v2", "Finance Officer", LocalDate.of(2026, 11, 1)),
            vacancy("v3", "Senior Gardener", LocalDate.of(2026, 11, 2))));
        service.onNewVacancies(List.of(vacancy("v1", "Park Gardener", LocalDate.of(2026, 11, 1))));
        List<Outbox.Entry> mails = matchMails("inst@example.test");
        assertEquals(1, mails.size(), "one mail per alert per batch, never the same vacancy twice");
        String text = mails.get(0).mail().text();
        assertTrue(text.indexOf("Senior Gardener") < text.indexOf("Park Gardener"), "newest first");
        assertTrue(!text.contains("Finance Officer"));
        assertEquals("<https://jobs.example/api/v1/alerts/unsubscribe?token=" + service.unsubscribeToken(a) + ">",
            mails.get(0).mail().headers().get("List-Unsubscribe"));
    }

    @Test
    void dailyDigestListsTenNewestAndCountsTheRest() {
        active("digest@example.test", "q=gardener", "daily");
        for (int i = 1; i <= 13; i++) {
            service.onNewVacancies(List.of(vacancy("g" + i, "Gardener number " + i, LocalDate.of(2026, 10, i))));
        }
        assertEquals(0, matchMails("digest@example.test").size());
        clock.advance(Duration.ofHours(23));
        assertEquals(0, service.runDigests(), "not due before a day has passed");
        clock.advance(Duration.ofHours(1));
        assertEquals(1, service.runDigests());
        assertEquals(0, service.runDigests(), "pending matches are consumed");
        Outbox.Entry mail = matchMails("digest@example.test").get(0);
        String text = mail.mail().text();
        assertTrue(mail.mail().subject().contains("13"), mail.mail().subject());
        assertTrue(text.indexOf("number 13") < text.indexOf("number 4"), text);
        assertTrue(!text.contains("number 3\n") && text.contains("and 3 more"), text);
        assertTrue(text.contains("https://jobs.example/?q=gardener"), "link to the full search");
    }

    @Test
    void pausedAlertsMatchNothingAndDeleteForgetsTheAddress() {
        Alert a = active("pause@example.test", "q=gardener", "instant");
        String manage = service.manageToken(a);
        service.update(manage, a.id(), "paused", null, null);
        service.onNewVacancies(List.of(vacancy("p1", "Gardener", LocalDate.of(2026, 11, 1))));
        assertEquals(0, matchMails("pause@example.test").size());
        service.update(manage, a.id(), "active", "weekly", "fi");
        assertEquals(Alert.Frequency.WEEKLY, service.list(manage).get(0).frequency());
        service.delete(manage, a.id());
        assertTrue(service.list(manage).isEmpty());
        assertTrue(outbox.forRecipient("pause@example.test").isEmpty(), "no mail rows keep the address");
    }

    @Test
    void editedSearchMatchesByItsNewParametersAndBadOnesAreRefused() {
        Alert a = active("edit@example.test", "q=gardener", "instant");
        String manage = service.manageToken(a);
        Alert edited = service.update(manage, a.id(), null, null, null, "q=finance&region=North%20Yorkshire&page=3");
        assertEquals(Map.of("q", List.of("finance"), "region", List.of("North Yorkshire")), edited.params());
        assertEquals(edited.params(), service.list(manage).get(0).params(), "stored");
        assertEquals(Alert.Frequency.INSTANT, edited.frequency(), "other settings kept");
        service.onNewVacancies(List.of(vacancy("e1", "Park Gardener", LocalDate.of(2026, 11, 1)),
            vacancy("e2", "Finance Officer", LocalDate.of(2026, 11, 1))));
        List<Outbox.Entry> mails = matchMails("edit@example.test");
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).mail().text().contains("Finance Officer"), mails.get(0).mail().text());
        assertTrue(!mails.get(0).mail().text().contains("Park Gardener"), "the old search no longer matches");
        BadParameterException bad = assertThrows(BadParameterException.class,
            () -> service.update(manage, a.id(), null, null, null, "q=nurse&salaryMin=lots"));
        assertEquals("salaryMin", bad.parameter());
        assertEquals(edited.params(), service.list(manage).get(0).params(), "a refused edit changes nothing");
    }

    @Test
    void suppressedAddressGetsNoMail() {
        suppressions.suppress("gone@example.test", "550 no such user", T0);
        service.subscribe("Gone@Example.test", "q=nurse", "instant", "en");
        assertTrue(outbox.forRecipient("Gone@Example.test").isEmpty());
    }

    /** Two alerts of one address (however it is spelt) matching one vacancy: one mail lists it once, ever. */
    @Test
    void aVacancyReachesAnAddressOnceWhateverNumberOfItsAlertsMatch() {
        active("twice@example.test", "q=gardener", "instant");
        active("Twice@Example.test", "q=park", "instant");
        service.onNewVacancies(List.of(vacancy("s1", "Park Gardener", LocalDate.of(2026, 11, 1))));
        List<Outbox.Entry> mails = new ArrayList<>(matchMails("twice@example.test"));
        mails.addAll(matchMails("Twice@Example.test"));
        assertEquals(1, mails.size(), "one mail for the address");
        String text = mails.get(0).mail().text();
        assertEquals(text.indexOf("Park Gardener"), text.lastIndexOf("Park Gardener"), "listed once: " + text);

        Alert daily = active("twice@example.test", "q=gardener", "daily");
        service.onNewVacancies(List.of(vacancy("s1", "Park Gardener", LocalDate.of(2026, 11, 1)),
            vacancy("s2", "Head Gardener", LocalDate.of(2026, 11, 2))));
        clock.advance(Duration.ofDays(1));
        service.runDigests();
        List<Outbox.Entry> all = new ArrayList<>(matchMails("twice@example.test"));
        all.addAll(matchMails("Twice@Example.test"));
        assertEquals(2, all.size(), "s2 once more; s1 never again, not even in a third alert's digest");
        long mentioningS1 = all.stream().filter(e -> e.mail().text().contains("/vacancies/s1")).count();
        assertEquals(1, mentioningS1);
        assertEquals(1, all.stream().filter(e -> e.mail().text().contains("/vacancies/s2")).count());
        assertEquals(0, service.runDigests(), "nothing kept for the daily alert " + daily.id());
    }

    @Test
    void manageLinkMailGoesOnlyToSubscribersAtMostOncePerInterval() {
        Alert a = active("lost@example.test", "q=gardener", "weekly");
        service.sendManageLink("LOST@example.test");
        service.sendManageLink("lost@example.test");
        service.sendManageLink("stranger@example.test");
        service.subscribe("pending@example.test", "q=nurse", "daily", "en");
        service.sendManageLink("pending@example.test");
        List<Outbox.Entry> links = outbox.forRecipient("lost@example.test").stream()
            .filter(e -> e.mail().subject().contains("manage link")).toList();
        assertEquals(1, links.size(), "one per interval");
        assertTrue(links.get(0).mail().text().contains("https://jobs.example/alerts/manage.html?token="
            + service.manageToken(a)), links.get(0).mail().text());
        assertTrue(outbox.forRecipient("stranger@example.test").isEmpty());
        assertEquals(1, outbox.forRecipient("pending@example.test").size(), "only the confirmation mail");
        clock.advance(Duration.ofMinutes(10));
        service.sendManageLink("lost@example.test");
        assertEquals(2, outbox.forRecipient("lost@example.test").stream()
            .filter(e -> e.mail().subject().contains("manage link")).count(), "again after the interval");
        assertThrows(BadParameterException.class, () -> service.sendManageLink("not an address"));
    }

    private Alert active(String email, String search, String frequency) {
        Alert a = service.subscribe(email, search, frequency, "en");
        return service.confirm(confirmToken(a, email));
    }

    private String confirmToken(Alert a, String email) {
        Matcher m = TOKEN.matcher(outbox.forRecipient(email).get(0).mail().text());
        assertTrue(m.find());
        return m.group(1);
    }

    private List<Outbox.Entry> matchMails(String email) {
        return outbox.forRecipient(email).stream().filter(e -> e.mail().headers().containsKey("List-Unsubscribe"))
            .toList();
    }

    static Vacancy vacancy(String id, String title, LocalDate posted) {
        return new Vacancy(id, "northmere", id, "https://northmere.example/" + id, null, title, "<p>" + title + "</p>",
            title + " for the district parks.", "en", new Vacancy.Employer("Northmere District Council", null), null,
            List.of(new Vacancy.Location("Ripon", "North Yorkshire", null, "GB", 54.14, -1.52)), "onsite",
            List.of("full-time"), null, List.of(), posted, LocalDate.of(2026, 12, 31), null,
            Vacancy.Lifecycle.seenNow(T0), null, new Vacancy.Licence("OGL-UK-3.0", ""));
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
