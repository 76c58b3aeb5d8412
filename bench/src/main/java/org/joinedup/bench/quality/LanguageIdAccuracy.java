package org.joinedup.bench.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joinedup.analyzers.LanguageAnalysis;

/**
 * Language-ID accuracy of {@link LanguageAnalysis#detect} on the analyzers' labelled title set
 * ({@code analyzers/src/test/resources/langid/titles.tsv}: language, declared, text, origin), with and without
 * the declared language as prior, per language, and the speed of detection.
 */
final class LanguageIdAccuracy {
    private record Labelled(String language, String declared, String text) {
    }

    private LanguageIdAccuracy() {
    }

    static void run(Path tsv) throws IOException {
        List<Labelled> rows = Files.readAllLines(tsv).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(l -> l.split("\t", -1))
            .map(c -> new Labelled(c[0], c[1], c[2]))
            .toList();
        try (LanguageAnalysis analysis = new LanguageAnalysis()) {
            for (boolean prior : List.of(true, false)) {
                Map<String, int[]> perLanguage = new TreeMap<>();
                int correct = 0;
                long t0 = System.nanoTime();
                for (Labelled r : rows) {
                    boolean ok = analysis.detect(r.text(), prior ? r.declared() : null).equals(r.language());
                    int[] c = perLanguage.computeIfAbsent(r.language(), k -> new int[2]);
                    c[1]++;
                    if (ok) {
                        c[0]++;
                        correct++;
                    }
                }
                double micros = (System.nanoTime() - t0) / 1e3 / rows.size();
                StringBuilder per = new StringBuilder();
                perLanguage.forEach((lang, c) -> per.append(String.format(" %s %d/%d", lang, c[0], c[1])));
                System.out.printf("language ID %s declared prior: %.1f %% of %d titles correct (%s), %.0f µs per title%n",
                    prior ? "with" : "without", 100.0 * correct / rows.size(), rows.size(), per.toString().strip(),
                    micros);
            }
        }
    }
}
