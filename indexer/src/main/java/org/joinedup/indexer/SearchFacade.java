package org.joinedup.indexer;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.indexer.index.DuplicateClusters;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.index.IndexStore;
import org.joinedup.indexer.normalise.PlaceLookup;
import org.joinedup.indexer.search.VacancySearcher;
import org.joinedup.indexer.stats.StatsCache;
import org.joinedup.indexer.stats.StatsSnapshot;
import org.joinedup.indexer.suggest.Suggestion;
import org.joinedup.indexer.suggest.TitleSuggester;

/**
 * The read side of the indexer: searches, single vacancies, suggestions, statistics and place look-ups, all on
 * the current searcher, concurrently with ingests and with each other.
 */
final class SearchFacade implements Closeable {
    private final Clock clock;
    private final IndexStore store;
    private final DuplicateClusters clusters;
    private final VacancySearcher searcher;
    private final TitleSuggester suggester;
    private final StatsCache statistics;

    SearchFacade(IndexStore store, DuplicateClusters clusters, LanguageAnalysis analysis, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.clusters = clusters;
        this.searcher = new VacancySearcher(store, clusters);
        this.suggester = new TitleSuggester(analysis);
        this.statistics = new StatsCache(store, clock, (dim, value, lang) -> dim == Dimension.OCCUPATION
            ? analysis.occupationLabel(value, lang) : value);
    }

    SearchResult search(SearchRequest request) throws IOException {
        return searcher.search(request, LocalDate.now(clock));
    }

    Optional<Vacancy> get(String id) throws IOException {
        return store.withSearcher(s -> {
            List<Vacancy> found = IndexStore.find(s, new TermQuery(new Term(IndexSchema.ID, id)), 1);
            return found.isEmpty() ? Optional.<Vacancy>empty() : Optional.of(clusters.withLinks(s, found.getFirst()));
        });
    }

    List<Suggestion> suggest(String prefix, int n) throws IOException {
        LocalDate today = LocalDate.now(clock);
        store.withSearcher(s -> {
            suggester.refreshFrom(s, today);
            return null;
        });
        return suggester.suggest(prefix, n);
    }

    StatsSnapshot statistics() throws IOException {
        return statistics.current();
    }

    Optional<GeoPoint> geocode(String place) {
        return PlaceLookup.find(place);
    }

    @Override
    public void close() throws IOException {
        suggester.close();
    }
}
