package org.joinedup.indexer.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joinedup.indexer.Dimension;

/**
 * Statistics of one searcher generation on one day: immutable, so any number of requests read it at once.
 * Months before {@link #firstMonth()} or after {@link #lastMonth()} (the current month) count zero.
 */
public final class StatsSnapshot {

    /** Human label of a dimension value in a language (occupation concept ids become occupation names). */
    @FunctionalInterface
    public interface Labeler {
        String label(Dimension dimension, String value, String language);
    }

    private final LocalDate today;
    private final YearMonth base;
    private final int months;
    private final Map<Dimension, StatsBuilder.MonthTable> tables;
    private final StatsBuilder.MonthTable total;
    private final Map<String, Map<String, long[]>> occupationSalaries;
    private final List<CouncilSummary> councils;
    private final int vacancies;
    private final long computeMillis;
    private final Labeler labels;

    StatsSnapshot(LocalDate today, YearMonth base, int months, Map<Dimension, StatsBuilder.MonthTable> tables,
                  StatsBuilder.MonthTable total, Map<String, Map<String, long[]>> occupationSalaries,
                  List<CouncilSummary> councils, int vacancies, long computeMillis, Labeler labels) {
        this.today = today;
        this.base = base;
        this.months = months;
        this.tables = tables;
        this.total = total;
        this.occupationSalaries = occupationSalaries;
        this.councils = List.copyOf(councils);
        this.vacancies = vacancies;
        this.computeMillis = computeMillis;
        this.labels = labels;
    }

    /** The day the figures are for (decides "open now" and the last 30 days). */
    public LocalDate today() {
        return today;
    }

    /** Earliest month with data (at most 20 years back). */
    public YearMonth firstMonth() {
        return base;
    }

    /** The current month. */
    public YearMonth lastMonth() {
        return base.plusMonths(months - 1L);
    }

    /** Canonical vacancies (open and closed) the figures are made of. */
    public int vacancies() {
        return vacancies;
    }

    /** Milliseconds the one pass over the index took. */
    public long computeMillis() {
        return computeMillis;
    }

    /** Human label of a value in a language ("en", "nl", "da", "fi"). */
    public String label(Dimension dimension, String value, String language) {
        return value == null ? null : labels.label(dimension, value, language);
    }

    /** Every value of a dimension present in the index, in no particular order. */
    public List<String> values(Dimension dimension) {
        return List.copyOf(tables.get(dimension).values());
    }

    /** Counts over all vacancies, whatever their dimension values. */
    public Series total(YearMonth from, YearMonth to) {
        return series(total, 0, null, from, to);
    }

    /** One series per value of the dimension, most new vacancies in the range first, then by value. */
    public List<Series> series(Dimension dimension, YearMonth from, YearMonth to) {
        StatsBuilder.MonthTable t = tables.get(dimension);
        List<Series> out = new ArrayList<>();
        for (int i = 0; i < t.values().size(); i++) out.add(series(t, i, t.values().get(i), from, to));
        out.sort(Comparator.comparingLong(Series::totalOpened).reversed().thenComparing(Series::value));
        return out;
    }

    /** The series of one value, if the index has that value. */
    public Optional<Series> series(Dimension dimension, String value, YearMonth from, YearMonth to) {
        StatsBuilder.MonthTable t = tables.get(dimension);
        int i = t.values().indexOf(value);
        return i < 0 ? Optional.empty() : Optional.of(series(t, i, value, from, to));
    }

    private Series series(StatsBuilder.MonthTable t, int value, String name, YearMonth from, YearMonth to) {
        List<MonthCount> list = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            int i = index(m);
            list.add(i < 0 || i >= months ? new MonthCount(m, 0, 0, 0)
                : new MonthCount(m, t.open(value, i), t.opened(value, i), t.closed(value, i)));
        }
        return new Series(name, list);
    }

    private int index(YearMonth m) {
        long n = (m.getYear() - base.getYear()) * 12L + m.getMonthValue() - base.getMonthValue();
        return (int) Math.max(-1, Math.min(months, n));
    }

    /**
     * Median advertised annual salary per occupation and currency of the vacancies open at some point in the
     * month range; ordered by occupation, then currency.
     */
    public List<SalaryMedian> salaries(YearMonth from, YearMonth to) {
        int a = Math.max(0, index(from));
        int b = Math.min(months - 1, index(to));
        List<SalaryMedian> out = new ArrayList<>();
        if (a > b) return out;
        occupationSalaries.forEach((occupation, byCurrency) -> byCurrency.forEach((currency, packed) -> {
            int n = SalarySpans.count(packed, a, b);
            if (n > 0) out.add(new SalaryMedian(occupation, currency, SalarySpans.median(packed, a, b), n));
        }));
        out.sort(Comparator.comparing(SalaryMedian::group).thenComparing(SalaryMedian::currency));
        return out;
    }

    /** Every council side by side, by name. */
    public List<CouncilSummary> councils() {
        return councils;
    }
}
