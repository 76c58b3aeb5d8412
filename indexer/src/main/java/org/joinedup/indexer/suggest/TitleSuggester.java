package org.joinedup.indexer.suggest;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.index.IndexStore;

/**
 * Autocomplete over the titles of open vacancies and the labels (in every language) of their occupations.
 * Matches the start of any word, so "nur" finds "Community Nurse" and "sairaan" finds "Sairaanhoitaja".
 * Rebuilt from scratch whenever the index has changed (a few thousand short entries build in milliseconds);
 * lookups keep using the previous suggestions until the new ones are ready. Thread-safe.
 */
public final class TitleSuggester implements Closeable {
    /** Completions are offered from this many characters on. */
    public static final int MIN_PREFIX = 2;

    private final LanguageAnalysis analysis;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private AnalyzingInfixSuggester current;
    private Object builtFor;

    /** @param analysis gives the occupation labels per language */
    public TitleSuggester(LanguageAnalysis analysis) {
        this.analysis = analysis;
    }

    /** True when the suggestions were last built for this index state. */
    public boolean isBuiltFor(Object state) {
        lock.readLock().lock();
        try {
            return state.equals(builtFor);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Rebuilds from the open, canonical vacancies a searcher sees, unless already built for its reader version
     * and day (the day decides what has expired).
     */
    public synchronized void refreshFrom(IndexSearcher s, LocalDate today) throws IOException {
        List<Object> state = List.of(((DirectoryReader) s.getIndexReader()).getVersion(), today);
        if (isBuiltFor(state)) return;
        Query open = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexSchema.CANONICAL, IndexSchema.YES)), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(IndexSchema.STATUS, Vacancy.Status.OPEN.name())), BooleanClause.Occur.FILTER)
            .add(LongPoint.newRangeQuery(IndexSchema.CLOSING, today.toEpochDay(), Long.MAX_VALUE),
                BooleanClause.Occur.FILTER)
            .build();
        rebuild(IndexStore.find(s, open, Math.max(1, s.getIndexReader().maxDoc())), state);
    }

    /** Replaces the suggestions with those of these open, canonical vacancies. */
    public void rebuild(List<Vacancy> open, Object state) throws IOException {
        List<Suggestion> entries = entries(open);
        AnalyzingInfixSuggester next = null;
        if (!entries.isEmpty()) {
            next = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), new SuggestAnalyzer());
            next.build(new SuggestionSource(entries));
        }
        AnalyzingInfixSuggester old;
        lock.writeLock().lock();
        try {
            old = current;
            current = next;
            builtFor = state;
        } finally {
            lock.writeLock().unlock();
        }
        if (old != null) old.close();
    }

    /** Up to n suggestions for what the user has typed so far, most vacancies first. */
    public List<Suggestion> suggest(String prefix, int n) throws IOException {
        if (prefix == null || prefix.strip().length() < MIN_PREFIX || n <= 0) return List.of();
        lock.readLock().lock();
        try {
            if (current == null) return List.of();
            List<Suggestion> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Lookup.LookupResult r : current.lookup(prefix.strip(), n * 2, true, false)) {
                String text = r.key.toString();
                if (!seen.add(text.toLowerCase(Locale.ROOT))) continue;
                String[] meta = r.payload.utf8ToString().split("\\|", 2);
                out.add(new Suggestion(text, meta[0], meta.length > 1 ? meta[1] : "und", r.value));
                if (out.size() == n) break;
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<Suggestion> entries(List<Vacancy> open) {
        Map<String, long[]> titles = new LinkedHashMap<>();
        Map<String, String> titleLanguage = new LinkedHashMap<>();
        Map<String, long[]> concepts = new LinkedHashMap<>();
        for (Vacancy v : open) {
            String title = v.title().strip();
            if (!title.isEmpty() && title.length() <= 200) {
                titles.computeIfAbsent(title, k -> new long[1])[0]++;
                titleLanguage.putIfAbsent(title, v.language() == null ? "und" : v.language());
            }
            v.occupations().stream().filter(o -> "joinedup".equals(o.scheme()) && o.code() != null)
                .map(Vacancy.Occupation::code).distinct()
                .forEach(c -> concepts.computeIfAbsent(c, k -> new long[1])[0]++);
        }
        List<Suggestion> out = new ArrayList<>();
        titles.forEach((t, c) -> out.add(new Suggestion(t, Suggestion.TITLE, titleLanguage.get(t), c[0])));
        concepts.forEach((concept, c) -> {
            Set<String> labels = new HashSet<>();
            for (String lang : LanguageAnalysis.LANGUAGES) {
                String label = analysis.occupationLabel(concept, lang);
                if (label != null && !label.isBlank() && labels.add(label)) {
                    out.add(new Suggestion(label, Suggestion.OCCUPATION, lang, c[0]));
                }
            }
        });
        return out;
    }

    @Override
    public void close() throws IOException {
        lock.writeLock().lock();
        try {
            if (current != null) current.close();
            current = null;
            builtFor = null;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
