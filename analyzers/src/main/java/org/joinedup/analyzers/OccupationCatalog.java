package org.joinedup.analyzers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the occupation concepts from the {@code occupations.tsv} resource, keeping file order. */
final class OccupationCatalog {

    static final String RESOURCE = "occupations.tsv";

    /** Language of each term column, after the id and ISCO columns. */
    static final List<String> COLUMNS = List.of("en", "nl", "da", "fi");

    private OccupationCatalog() {}

    /** Loads the bundled catalog; fails loudly on a malformed line, naming its number. */
    static Map<String, OccupationConcept> load() {
        try (InputStream in = OccupationCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, OccupationConcept> parse(List<String> lines) {
        Map<String, OccupationConcept> concepts = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            try {
                OccupationConcept concept = parseLine(line);
                if (concepts.putIfAbsent(concept.id(), concept) != null) {
                    throw new IllegalArgumentException("duplicate concept id " + concept.id());
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return Collections.unmodifiableMap(concepts);
    }

    private static OccupationConcept parseLine(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 2 + COLUMNS.size()) {
            throw new IllegalArgumentException("expected " + (2 + COLUMNS.size()) + " columns, got " + cells.length);
        }
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            List<String> list = new ArrayList<>(Arrays.stream(cells[2 + c].split("\\|"))
                .map(String::strip).filter(t -> !t.isEmpty()).toList());
            if (!list.isEmpty()) terms.put(COLUMNS.get(c), list);
        }
        return new OccupationConcept(cells[0].strip(), cells[1].strip(), terms);
    }
}
