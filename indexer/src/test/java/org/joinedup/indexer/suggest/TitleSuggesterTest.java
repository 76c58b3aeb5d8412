package org.joinedup.indexer.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.indexer.Vacancy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TitleSuggesterTest {
    private static LanguageAnalysis analysis;

    @BeforeAll
    static void load() {
        analysis = new LanguageAnalysis();
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    private static Vacancy vacancy(String id, String title, String lang, String concept) {
        List<Vacancy.Occupation> occ = concept == null ? List.of()
            : List.of(new Vacancy.Occupation("joinedup", concept, concept));
        return new Vacancy(id, "s", id, null, null, title, "", "", lang, new Vacancy.Employer("Council", null), null,
            null, null, null, null, occ, null, null, null, Vacancy.Lifecycle.seenNow(Instant.EPOCH), null,
            new Vacancy.Licence("CC0-1.0", null));
    }

    @Test
    void completesAnyWordOfTitlesMostFrequentFirst() throws Exception {
        try (TitleSuggester s = new TitleSuggester(analysis)) {
            s.rebuild(List.of(vacancy("1", "Community Nurse", "en", null), vacancy("2", "Staff Nurse", "en", null),
                vacancy("3", "Staff Nurse", "en", null), vacancy("4", "Sygeplejerske i Århus", "da", null)), 1);
            List<Suggestion> nur = s.suggest("nur", 5);
            assertEquals(List.of("Staff Nurse", "Community Nurse"), nur.stream().map(Suggestion::text).toList());
            assertEquals(2, nur.get(0).count());
            assertEquals(Suggestion.TITLE, nur.get(0).kind());
            assertEquals("Sygeplejerske i Århus", s.suggest("arh", 5).get(0).text(), "accents folded");
            assertEquals("da", s.suggest("SYGE", 5).get(0).language());
            assertTrue(s.suggest("n", 5).isEmpty(), "one letter is too short");
            assertEquals(1, s.suggest("nurse", 1).size());
        }
    }

    @Test
    void offersOccupationLabelsInEveryLanguage() throws Exception {
        String nurse = analysis.occupationConcepts("Staff Nurse", "en").getFirst();
        try (TitleSuggester s = new TitleSuggester(analysis)) {
            s.rebuild(List.of(vacancy("1", "Wijkteam zorg", "nl", nurse)), "v1");
            String dutch = analysis.occupationLabel(nurse, "nl");
            List<Suggestion> found = s.suggest(dutch.substring(0, 4), 10);
            assertTrue(found.stream().anyMatch(x -> x.text().equals(dutch) && x.kind().equals(Suggestion.OCCUPATION)),
                found::toString);
            String finnish = analysis.occupationLabel(nurse, "fi");
            assertTrue(s.suggest(finnish.substring(0, 5), 10).stream().anyMatch(x -> x.text().equals(finnish)));
        }
    }

    @Test
    void rebuildReplacesAndTracksState() throws Exception {
        try (TitleSuggester s = new TitleSuggester(analysis)) {
            assertTrue(s.suggest("nurse", 5).isEmpty(), "nothing built yet");
            s.rebuild(List.of(vacancy("1", "Librarian", "en", null)), 1L);
            assertTrue(s.isBuiltFor(1L));
            assertFalse(s.isBuiltFor(2L));
            s.rebuild(List.of(), 2L);
            assertTrue(s.suggest("lib", 5).isEmpty());
            assertTrue(s.isBuiltFor(2L));
        }
    }
}
