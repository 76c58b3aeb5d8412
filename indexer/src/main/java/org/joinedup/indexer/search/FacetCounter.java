package org.joinedup.indexer.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.indexer.FacetCount;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.index.FacetedSearcher;
import org.joinedup.indexer.index.IndexSchema;

/**
 * Facet counts per dimension: doc-values ordinals for the term dimensions (state built once per refresh),
 * ranges for posted-within and annual salary bands (EUR).
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
    private final Map<IndexReader.CacheKey, byte[]> bandsBySegment = new ConcurrentHashMap<>();

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

    /**
     * Counts every term dimension of the matching documents in one pass over their ordinals; reuse the result
     * for all dimensions counted on the same collector. Null while the index has no facet values.
     */
    static org.apache.lucene.facet.Facets termCounts(FacetedSearcher s, FacetsCollector fc) throws IOException {
        return s.facetState() == null ? null : new SortedSetDocValuesFacetCounts(s.facetState(), fc);
    }

    /**
     * Counts one dimension.
     *
     * @param terms the term counts of the same collector (from {@link #termCounts}), or null
     */
    List<FacetCount> count(org.apache.lucene.facet.Facets terms, FacetsCollector fc, String dim, SearchRequest r,
                           LocalDate today) throws IOException {
        return switch (dim) {
            case Facets.POSTED -> posted(fc, r, today);
            case Facets.SALARY_BAND -> salary(fc, r);
            default -> terms(terms, dim, r);
        };
    }

    private List<FacetCount> terms(org.apache.lucene.facet.Facets counts, String dim, SearchRequest r)
        throws IOException {
        if (counts == null) return List.of();
        FacetResult res;
        try {
            res = counts.getAllChildren(dim);
        } catch (IllegalArgumentException e) {
            // The dimension has no value anywhere in the index yet.
            return List.of();
        }
        List<String> chosen = selectedValues(r, dim);
        List<FacetCount> out = new ArrayList<>();
        if (res != null) {
            for (LabelAndValue lv : res.labelValues) {
                out.add(new FacetCount(lv.label, label(dim, lv.label), lv.value.longValue(), chosen.contains(lv.label)));
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

    private static List<FacetCount> posted(FacetsCollector fc, SearchRequest r, LocalDate today) throws IOException {
        LongRange[] ranges = POSTED_DAYS.stream()
            .map(d -> new LongRange(String.valueOf(d), today.minusDays(d).toEpochDay(), true, Long.MAX_VALUE, true))
            .toArray(LongRange[]::new);
        FacetResult res = new LongRangeFacetCounts(IndexSchema.POSTED, fc, ranges).getAllChildren(Facets.POSTED);
        List<FacetCount> out = new ArrayList<>();
        for (LabelAndValue lv : res.labelValues) {
            boolean sel = r.postedWithinDays() != null && lv.label.equals(String.valueOf(r.postedWithinDays()));
            String label = lv.label.equals("1") ? "Last 24 hours" : "Last " + lv.label + " days";
            out.add(new FacetCount(lv.label, label, lv.value.longValue(), sel));
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
            byte[] bands = bands(md.context().reader());
            DocIdSetIterator it = md.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                int mask = bands[doc];
                if (mask == 0) continue;
                for (int i = 0; i < counts.length; i++) counts[i] += (mask >>> i) & 1;
            }
        }
        List<FacetCount> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            double[] b = SALARY_BANDS.get(i);
            Double bandMax = Double.isInfinite(b[1]) ? null : b[1];
            boolean sel = r.salaryMin() != null && r.salaryMin() == b[0] && java.util.Objects.equals(r.salaryMax(), bandMax)
                && (r.salaryCurrency() == null || "EUR".equalsIgnoreCase(r.salaryCurrency()));
            out.add(new FacetCount(bandValue(b), bandLabel(b), counts[i], sel));
        }
        return out;
    }

    /**
     * The salary bands of every document of a segment, one bit per band, computed on first use and kept
     * until the segment closes (documents never change inside a segment). Reading two doc values per match
     * on every search was a fifth of a broad search's time at a million vacancies; this is one byte per
     * document.
     */
    private byte[] bands(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) return computeBands(reader);
        byte[] cached = bandsBySegment.get(helper.getKey());
        if (cached != null) return cached;
        byte[] computed = computeBands(reader);
        if (bandsBySegment.putIfAbsent(helper.getKey(), computed) == null) {
            helper.addClosedListener(bandsBySegment::remove);
        }
        return computed;
    }

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
        return switch (dim) {
            case Facets.EMPLOYER -> r.employers();
            case Facets.REGION -> r.regions();
            case Facets.OCCUPATION -> r.occupations();
            case Facets.EMPLOYMENT_TYPE -> r.employmentTypes();
            case Facets.WORKPLACE_TYPE -> r.workplaceTypes();
            case Facets.LANGUAGE -> r.languages();
            default -> List.of();
        };
    }
}
