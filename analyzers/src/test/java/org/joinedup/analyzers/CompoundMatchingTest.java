package org.joinedup.analyzers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A query word finds the compounds it is part of: its tokens all occur among the compound's tokens. */
class CompoundMatchingTest {

    private static LanguageAnalysis analysis;

    @BeforeAll
    static void build() {
        analysis = new LanguageAnalysis();
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" finds \"{2}\"")
    @CsvSource({
        "nl, medewerker, beleidsmedewerker",
        "nl, verpleegkundige, Wijkverpleegkundigen",
        "nl, zorg, thuiszorg",
        "da, medarbejder, Kundeservicemedarbejder",
        "da, assistent, Rengøringsassistent",
        "da, sygeplejerske, hjemmesygeplejersker",
        "da, pædagog, specialpædagoger",
        "fi, hoitaja, lähihoitaja",
        "fi, hoitaja, sairaanhoitajan",
        "fi, opettaja, luokanopettaja",
        "fi, ohjaaja, nuoriso-ohjaaja",
    })
    void queryWordFindsCompound(String language, String query, String document) {
        Set<String> documentTokens = terms(language, document);
        List<String> queryTokens = AnalysisTokens.of(analysis.analyzer(language), query);
        assertTrue(!queryTokens.isEmpty() && documentTokens.containsAll(queryTokens),
            () -> queryTokens + " not all in " + documentTokens);
    }

    private static Set<String> terms(String language, String text) {
        Set<String> out = new HashSet<>();
        AnalysisTokens.of(analysis.analyzer(language), text).forEach(t -> out.add(t.startsWith("+") ? t.substring(1) : t));
        return out;
    }
}
