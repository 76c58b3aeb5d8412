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
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
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
 */
public final class AlertMatcher implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertMatcher.class);

    private final IndexSchema schema;
    private final SavedSearchQueries queries;
    private final Clock clock;
    private final Monitor monitor;

    public AlertMatcher(IndexSchema schema, Clock clock) throws IOException {
        this.schema = schema;
        this.queries = new SavedSearchQueries(schema);
        this.clock = clock;
        this.monitor = new Monitor(schema.perFieldAnalyzer(), new TermFilteredPresearcher());
    }

    /**
     * Registers (or replaces) saved searches by id.
     *
     * @throws IllegalArgumentException naming the first saved search that cannot become a query
     */
    public void register(Collection<SavedSearch> searches) throws IOException {
        LocalDate today = LocalDate.now(clock);
        List<MonitorQuery> batch = new ArrayList<>(searches.size());
        for (SavedSearch s : searches) {
            batch.add(new MonitorQuery(s.id(), queries.forAlert(s.request(), today)));
        }
        monitor.register(batch);
    }

    /** Registers (or replaces) one saved search. */
    public void register(String id, SearchRequest request) throws IOException {
        register(List.of(new SavedSearch(id, request)));
    }

    /** Forgets saved searches (deleted, paused or unsubscribed). */
    public void remove(String... ids) throws IOException {
        monitor.deleteById(ids);
    }

    /** Number of registered saved searches. */
    public int size() throws IOException {
        return monitor.getQueryCount();
    }

    /** Ids of the saved searches that one vacancy matches. */
    public List<String> match(Vacancy v) throws IOException {
        MatchingQueries<QueryMatch> m = monitor.match(schema.toDocument(v), QueryMatch.SIMPLE_MATCHER);
        logErrors(m.getErrors());
        return m.getMatches().stream().map(QueryMatch::getQueryId).sorted().toList();
    }

    /** For each vacancy (by id, in order), the ids of the saved searches it matches; vacancies matching none are left out. */
    public Map<String, List<String>> match(List<Vacancy> vacancies) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (vacancies.isEmpty()) return out;
        Document[] docs = new Document[vacancies.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = schema.toDocument(vacancies.get(i));
        }
        MultiMatchingQueries<QueryMatch> m = monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
        logErrors(m.getErrors());
        for (int i = 0; i < docs.length; i++) {
            List<String> ids = m.getMatches(i).stream().map(QueryMatch::getQueryId).sorted().toList();
            if (!ids.isEmpty()) out.put(vacancies.get(i).id(), ids);
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
