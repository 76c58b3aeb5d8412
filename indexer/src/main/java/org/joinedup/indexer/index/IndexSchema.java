package org.joinedup.indexer.index;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.Vacancy;

/**
 * The one index schema: field names, how a {@link Vacancy} becomes a Lucene document, and the analyzers per
 * field. Text lives in per-language fields ({@code title_nl}, {@code body_nl}, ...) analysed with that
 * language's analyzer, plus an {@code occupation} field of cross-language concept ids. Internal to the indexer.
 */
public final class IndexSchema {
    /**
     * Version of this schema, recorded in every commit. Raise it whenever a field's indexing changes: Lucene
     * refuses to mix index options for one field, so an older index must be rebuilt.
     */
    public static final String VERSION = "3";
    public static final String VERSION_KEY = "schemaVersion";

    public static final String ID = "id";
    public static final String ID_SORT = "id_sort";
    public static final String SOURCE = "source";
    public static final String CLUSTER = "cluster";
    public static final String CANONICAL = "canonical";
    public static final String STATUS = "status";
    public static final String JSON = "json";
    public static final String OCCUPATION_TEXT = "occupation";
    public static final String POSTED = "posted";
    public static final String CLOSING = "closing";
    public static final String SALARY_MIN_EUR = "salary_min_eur";
    public static final String SALARY_MAX_EUR = "salary_max_eur";
    public static final String GEO = "geo";
    /** Doc values for statistics: 1 on the canonical member of a cluster (duplicates carry no value). */
    public static final String STATS_CANONICAL = "stats_canonical";
    /** Doc values for statistics: epoch day (UTC) a closed vacancy closed; absent while open. */
    public static final String STATS_CLOSED = "stats_closed";
    /** Doc values for statistics: advertised annual salary in its own currency (midpoint of min and max). */
    public static final String STATS_SALARY = "stats_salary";
    /** Doc values for statistics: ISO currency code of {@link #STATS_SALARY}. */
    public static final String STATS_CURRENCY = "stats_currency";
    public static final String YES = "T";
    public static final String NO = "F";
    /** epoch day stored for "no closing date", so open-ended vacancies pass every closing filter. */
    public static final long NO_CLOSING = Long.MAX_VALUE;

    /**
     * Body text is stored with offsets in its postings so snippets are cut from the postings of the hits on
     * the page instead of analysing every description again at query time.
     */
    private static final FieldType BODY_TYPE = bodyType();

    private final LanguageAnalysis analysis;
    private final FacetsConfig facetsConfig = new FacetsConfig();

    private static FieldType bodyType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    public IndexSchema(LanguageAnalysis analysis) {
        this.analysis = analysis;
        for (String dim : Facets.ALL) {
            facetsConfig.setMultiValued(dim, true);
        }
    }

    public static String titleField(String lang) {
        return "title_" + lang;
    }

    public static String bodyField(String lang) {
        return "body_" + lang;
    }

    /** Every body field, one per field language. */
    public String[] bodyFields() {
        return analysis.fieldLanguages().stream().map(IndexSchema::bodyField).toArray(String[]::new);
    }

    /** Keyword field used to filter on a facet dimension. */
    public static String filterField(String dimension) {
        return "f_" + dimension;
    }

    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    public LanguageAnalysis analysis() {
        return analysis;
    }

    /** Analyzer for every field: each language field gets its language's analyzer. */
    public Analyzer perFieldAnalyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String lang : analysis.fieldLanguages()) {
            perField.put(titleField(lang), analysis.analyzer(lang));
            perField.put(bodyField(lang), analysis.analyzer(lang));
        }
        perField.put(OCCUPATION_TEXT, analysis.occupationAnalyzer());
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    /** The language field suffix a vacancy's text goes to. */
    public String fieldLanguage(Vacancy v) {
        return analysis.fieldLanguages().contains(v.language()) ? v.language() : LanguageAnalysis.FALLBACK;
    }

    /** Facet values of a vacancy for each dimension (also the filter terms). */
    public static Map<String, Set<String>> facetValues(Vacancy v) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put(Facets.EMPLOYER, values(List.of(v.employer()), Vacancy.Employer::name));
        m.put(Facets.REGION, values(v.locations(), Vacancy.Location::region));
        m.put(Facets.OCCUPATION, values(v.occupations().stream().filter(o -> "joinedup".equals(o.scheme())).toList(),
            Vacancy.Occupation::code));
        m.put(Facets.EMPLOYMENT_TYPE, new LinkedHashSet<>(v.employmentTypes()));
        m.put(Facets.WORKPLACE_TYPE, v.workplaceType() == null ? Set.of() : Set.of(v.workplaceType()));
        m.put(Facets.LANGUAGE, v.language() == null ? Set.of() : Set.of(v.language()));
        return m;
    }

    private static <T> Set<String> values(List<T> items, Function<T, String> f) {
        Set<String> out = new LinkedHashSet<>();
        for (T t : items) {
            String s = f.apply(t);
            if (s != null && !s.isBlank()) out.add(s.strip());
        }
        return out;
    }

    /** The Lucene document for a vacancy (facets already built). */
    public Document toDocument(Vacancy v) throws IOException {
        Document d = new Document();
        d.add(new SortedDocValuesField(ID_SORT, new BytesRef(v.id())));
        d.add(new StoredField(JSON, VacancyCodec.encode(v)));
        addSearchable(d, v, BODY_TYPE, true);
        for (Map.Entry<String, Set<String>> e : facetValues(v).entrySet()) {
            for (String value : e.getValue()) {
                d.add(new SortedSetDocValuesFacetField(e.getKey(), value));
            }
        }
        return facetsConfig.build(d);
    }

    /**
     * The part of {@link #toDocument} that queries can match, for alert matching in a one-document in-memory
     * index: the same indexed terms and points, without stored JSON, doc values, facets or body offsets
     * (none of which change whether a query matches).
     */
    public Document toMatchDocument(Vacancy v) {
        Document d = new Document();
        addSearchable(d, v, TextField.TYPE_NOT_STORED, false);
        return d;
    }

    private void addSearchable(Document d, Vacancy v, FieldType bodyType, boolean docValues) {
        d.add(new StringField(ID, v.id(), Field.Store.NO));
        d.add(new StringField(SOURCE, v.sourceId(), Field.Store.NO));
        d.add(new StringField(CLUSTER, v.cluster().clusterId(), Field.Store.NO));
        d.add(new StringField(CANONICAL, v.cluster().canonical() ? YES : NO, Field.Store.NO));
        d.add(new StringField(STATUS, v.lifecycle().status().name(), Field.Store.NO));
        String lang = fieldLanguage(v);
        d.add(new TextField(titleField(lang), v.title(), Field.Store.NO));
        d.add(new Field(bodyField(lang), v.descriptionText(), bodyType));
        d.add(new TextField(OCCUPATION_TEXT, v.title(), Field.Store.NO));
        addDates(d, v, docValues);
        addSalary(d, v.salary(), docValues);
        if (docValues) addStats(d, v);
        for (Vacancy.Location l : v.locations()) {
            if (l.lat() != null && l.lon() != null) {
                d.add(new LatLonPoint(GEO, l.lat(), l.lon()));
                if (docValues) d.add(new LatLonDocValuesField(GEO, l.lat(), l.lon()));
            }
        }
        for (Map.Entry<String, Set<String>> e : facetValues(v).entrySet()) {
            for (String value : e.getValue()) {
                d.add(new StringField(filterField(e.getKey()), value, Field.Store.NO));
            }
        }
    }

    /** The day a vacancy counts as posted: datePosted, else the day we first saw it. */
    public static LocalDate postedDay(Vacancy v) {
        return v.datePosted() != null ? v.datePosted()
            : v.lifecycle().firstSeen().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static void addDates(Document d, Vacancy v, boolean docValues) {
        long posted = postedDay(v).toEpochDay();
        d.add(new LongPoint(POSTED, posted));
        long closing = v.validThrough() == null ? NO_CLOSING : v.validThrough().toEpochDay();
        d.add(new LongPoint(CLOSING, closing));
        if (docValues) {
            d.add(new NumericDocValuesField(POSTED, posted));
            d.add(new NumericDocValuesField(CLOSING, closing));
        }
    }

    private static void addSalary(Document d, Vacancy.Salary s, boolean docValues) {
        if (s == null) return;
        Double min = CurrencyRates.toEur(s.annualMin() != null ? s.annualMin() : s.annualMax(), s.currency());
        Double max = CurrencyRates.toEur(s.annualMax() != null ? s.annualMax() : s.annualMin(), s.currency());
        if (min == null || max == null) return;
        d.add(new DoublePoint(SALARY_MIN_EUR, min));
        d.add(new DoublePoint(SALARY_MAX_EUR, max));
        if (!docValues) return;
        d.add(new DoubleDocValuesField(SALARY_MIN_EUR, min));
        d.add(new DoubleDocValuesField(SALARY_MAX_EUR, max));
    }

    /**
     * Doc values read by the statistics in one pass over the index (no stored-field decoding): which document
     * represents its cluster, when a closed vacancy closed, and the advertised annual salary in its currency.
     */
    private static void addStats(Document d, Vacancy v) {
        if (v.cluster().canonical()) d.add(new NumericDocValuesField(STATS_CANONICAL, 1));
        Vacancy.Lifecycle l = v.lifecycle();
        if (l.status() == Vacancy.Status.CLOSED) {
            Instant at = l.closedAt() != null ? l.closedAt() : l.lastSeen();
            d.add(new NumericDocValuesField(STATS_CLOSED, at.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay()));
        }
        Double annual = advertisedAnnual(v.salary());
        if (annual != null) {
            d.add(new DoubleDocValuesField(STATS_SALARY, annual));
            d.add(new SortedDocValuesField(STATS_CURRENCY, new BytesRef(v.salary().currency().toUpperCase(
                Locale.ROOT))));
        }
    }

    /** Midpoint of the annual range (or its one end), in the advertised currency; null when unknown. */
    static Double advertisedAnnual(Vacancy.Salary s) {
        if (s == null || s.currency() == null || s.currency().isBlank()) return null;
        Double lo = s.annualMin() != null ? s.annualMin() : s.annualMax();
        Double hi = s.annualMax() != null ? s.annualMax() : s.annualMin();
        if (lo == null || hi == null) return null;
        double mid = (lo + hi) / 2;
        return mid > 0 && Double.isFinite(mid) ? mid : null;
    }
}
