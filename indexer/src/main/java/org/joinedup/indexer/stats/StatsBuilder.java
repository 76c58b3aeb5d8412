package org.joinedup.indexer.stats;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.index.IndexSchema;

/**
 * Computes a {@link StatsSnapshot} in one pass over the doc values of the canonical documents: no stored field
 * is read, so the cost is a few array increments per document and facet value.
 */
final class StatsBuilder {
    /** Months kept: twenty years back from the current month. */
    static final int MAX_MONTHS = 240;
    static final int RECENT_DAYS = 30;

    private final LocalDate today;
    private final long todayDay;
    private final YearMonth current;
    private YearMonth base;
    private int months;
    private final Map<Dimension, MonthTable> tables = new EnumMap<>(Dimension.class);
    private MonthTable total;
    private final Map<String, Dimension> byFacet = new HashMap<>();
    private final List<String> currencies = new ArrayList<>();
    private final Map<String, Integer> currencyIndex = new HashMap<>();
    /** Occupation salaries keyed by (occupation index, currency index): packed salary and month span. */
    private final Map<Long, LongArray> occupationSalaries = new HashMap<>();
    /** Salaries of open vacancies keyed by (council index, currency index). */
    private final Map<Long, LongArray> councilSalaries = new HashMap<>();
    private final Map<Integer, int[]> councilCounts = new HashMap<>();
    private int counted;

    StatsBuilder(LocalDate today) {
        this.today = today;
        this.todayDay = today.toEpochDay();
        this.current = YearMonth.from(today);
        for (Dimension d : Dimension.STATISTICS) byFacet.put(d.facet(), d);
    }

    StatsSnapshot build(IndexReader reader, StatsSnapshot.Labeler labels) throws IOException {
        long start = System.nanoTime();
        base = firstMonth(reader);
        months = (int) (monthNumber(current) - monthNumber(base)) + 1;
        for (Dimension d : Dimension.STATISTICS) tables.put(d, new MonthTable(months));
        total = new MonthTable(months);
        total.index("");
        for (LeafReaderContext leaf : reader.leaves()) {
            scan(leaf.reader());
        }
        tables.values().forEach(MonthTable::finish);
        total.finish();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new StatsSnapshot(today, base, months, tables, total, occupationSalaries(), councils(), counted,
            millis, labels);
    }

    private YearMonth firstMonth(IndexReader reader) throws IOException {
        YearMonth earliest = current.minusMonths(MAX_MONTHS - 1);
        byte[] min = PointValues.getMinPackedValue(reader, IndexSchema.POSTED);
        if (min == null) return current;
        YearMonth first = YearMonth.from(LocalDate.ofEpochDay(LongPoint.decodeDimension(min, 0)));
        if (first.isAfter(current)) return current;
        return first.isBefore(earliest) ? earliest : first;
    }

    private static long monthNumber(YearMonth m) {
        return m.getYear() * 12L + m.getMonthValue() - 1;
    }

    private int monthIndex(long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        long n = d.getYear() * 12L + d.getMonthValue() - 1 - monthNumber(base);
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, n));
    }

    /** One vacancy's dates, reduced to month indexes. */
    private record Span(long postedDay, long lastOpenDay, int postedMonth, int firstOpen, int lastOpen,
                        boolean openNow) {
    }

    private void scan(LeafReader r) throws IOException {
        Bits live = r.getLiveDocs();
        NumericDocValues canonical = DocValues.getNumeric(r, IndexSchema.STATS_CANONICAL);
        NumericDocValues posted = DocValues.getNumeric(r, IndexSchema.POSTED);
        NumericDocValues closing = DocValues.getNumeric(r, IndexSchema.CLOSING);
        NumericDocValues closed = DocValues.getNumeric(r, IndexSchema.STATS_CLOSED);
        NumericDocValues salary = DocValues.getNumeric(r, IndexSchema.STATS_SALARY);
        SortedDocValues currency = DocValues.getSorted(r, IndexSchema.STATS_CURRENCY);
        SortedSetDocValues facets = DocValues.getSortedSet(r, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int[][] ords = facetOrdinals(facets);
        int[] currencyOrds = currencyOrdinals(currency);
        for (int doc = canonical.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = canonical.nextDoc()) {
            if ((live != null && !live.get(doc)) || !posted.advanceExact(doc)) continue;
            long closingDay = closing.advanceExact(doc) ? closing.longValue() : IndexSchema.NO_CLOSING;
            Long closedDay = closed.advanceExact(doc) ? closed.longValue() : null;
            Span span = span(posted.longValue(), closingDay, closedDay);
            double pay = Double.NaN;
            int cur = -1;
            if (salary.advanceExact(doc) && currency.advanceExact(doc)) {
                pay = Double.longBitsToDouble(salary.longValue());
                cur = currencyOrds[currency.ordValue()];
            }
            counted++;
            total.add(0, span);
            if (!facets.advanceExact(doc)) continue;
            for (int i = 0, n = facets.docValueCount(); i < n; i++) {
                int ord = (int) facets.nextOrd();
                int dim = ords[0][ord];
                if (dim < 0) continue;
                Dimension d = Dimension.values()[dim];
                int value = ords[1][ord];
                tables.get(d).add(value, span);
                if (d == Dimension.OCCUPATION && cur >= 0) {
                    occupationSalaries.computeIfAbsent(key(value, cur), k -> new LongArray()).add(pack(pay, span));
                } else if (d == Dimension.EMPLOYER) {
                    council(value, span, pay, cur);
                }
            }
        }
    }

    private Span span(long postedDay, long closingDay, Long closedDay) {
        long last = Long.MAX_VALUE;
        if (closedDay != null) {
            last = Math.min(closedDay, closingDay);
        } else if (closingDay < todayDay) {
            last = closingDay;
        }
        if (last != Long.MAX_VALUE && last < postedDay) last = postedDay;
        int pm = monthIndex(postedDay);
        int lastOpen = last == Long.MAX_VALUE ? months - 1 : Math.min(months - 1, monthIndex(last));
        return new Span(postedDay, last, pm, Math.max(0, pm), lastOpen, last == Long.MAX_VALUE);
    }

    private void council(int value, Span span, double pay, int cur) {
        int[] c = councilCounts.computeIfAbsent(value, k -> new int[3]);
        if (span.openNow()) {
            c[0]++;
            if (cur >= 0) councilSalaries.computeIfAbsent(key(value, cur), k -> new LongArray()).add(pack(pay, span));
        }
        if (span.postedDay() >= todayDay - RECENT_DAYS && span.postedDay() <= todayDay) c[1]++;
        if (!span.openNow() && span.lastOpenDay() >= todayDay - RECENT_DAYS && span.lastOpenDay() <= todayDay) c[2]++;
    }

    private static long key(int value, int currency) {
        return ((long) value << 32) | currency;
    }

    /**
     * A salary and the months the vacancy was open, in one sortable long: the float bits of a positive salary
     * order like the salary (float precision is ample for a median shown in whole units).
     */
    private static long pack(double pay, Span span) {
        int from = Math.min(span.firstOpen(), span.lastOpen());
        return ((long) Float.floatToIntBits((float) pay) << 32) | ((long) (from & 0xFFFF) << 16)
            | (span.lastOpen() & 0xFFFF);
    }

    /** Segment ordinal of the facet field -> [dimension ordinal or -1, value index in its table]. */
    private int[][] facetOrdinals(SortedSetDocValues facets) throws IOException {
        int n = (int) facets.getValueCount();
        int[][] out = {new int[n], new int[n]};
        for (int ord = 0; ord < n; ord++) {
            String[] path = FacetsConfig.stringToPath(facets.lookupOrd(ord).utf8ToString());
            Dimension d = path.length == 2 ? byFacet.get(path[0]) : null;
            out[0][ord] = d == null ? -1 : d.ordinal();
            out[1][ord] = d == null ? -1 : tablesValueIndex(d, path[1]);
        }
        return out;
    }

    private int tablesValueIndex(Dimension d, String value) {
        return tables.get(d).index(value);
    }

    private int[] currencyOrdinals(SortedDocValues currency) throws IOException {
        int[] out = new int[currency.getValueCount()];
        for (int ord = 0; ord < out.length; ord++) {
            String code = currency.lookupOrd(ord).utf8ToString();
            out[ord] = currencyIndex.computeIfAbsent(code, c -> {
                currencies.add(c);
                return currencies.size() - 1;
            });
        }
        return out;
    }

    private Map<String, Map<String, long[]>> occupationSalaries() {
        Map<String, Map<String, long[]>> out = new HashMap<>();
        List<String> occupations = tables.get(Dimension.OCCUPATION).values();
        occupationSalaries.forEach((k, list) -> out.computeIfAbsent(occupations.get((int) (k >>> 32)),
            o -> new HashMap<>()).put(currencies.get((int) (long) k), list.sorted()));
        return out;
    }

    private List<CouncilSummary> councils() {
        List<String> names = tables.get(Dimension.EMPLOYER).values();
        Map<Integer, List<SalaryMedian>> medians = new HashMap<>();
        councilSalaries.forEach((k, list) -> {
            int council = (int) (k >>> 32);
            long[] sorted = list.sorted();
            medians.computeIfAbsent(council, c -> new ArrayList<>()).add(new SalaryMedian(names.get(council),
                currencies.get((int) (long) k), SalarySpans.median(sorted, 0, Integer.MAX_VALUE), sorted.length));
        });
        List<CouncilSummary> out = new ArrayList<>();
        councilCounts.forEach((council, c) -> {
            List<SalaryMedian> m = new ArrayList<>(medians.getOrDefault(council, List.of()));
            m.sort(Comparator.comparing(SalaryMedian::currency));
            out.add(new CouncilSummary(names.get(council), c[0], c[1], c[2], m));
        });
        out.sort(Comparator.comparing(CouncilSummary::council));
        return out;
    }

    /** Per value of a dimension: new, closed and open counts per month index. */
    static final class MonthTable {
        private final int months;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> values = new ArrayList<>();
        private final List<int[]> rows = new ArrayList<>();

        MonthTable(int months) {
            this.months = months;
        }

        int index(String value) {
            return index.computeIfAbsent(value, v -> {
                values.add(v);
                rows.add(new int[3 * months + 1]);
                return values.size() - 1;
            });
        }

        List<String> values() {
            return values;
        }

        /** Adds one vacancy; open months go in as +1/-1 differences, summed up in {@link #finish()}. */
        void add(int value, Span s) {
            int[] row = rows.get(value);
            if (s.postedMonth() >= 0 && s.postedMonth() < months) row[s.postedMonth()]++;
            if (!s.openNow() && s.lastOpen() >= 0) row[months + s.lastOpen()]++;
            if (s.firstOpen() <= s.lastOpen() && s.firstOpen() < months && s.lastOpen() >= 0) {
                row[2 * months + s.firstOpen()]++;
                row[2 * months + s.lastOpen() + 1]--;
            }
        }

        void finish() {
            for (int[] row : rows) {
                for (int i = 1; i < months; i++) row[2 * months + i] += row[2 * months + i - 1];
            }
        }

        int opened(int value, int month) {
            return rows.get(value)[month];
        }

        int closed(int value, int month) {
            return rows.get(value)[months + month];
        }

        int open(int value, int month) {
            return rows.get(value)[2 * months + month];
        }
    }

    /** A growable long array. */
    static final class LongArray {
        private long[] items = new long[8];
        private int size;

        void add(long v) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(items, size);
            Arrays.sort(out);
            return out;
        }
    }
}
