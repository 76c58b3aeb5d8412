package org.joinedup.indexer.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.index.IndexStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact counts and medians on a small real index with known dates, statuses, clusters and salaries. */
class StatsCacheTest {
    private static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");
    private static final YearMonth DEC = YearMonth.of(2025, 12);
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final YearMonth MAR = YearMonth.of(2026, 3);
    private static LanguageAnalysis analysis;

    @TempDir
    Path dir;
    private IndexStore store;
    private StatsCache stats;
    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @BeforeAll
    static void loadAnalysis() {
        analysis = new LanguageAnalysis();
    }

    @AfterAll
    static void closeAnalysis() {
        analysis.close();
    }

    @BeforeEach
    void build() throws Exception {
        store = new IndexStore(dir, new IndexSchema(analysis), Duration.ofHours(1));
        stats = new StatsCache(store, clock, (d, v, l) -> d == Dimension.OCCUPATION ? v.toUpperCase() : v);
        // A: open, posted on the last day of January.
        store.put(v("a", "North", "nurse", "full-time", "2026-01-31", null, null, gbp(30_000, 34_000)));
        // B: still marked open but its closing date (28 Feb) has passed: closed in February.
        store.put(v("b", "North", "nurse", "full-time", "2026-02-01", "2026-02-28", null, gbp(40_000, null)));
        // C: closed by a snapshot on 1 March; paid in EUR.
        store.put(v("c", "North", "nurse", "full-time", "2026-01-10", null, "2026-03-01T10:00:00Z",
            salary(50_000, 50_000, "EUR")));
        // D: expired on 31 January, closed by the snapshot days later: last open day is 31 January.
        store.put(v("d", "South", "nurse", "full-time", "2025-12-31", "2026-01-31", "2026-02-03T08:00:00Z",
            gbp(20_000, null)));
        // E: a duplicate of A merged into A's cluster: never counted.
        store.put(v("e", "North", "nurse", "full-time", "2026-02-15", null, null, gbp(99_999, null))
            .withCluster(new Vacancy.Cluster("a", false, List.of())));
        // F: closes today, so still open now.
        store.put(v("f", "South", "teacher", "part-time", "2026-03-15", "2026-03-15", null,
            salary(400_000, 400_000, "DKK")));
        // G: open.
        store.put(v("g", "South", "nurse", "full-time", "2026-03-01", null, null, gbp(36_000, 36_000)));
        store.commit(Map.of());
        store.refresh();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private static Vacancy.Salary gbp(double min, Number max) {
        return salary(min, max, "GBP");
    }

    private static Vacancy.Salary salary(double min, Number max, String currency) {
        Double hi = max == null ? null : max.doubleValue();
        return new Vacancy.Salary(min, hi, currency, "YEAR", min, hi, null);
    }

    private static Vacancy v(String id, String council, String occupation, String type, String posted,
                             String validThrough, String closedAt, Vacancy.Salary salary) {
        Vacancy.Lifecycle life = closedAt == null
            ? new Vacancy.Lifecycle(Instant.parse(posted + "T09:00:00Z"), NOW, null, Vacancy.Status.OPEN)
            : new Vacancy.Lifecycle(Instant.parse(posted + "T09:00:00Z"), Instant.parse(closedAt),
                Instant.parse(closedAt), Vacancy.Status.CLOSED);
        return new Vacancy(id, "src-" + council, id, "https://example.org/" + id, null, "Job " + id, "", "text", "en",
            new Vacancy.Employer(council, null), null,
            List.of(new Vacancy.Location("Town", council + " Region", null, "GB", null, null)), null, List.of(type),
            salary, List.of(new Vacancy.Occupation("joinedup", occupation, occupation)), LocalDate.parse(posted),
            validThrough == null ? null : LocalDate.parse(validThrough), null, life, null,
            new Vacancy.Licence("CC-BY-4.0", council));
    }

    /** [open, new, closed] per month. */
    private static List<List<Integer>> counts(Series s) {
        return s.months().stream().map(m -> List.of(m.open(), m.opened(), m.closed())).toList();
    }

    @Test
    void totalsPerMonthRespectMonthBoundariesAndSkipDuplicates() throws Exception {
        StatsSnapshot s = stats.current();
        assertEquals(DEC, s.firstMonth());
        assertEquals(MAR, s.lastMonth());
        assertEquals(6, s.vacancies(), "the duplicate E is not counted");
        assertEquals(List.of(List.of(1, 1, 0), List.of(3, 2, 1), List.of(3, 1, 1), List.of(4, 2, 1)),
            counts(s.total(DEC, MAR)));
        // Months outside the data count zero.
        assertEquals(List.of(List.of(0, 0, 0), List.of(0, 0, 0)),
            counts(s.total(YearMonth.of(2025, 10), YearMonth.of(2025, 11))));
        assertEquals(List.of(List.of(0, 0, 0)), counts(s.total(YearMonth.of(2026, 4), YearMonth.of(2026, 4))));
    }

    @Test
    void perCouncilPerMonth() throws Exception {
        StatsSnapshot s = stats.current();
        assertEquals(List.of(List.of(0, 0, 0), List.of(2, 2, 0), List.of(3, 1, 1), List.of(2, 0, 1)),
            counts(s.series(Dimension.EMPLOYER, "North", DEC, MAR).orElseThrow()));
        assertEquals(List.of(List.of(1, 1, 0), List.of(1, 0, 1), List.of(0, 0, 0), List.of(2, 2, 0)),
            counts(s.series(Dimension.EMPLOYER, "South", DEC, MAR).orElseThrow()));
        assertEquals(List.of("North", "South"),
            s.series(Dimension.EMPLOYER, DEC, MAR).stream().map(Series::value).toList(), "most new first");
        assertTrue(s.series(Dimension.EMPLOYER, "Nowhere", DEC, MAR).isEmpty());
    }

    @Test
    void otherDimensions() throws Exception {
        StatsSnapshot s = stats.current();
        assertEquals(List.of(List.of(1, 1, 0), List.of(3, 2, 1), List.of(3, 1, 1), List.of(3, 1, 1)),
            counts(s.series(Dimension.OCCUPATION, "nurse", DEC, MAR).orElseThrow()));
        assertEquals(List.of(List.of(1, 1, 0)),
            counts(s.series(Dimension.EMPLOYMENT_TYPE, "part-time", MAR, MAR).orElseThrow()));
        assertEquals(List.of(List.of(2, 2, 0)),
            counts(s.series(Dimension.REGION, "South Region", MAR, MAR).orElseThrow()));
        assertEquals("TEACHER", s.label(Dimension.OCCUPATION, "teacher", "en"));
    }

    @Test
    void salaryMediansPerOccupationNeverMixCurrencies() throws Exception {
        StatsSnapshot s = stats.current();
        assertEquals(List.of(new SalaryMedian("nurse", "EUR", 50_000, 1), new SalaryMedian("nurse", "GBP", 34_000, 4),
            new SalaryMedian("teacher", "DKK", 400_000, 1)), s.salaries(JAN, MAR));
        // February and March: A (32,000), B (40,000), G (36,000); D closed in January; E is a duplicate.
        assertEquals(new SalaryMedian("nurse", "GBP", 36_000, 3), s.salaries(FEB, MAR).stream()
            .filter(m -> m.currency().equals("GBP")).findFirst().orElseThrow());
        assertEquals(List.of(new SalaryMedian("nurse", "GBP", 20_000, 1)), s.salaries(DEC, DEC));
        assertEquals(List.of(), s.salaries(YearMonth.of(2020, 1), YearMonth.of(2020, 12)));
    }

    @Test
    void councilsSideBySide() throws Exception {
        Map<String, CouncilSummary> c = stats.current().councils().stream()
            .collect(Collectors.toMap(CouncilSummary::council, x -> x));
        assertEquals(new CouncilSummary("North", 1, 0, 2, List.of(new SalaryMedian("North", "GBP", 32_000, 1))),
            c.get("North"));
        assertEquals(new CouncilSummary("South", 2, 2, 0, List.of(new SalaryMedian("South", "DKK", 400_000, 1),
            new SalaryMedian("South", "GBP", 36_000, 1))), c.get("South"));
    }

    @Test
    void cachedUntilTheIndexRefreshesOrTheDayChanges() throws Exception {
        StatsSnapshot first = stats.current();
        assertSame(first, stats.current());
        store.put(v("h", "West", "nurse", "full-time", "2026-03-10", null, null, null));
        store.commit(Map.of());
        store.refresh();
        StatsSnapshot second = stats.current();
        assertNotSame(first, second);
        assertEquals(7, second.vacancies());
        now.set(NOW.plus(Duration.ofDays(1)));
        StatsSnapshot tomorrow = stats.current();
        assertNotSame(second, tomorrow);
        // F closed yesterday (its closing date passed): South has one open vacancy now.
        assertEquals(1, tomorrow.councils().stream().filter(x -> x.council().equals("South")).findFirst()
            .orElseThrow().openNow());
    }
}
