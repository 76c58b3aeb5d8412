package org.joinedup.indexer.alerts;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.search.SavedSearchQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the saved searches a new vacancy matches. Saved searches are indexed by the terms a vacancy needs to
 * match them (the presearcher, {@link PresearchIndex}), so each vacancy is checked only against the few searches
 * that could match it, on a one-document in-memory index built with the same analyzers as the main index.
 * Thread-safe: matches run in parallel with each other; registering and removing wait for them.
 *
 * <p>Why it is fast: each search is kept per field language as a {@link Condition} compiled from its Lucene query
 * ({@link ConditionCompiler}, after {@link LanguagePruner} drops the other languages' fields), whose terms are
 * numbers ({@link TermIds}); a vacancy's terms become a bit set once, so confirming a candidate is a few bit tests
 * (phrases and other rare shapes are still asked of Lucene, only when their terms are all there). A search is
 * filed under its two most selective sets of terms ({@link Anchors}: its words, then its region, employer, or
 * the map cells of its radius, {@link GeoCells}), so a vacancy reaches only searches sharing both with it.
 */
public final class AlertMatcher implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertMatcher.class);

    private final IndexSchema schema;
    private final Analyzer analyzer;
    private final SavedSearchQueries queries;
    private final Clock clock;
    private final List<String> languages;
    private final List<LanguagePruner> pruners;
    /**
     * Distance predicates of the radius searches, by their query; entries are shared by searches with the same
     * centre and radius and never removed (there are only so many towns and radii).
     */
    private final Map<Query, RadiusPredicate> distances = new ConcurrentHashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final TermIds terms = new TermIds();
    private final ConditionCompiler compiler = new ConditionCompiler(terms, distances);
    private final PresearchIndex[] byLanguage;
    private final Map<String, SavedEntry> byId = new HashMap<>();
    /** Saved search ids by slot; null for free slots. */
    private final List<String> idsBySlot = new ArrayList<>();
    private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();
    private final LongAdder candidates = new LongAdder();

    public AlertMatcher(IndexSchema schema, Clock clock) throws IOException {
        this.schema = schema;
        this.analyzer = schema.perFieldAnalyzer();
        this.queries = new SavedSearchQueries(schema);
        this.clock = clock;
        this.languages = schema.analysis().fieldLanguages();
        this.pruners = languages.stream().map(l -> new LanguagePruner(languages, l)).toList();
        this.byLanguage = languages.stream().map(l -> new PresearchIndex()).toArray(PresearchIndex[]::new);
    }

    /**
     * Registers (or replaces) saved searches by id.
     *
     * @throws IllegalArgumentException naming the first saved search that cannot become a query
     */
    public void register(Collection<SavedSearch> searches) throws IOException {
        LocalDate today = LocalDate.now(clock);
        // Parsing (analysis) is most of the work and needs no lock; only compiling numbers terms.
        Map<String, Query[]> pruned = new LinkedHashMap<>();
        for (SavedSearch s : searches) {
            Query q = queries.forAlert(s.request(), today);
            SearchRequest.Geo g = s.request().geo();
            if (g != null) {
                distances.computeIfAbsent(SavedSearchQueries.distanceQuery(g),
                    k -> RadiusPredicate.of(g, SavedSearchQueries.radiusMeters(g)));
            }
            pruned.put(s.id(), pruners.stream().map(p -> p.prune(q)).toArray(Query[]::new));
        }
        lock.writeLock().lock();
        try {
            pruned.forEach(this::add);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Registers (or replaces) one saved search. */
    public void register(String id, SearchRequest request) throws IOException {
        register(List.of(new SavedSearch(id, request)));
    }

    private void add(String id, Query[] pruned) {
        forget(id);
        Condition[] conditions = new Condition[pruned.length];
        Anchors[] anchors = new Anchors[pruned.length];
        for (int l = 0; l < pruned.length; l++) {
            conditions[l] = compiler.compile(pruned[l]);
            anchors[l] = Anchors.of(conditions[l], terms);
        }
        int slot = freeSlots.isEmpty() ? idsBySlot.size() : freeSlots.pop();
        if (slot == idsBySlot.size()) idsBySlot.add(null);
        idsBySlot.set(slot, id);
        for (int l = 0; l < pruned.length; l++) {
            if (anchors[l] != Anchors.NEVER) byLanguage[l].add(slot, conditions[l], anchors[l]);
        }
        byId.put(id, new SavedEntry(id, slot, anchors));
    }

    /** Forgets saved searches (deleted, paused or unsubscribed). */
    public void remove(String... ids) throws IOException {
        lock.writeLock().lock();
        try {
            for (String id : ids) forget(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void forget(String id) {
        SavedEntry e = byId.remove(id);
        if (e == null) return;
        for (int l = 0; l < byLanguage.length; l++) {
            if (e.anchors()[l] != Anchors.NEVER) byLanguage[l].remove(e.slot(), e.anchors()[l]);
        }
        idsBySlot.set(e.slot(), null);
        freeSlots.push(e.slot());
    }

    /** How many candidate searches the presearcher has selected so far, over all matched vacancies (for benchmarks). */
    public long candidatesRun() {
        return candidates.sum();
    }

    /** Number of registered saved searches. */
    public int size() throws IOException {
        lock.readLock().lock();
        try {
            return byId.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Ids of the saved searches that one vacancy matches. */
    public List<String> match(Vacancy v) throws IOException {
        int language = languages.indexOf(schema.fieldLanguage(v));
        // Analysis is the costly part of a vacancy and needs no lock.
        MemoryIndex index = MemoryIndex.fromDocument(schema.toMatchDocument(v), analyzer);
        List<String> out = new ArrayList<>();
        lock.readLock().lock();
        try {
            DocTerms doc = new DocTerms(index, v, terms);
            candidates.add(byLanguage[language].match(doc, idsBySlot.size(), new PresearchIndex.Results() {
                @Override
                public void matched(int slot) {
                    out.add(idsBySlot.get(slot));
                }

                /** A search that fails to run is logged and skipped, so one bad search cannot stop everyone's alerts. */
                @Override
                public void failed(int slot, Exception e) {
                    LOG.warn("saved search {} failed to run", idsBySlot.get(slot), e);
                }
            }));
        } finally {
            lock.readLock().unlock();
        }
        out.sort(null);
        return out;
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

    @Override
    public void close() throws IOException {
        lock.writeLock().lock();
        try {
            byId.keySet().stream().toList().forEach(this::forget);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
