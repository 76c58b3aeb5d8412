package org.joinedup.indexer.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.FacetCount;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.index.FacetedSearcher;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.index.SegmentCache;

/**
 * Facet counts per dimension: ordinals for the term dimensions (state built once per refresh, ordinals read
 * once per segment), posted-within days and annual salary bands (EUR) from per-segment arrays.
 */
final class FacetCounter {
    /** "posted" facet values are days; they map to SearchRequest.postedWithinDays. */
    static final List<Integer> POSTED_DAYS = List.of(1, 7, 30);

    /** Salary bands in EUR per year: value "min-max" (max empty for open-ended) maps to salaryMin/salaryMax in EUR. */
    static final List<double[]> SALARY_BANDS = List.of(new double[] {0, 30_000}, new double[] {30_000, 45_000},
        new double[] {45_000, 60_000}, new double[] {60_000, Double.POSITIVE_INFINITY});

    private static final Map<String, String> LANGUAGE_NAMES =
        Map.of("en", "English", "nl", "Nederlands", "da", "Dansk", "fi", "Suomi", "und", "Other");

    private final LanguageAnalysis analysis;
    private final SegmentCache<byte[]> bands = new SegmentCache<>(FacetCounter::computeBands);
    private final SegmentCache<int[]> postedDays = new SegmentCache<>(FacetCounter::readPostedDays);

    FacetCounter(LanguageAnalysis analysis) {
        this.analysis = analysis;
    }

    boolean selected(SearchRequest r, String dim) {
        return switch (dim) {
            case Facets.POSTED -> r.postedWithinDays() != null;
            case Facets.SALARY_BAND -> r.salaryMin() != null || r.salaryMax() != null;
            default -> !selectedValues(r, dim).isEmpty();
        };
    }

    /** Fills this counter's per-segment caches for a segment (called when a refresh first sees it). */
    void warm(LeafReader reader) throws IOException {
        bands.get(reader);
        postedDays.get(reader);
    }

    /** Whether a dimension is counted from the facet ordinals (all but posted-within and salary band). */
    static boolean isTerms(String dim) {
        return !dim.equals(Facets.POSTED) && !dim.equals(Facets.SALARY_BAND);
    }

    /**
     * Counts one dimension.
     *
     * @param terms the term counts of the same collector ({@link FacetedSearcher#countFacets}, one pass for every
     *              term dimension), or null
     */
    List<FacetCount> count(FacetedSearcher s, int[] terms, FacetsCollector fc, String dim, SearchRequest r,
                           LocalDate today) throws IOException {
        return switch (dim) {
            case Facets.POSTED -> posted(fc, r, today);
            case Facets.SALARY_BAND -> salary(fc, r);
            default -> terms(s.facetState(), terms, dim, r);
        };
    }

    private List<FacetCount> terms(SortedSetDocValuesReaderState state, int[] counts, String dim, SearchRequest r)
        throws IOException {
        List<String> chosen = selectedValues(r, dim);
        List<FacetCount> out = new ArrayList<>();
        // A dimension without any value in the index yet has no range.
        SortedSetDocValuesReaderState.OrdRange range = counts == null ? null : state.getOrdRange(dim);
        if (range != null) {
            SortedSetDocValues labels = state.getDocValues();
            for (int ord = range.start(); ord <= range.end(); ord++) {
                if (counts[ord] == 0) continue;
                String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
                String value = path[path.length - 1];
                out.add(new FacetCount(value, label(dim, value), counts[ord], chosen.contains(value)));
            }
        }
        // A selected value keeps its place even when nothing matches it any more.
        for (String c : chosen) {
            if (out.stream().noneMatch(f -> f.value().equals(c))) out.add(new FacetCount(c, label(dim, c), 0, true));
        }
        out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
        return out;
    }

    private String label(String dim, String value) {
        return switch (dim) {
            case Facets.OCCUPATION -> analysis.occupationLabel(value, "en");
            case Facets.LANGUAGE -> LANGUAGE_NAMES.getOrDefault(value, value);
            default -> value;
        };
    }

    /** Counts of "posted within 1, 7, 30 days" from each segment's posted days (see {@link #postedDays}). */
    private List<FacetCount> posted(FacetsCollector fc, SearchRequest r, LocalDate today) throws IOException {
        long[] counts = new long[POSTED_DAYS.size()];
        int[] since = POSTED_DAYS.stream().mapToInt(d -> (int) today.minusDays(d).toEpochDay()).toArray();
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            if (md.bits() == null) continue;
            int[] days = postedDays.get(md.context().reader());
            DocIdSetIterator it = md.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                int day = days[doc];
                for (int i = 0; i < since.length; i++) {
                    if (day >= since[i]) counts[i]++;
                }
            }
        }
        List<FacetCount> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            int d = POSTED_DAYS.get(i);
            boolean sel = r.postedWithinDays() != null && r.postedWithinDays() == d;
            String label = d == 1 ? "Last 24 hours" : "Last " + d + " days";
            out.add(new FacetCount(String.valueOf(d), label, counts[i], sel));
        }
        return out;
    }

    /**
     * The posted day (epoch day) of every document of a segment, or {@link Integer#MIN_VALUE} where it has
     * none; read once per segment instead of stepping the doc values on every search.
     */
    private static int[] readPostedDays(LeafReader reader) throws IOException {
        int[] out = new int[reader.maxDoc()];
        Arrays.fill(out, Integer.MIN_VALUE);
        NumericDocValues posted = DocValues.getNumeric(reader, IndexSchema.POSTED);
        for (int doc = posted.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = posted.nextDoc()) {
            out[doc] = Math.toIntExact(posted.longValue());
        }
        return out;
    }

    /**
     * A band counts the vacancies a salary filter of that band would keep (annual max >= band min and
     * annual min <= band max), so clicking a band yields exactly its count; a range spanning two bands
     * counts in both.
     */
    private List<FacetCount> salary(FacetsCollector fc, SearchRequest r) throws IOException {
        long[] counts = new long[SALARY_BANDS.size()];
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            if (md.bits() == null) continue;
            byte[] masks = bands.get(md.context().reader());
            DocIdSetIterator it = md.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                int mask = masks[doc];
                if (mask == 0) continue;
                for (int i = 0; i < counts.length; i++) counts[i] += (mask >>> i) & 1;
            }
        }
        List<FacetCount> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            double[] b = SALARY_BANDS.get(i);
            Double bandMax = Double.isInfinite(b[1]) ? null : b[1];
            boolean sel = r.salaryMin() != null && r.salaryMin() == b[0] && Objects.equals(r.salaryMax(), bandMax)
                && (r.salaryCurrency() == null || "EUR".equalsIgnoreCase(r.salaryCurrency()));
            out.add(new FacetCount(bandValue(b), bandLabel(b), counts[i], sel));
        }
        return out;
    }

    /**
     * The salary bands of every document of a segment, one bit per band, computed on first use and kept
     * until the segment closes. Reading two doc values per match on every search was a fifth of a broad
     * search's time at a million vacancies; this is one byte per document.
     */
    private static byte[] computeBands(LeafReader reader) throws IOException {
        byte[] out = new byte[reader.maxDoc()];
        NumericDocValues min = DocValues.getNumeric(reader, IndexSchema.SALARY_MIN_EUR);
        NumericDocValues max = DocValues.getNumeric(reader, IndexSchema.SALARY_MAX_EUR);
        DocIdSetIterator both = ConjunctionUtils.intersectIterators(List.of(min, max));
        for (int doc = both.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = both.nextDoc()) {
            double lo = Double.longBitsToDouble(min.longValue());
            double hi = Double.longBitsToDouble(max.longValue());
            int mask = 0;
            for (int i = 0; i < SALARY_BANDS.size(); i++) {
                double[] b = SALARY_BANDS.get(i);
                if (hi >= b[0] && lo <= b[1]) mask |= 1 << i;
            }
            out[doc] = (byte) mask;
        }
        return out;
    }

    private static String bandValue(double[] b) {
        return (long) b[0] + "-" + (Double.isInfinite(b[1]) ? "" : String.valueOf((long) b[1]));
    }

    private static String bandLabel(double[] b) {
        return Double.isInfinite(b[1]) ? "€" + (long) (b[0] / 1000) + "k+"
            : "€" + (long) (b[0] / 1000) + "k–" + (long) (b[1] / 1000) + "k";
    }

    private static List<String> selectedValues(SearchRequest r, String dim) {
        return Dimension.byFacet(dim).map(r::filter).orElse(List.of());
    }
}
