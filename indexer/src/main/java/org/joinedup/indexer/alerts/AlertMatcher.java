package org.joinedup.indexer.alerts;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.search.Query;
import java.util.Set;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryDecomposer;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.search.SavedSearchQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the saved searches a new vacancy matches, with Lucene's monitor: saved searches are indexed by their
 * terms (the presearcher), so each vacancy is checked only against the few searches that could match it, in
 * a one-document in-memory index built with the same analyzers as the main index. Thread-safe.
 *
 * <p>Why it is fast: the presearcher takes three passes ({@link MultipassTermFilteredPresearcher}), so a
 * candidate must share the three most selective parts of its search with the vacancy (words, and filter terms
 * such as region, employer, type, or the map cells of a radius, {@link GeoCells}); text terms are preferred for
 * the first pass because a filter value is shared by far more vacancies than a word is (filter-only searches
 * are still selected by their exact filter terms). Each vacancy gets one in-memory index holding only what queries can match
 * ({@link IndexSchema#toMatchDocument}), and candidates are confirmed by {@link SingleDocMatcher} against its
 * term dictionary rather than by a search each, using the search cut down to the vacancy's language fields
 * ({@link LanguagePruner}). Saved searches are stored whole (not split into their disjuncts) and parsed once,
 * at registration.
 */
public final class AlertMatcher implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertMatcher.class);

    /** Measured at 10k realistic searches: 2 passes 75 candidates per vacancy, 3 passes 44, 4 passes 41 but slower. */
    private static final int PASSES = 3;
    private static final double FILTER_FIELD_WEIGHT = 0.1;
    /**
     * Saved searches indexed per commit. The presearcher keeps a 32 KiB term pool per field and pass of every
     * search of a commit alive until the commit (~1.3 MiB per search here: ~14 fields x 3 passes), so the
     * monitor's default of 5,000 needs ~6 GiB of heap while registering; 500 keeps it near 0.7 GiB.
     */
    private static final int REGISTER_CHUNK = 500;

    private final IndexSchema schema;
    private final SavedSearchQueries queries;
    private final Clock clock;
    private final Monitor monitor;
    /**
     * Distance predicates of the radius searches, by their query; entries are shared by searches with the same
     * centre and radius and never removed (there are only so many towns and radii).
     */
    private final Map<Query, RadiusTest> distances = new ConcurrentHashMap<>();
    /** Each saved search's query cut down to each field language (same order as {@link #languages}). */
    private final Map<String, Query[]> pruned = new ConcurrentHashMap<>();
    private final List<String> languages;
    private final List<LanguagePruner> pruners;
    private final LongAdder candidates = new LongAdder();

    public AlertMatcher(IndexSchema schema, Clock clock) throws IOException {
        this.schema = schema;
        this.queries = new SavedSearchQueries(schema);
        this.clock = clock;
        this.languages = schema.analysis().fieldLanguages();
        this.pruners = languages.stream().map(l -> new LanguagePruner(languages, l)).toList();
        this.monitor = new Monitor(schema.perFieldAnalyzer(), presearcher(new GeoCells(distances)),
            new MonitorConfiguration()
            .setQueryDecomposer(new WholeQuery()).setQueryUpdateBufferSize(REGISTER_CHUNK));
    }

    /**
     * The monitor's default splits a query's top-level disjunction into one entry per clause; ours are one clause
     * per language field for every word, so that would index each search ~11 times and confirm each candidate
     * clause by clause. Kept whole, a search is one entry, and the confirmation is cheap anyway.
     */
    private static final class WholeQuery extends QueryDecomposer {
        @Override
        public Set<Query> decompose(Query q) {
            return Set.of(q);
        }
    }

    /** Filter fields (and radius cells) weigh less than text, so the first pass picks the words of the search. */
    private static Presearcher presearcher(GeoCells geoCells) {
        Set<String> filterFields = new HashSet<>();
        for (String dim : Facets.ALL) filterFields.add(IndexSchema.filterField(dim));
        filterFields.add(GeoCells.FIELD);
        TermWeightor weightor = TermWeightor.combine(TermWeightor.fieldWeightor(FILTER_FIELD_WEIGHT, filterFields),
            TermFilteredPresearcher.DEFAULT_WEIGHTOR);
        return new MultipassTermFilteredPresearcher(PASSES, 0f, weightor, List.of(new TermSetHandler(), geoCells),
            Set.of());
    }

    /**
     * Registers (or replaces) saved searches by id.
     *
     * @throws IllegalArgumentException naming the first saved search that cannot become a query
     */
    public void register(Collection<SavedSearch> searches) throws IOException {
        LocalDate today = LocalDate.now(clock);
        List<MonitorQuery> batch = new ArrayList<>(searches.size());
        Map<String, Query[]> prunedBatch = new LinkedHashMap<>();
        for (SavedSearch s : searches) {
            Query q = queries.forAlert(s.request(), today);
            batch.add(new MonitorQuery(s.id(), q));
            prunedBatch.put(s.id(), pruners.stream().map(p -> p.prune(q)).toArray(Query[]::new));
            SearchRequest.Geo g = s.request().geo();
            if (g != null) {
                distances.computeIfAbsent(SavedSearchQueries.distanceQuery(g),
                    k -> RadiusTest.of(g, SavedSearchQueries.radiusMeters(g)));
            }
        }
        // Before the monitor: a match running meanwhile then confirms any candidate with the newest query.
        pruned.putAll(prunedBatch);
        monitor.register(batch);
    }

    /** Registers (or replaces) one saved search. */
    public void register(String id, SearchRequest request) throws IOException {
        register(List.of(new SavedSearch(id, request)));
    }

    /** Forgets saved searches (deleted, paused or unsubscribed). */
    public void remove(String... ids) throws IOException {
        monitor.deleteById(ids);
        for (String id : ids) pruned.remove(id);
    }

    /** How many candidate searches the presearcher has selected so far, over all matched vacancies (for benchmarks). */
    public long candidatesRun() {
        return candidates.sum();
    }

    /** Number of registered saved searches. */
    public int size() throws IOException {
        return monitor.getQueryCount();
    }

    /** Ids of the saved searches that one vacancy matches. */
    public List<String> match(Vacancy v) throws IOException {
        // One document per call: the monitor then builds a MemoryIndex (a batch would need an on-heap
        // IndexWriter, and every candidate of any document in it would run against all of them).
        int language = languages.indexOf(schema.fieldLanguage(v));
        MatchingQueries<QueryMatch> m = monitor.match(GeoCells.withCells(schema.toMatchDocument(v), v),
            SingleDocMatcher.factory(distances, pruned, language));
        candidates.add(m.getQueriesRun());
        logErrors(m.getErrors());
        return m.getMatches().stream().map(QueryMatch::getQueryId).sorted().toList();
    }

    /** For each vacancy (by id, in order), the ids of the saved searches it matches; vacancies matching none are left out. */
    public Map<String, List<String>> match(List<Vacancy> vacancies) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Vacancy v : vacancies) {
            List<String> ids = match(v);
            if (!ids.isEmpty()) out.put(v.id(), ids);
        }
        return out;
    }

    private static void logErrors(Map<String, Exception> errors) {
        errors.forEach((id, e) -> LOG.warn("saved search {} failed to run", id, e));
    }

    @Override
    public void close() throws IOException {
        monitor.close();
    }
}
