package org.joinedup.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.index.IndexSchema;
import org.joinedup.indexer.search.SavedSearchQueries;
import org.junit.jupiter.api.Test;

class SavedSearchGeneratorTest {
    private static final List<String> EMPLOYERS = List.of("Northmere District Council", "Gemeente Lindeveen");

    @Test
    void sameSeedGivesSameSearches() {
        assertEquals(draw(42, 500), draw(42, 500));
    }

    @Test
    void everySearchBecomesAnAlertQueryAndTheMixHasTheIntendedShape() throws Exception {
        List<SearchRequest> searches = draw(7, 5_000);
        try (LanguageAnalysis analysis = new LanguageAnalysis()) {
            SavedSearchQueries queries = new SavedSearchQueries(new IndexSchema(analysis));
            for (SearchRequest r : searches) queries.forAlert(r, LocalDate.of(2026, 3, 2));
        }
        long filterOnly = searches.stream().filter(r -> r.query().isEmpty()).count();
        long placed = searches.stream().filter(r -> !r.filter(Dimension.REGION).isEmpty() || r.geo() != null).count();
        long short3 = searches.stream().filter(r -> r.query().split("\\s+").length <= 3).count();
        assertTrue(filterOnly > 30 && filterOnly < 130, "about 1.5 % filter-only: " + filterOnly);
        assertTrue(placed > 3_800 && placed < 4_200, "about 80 % with a place: " + placed);
        assertTrue(short3 > 4_250, "mostly 1-3 words: " + short3);
    }

    private static List<SearchRequest> draw(long seed, int n) {
        SavedSearchGenerator g = new SavedSearchGenerator(seed, EMPLOYERS);
        List<SearchRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(g.next());
        return out;
    }
}
