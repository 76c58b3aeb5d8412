package org.joinedup.indexer.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.crawler.Posting;
import org.joinedup.indexer.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Separated on purpose: this test goes through the real {@link LanguageAnalysis} (a stub in some branches, the real
 * detector and occupation concepts in others). It asserts the contract between the two, so it holds for both: every
 * concept the analysis finds in the title appears as a "joinedup" occupation labelled in the vacancy's language,
 * after the posting's own coded occupations, and the language is a supported tag or "und".
 */
class NormaliserConceptsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Wijkverpleegkundige|lindeveen|nl", "Sairaanhoitaja|koivula|fi", "Sygeplejerske|fjordby|da",
        "Staff Nurse|northmere|en", "Varhaiskasvatuksen opettaja|koivula|fi"})
    void conceptsFromTheTitleBecomeJoinedUpOccupations(String title, String sourceId, String lang) {
        try (LanguageAnalysis analysis = new LanguageAnalysis()) {
            var source = NormaliserTest.source(sourceId, "Council", "Region", "GB", lang);
            Posting p = Posting.builder(sourceId, "ref-1").title(title)
                .occupation(new Posting.Occupation("ISCO-08", "2221", null)).build();
            Vacancy v = new Normaliser(analysis).normalise(p, source, NormaliserTest.NOW);
            assertTrue(LanguageAnalysis.LANGUAGES.contains(v.language())
                || LanguageAnalysis.FALLBACK.equals(v.language()), v.language());
            List<String> concepts = analysis.occupationConcepts(title, v.language());
            assertEquals(new Vacancy.Occupation("ISCO-08", "2221", null), v.occupations().getFirst());
            assertEquals(concepts.stream().map(c -> new Vacancy.Occupation(Normaliser.CONCEPT_SCHEME, c,
                analysis.occupationLabel(c, v.language()))).toList(), v.occupations().subList(1, v.occupations().size()));
        }
    }
}
