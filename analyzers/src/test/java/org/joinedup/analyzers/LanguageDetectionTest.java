package org.joinedup.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Detection accuracy on langid/titles.tsv: real job titles from the corpus (Helsinki, Kuntarekry, jobnet.dk,
 * schema.org, adobe, ROME Google Base, Jobvite, NAV), plus a minority of Dutch titles written for this
 * project. Prints accuracy with and without the declared language.
 */
class LanguageDetectionTest {

    private record Labelled(String language, String declared, String text, String origin) {}

    private static LanguageAnalysis analysis;
    private static List<Labelled> titles;

    @BeforeAll
    static void load() throws IOException {
        analysis = new LanguageAnalysis();
        titles = new ArrayList<>();
        try (InputStream in = LanguageDetectionTest.class.getResourceAsStream("/langid/titles.tsv")) {
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .forEach(c -> titles.add(new Labelled(c[0], c[1], c[2], c[3])));
        }
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    @Test
    void labelledSetIsLargeEnoughAndMostlyReal() {
        assertTrue(titles.size() >= 120, "titles: " + titles.size());
        long written = titles.stream().filter(t -> t.origin().equals("written for this project")).count();
        assertTrue(written * 5 < titles.size(), "written titles must stay a clear minority: " + written);
    }

    @Test
    void atLeast95PercentCorrectWithTheDeclaredPrior() {
        double withPrior = accuracy(true);
        double withoutPrior = accuracy(false);
        System.out.printf("language detection on %d titles: %.1f%% with declared prior, %.1f%% without%n",
            titles.size(), 100 * withPrior, 100 * withoutPrior);
        assertTrue(withPrior >= 0.95, "accuracy with prior " + withPrior);
        assertTrue(withPrior >= withoutPrior, "the prior must not hurt");
    }

    @Test
    void priorKeepsShortTextsAndYieldsToClearEvidence() {
        assertEquals("da", analysis.detect("Kok", "da-DK"));
        assertEquals("fi", analysis.detect("", "fi_FI"));
        assertEquals(LanguageAnalysis.FALLBACK, analysis.detect("", null));
        assertEquals(LanguageAnalysis.FALLBACK, analysis.detect("ok", "xx"));
        // a Danish feed carrying an English ad
        assertEquals("en", analysis.detect("We are looking for forklift drivers for temporary positions during the summer", "da"));
        // Helsinki's Swedish titles: a neighbour language goes to the fallback fields
        assertEquals(LanguageAnalysis.FALLBACK, analysis.detect("socialarbetare, handikappservice", "sv"));
        assertEquals(LanguageAnalysis.FALLBACK, analysis.detect("Lärare inom småbarnspedagogik", null));
    }

    private static double accuracy(boolean usePrior) {
        int correct = 0;
        Map<String, Integer> errors = new TreeMap<>();
        for (Labelled t : titles) {
            String detected = analysis.detect(t.text(), usePrior ? t.declared() : null);
            if (detected.equals(t.language())) {
                correct++;
            } else {
                errors.merge(t.language() + "->" + detected, 1, Integer::sum);
                if (usePrior) System.out.println("  missed (" + t.language() + " -> " + detected + "): " + t.text());
            }
        }
        System.out.println((usePrior ? "with" : "without") + " prior, errors by kind: " + errors);
        return (double) correct / titles.size();
    }
}
