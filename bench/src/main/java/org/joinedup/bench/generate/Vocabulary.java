package org.joinedup.bench.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists behind the generator, read from the TSV and text resources next to this class: occupations
 * (most frequent first), towns per country (most frequent first) and per-language sentence templates.
 */
final class Vocabulary {
    /** An occupation concept with its label per language and a typical annual salary in EUR. */
    record Occupation(String concept, String isco, double annualEur, Map<String, String> labels) {
        Occupation {
            labels = Map.copyOf(labels);
        }
    }

    /** A real town, with the region the gazetteer knows it by. */
    record Town(String country, String name, String region, double lat, double lon) {
    }

    static final List<String> LANGUAGES = List.of("en", "nl", "da", "fi");

    private final List<Occupation> occupations;
    private final Map<String, List<Town>> townsByCountry;
    private final Map<String, Map<String, List<String>>> text = new LinkedHashMap<>();

    private Vocabulary() {
        occupations = readRows("occupations.tsv").stream().map(Vocabulary::occupation).toList();
        Map<String, List<Town>> towns = new LinkedHashMap<>();
        for (String[] r : readRows("towns.tsv")) {
            towns.computeIfAbsent(r[0], k -> new ArrayList<>())
                .add(new Town(r[0], r[1], r[2], Double.parseDouble(r[3]), Double.parseDouble(r[4])));
        }
        towns.replaceAll((k, v) -> List.copyOf(v));
        townsByCountry = Map.copyOf(towns);
        for (String lang : LANGUAGES) {
            text.put(lang, readSections("text-" + lang + ".txt"));
        }
    }

    private static final Vocabulary INSTANCE = new Vocabulary();

    static Vocabulary get() {
        return INSTANCE;
    }

    List<Occupation> occupations() {
        return occupations;
    }

    List<Town> towns(String country) {
        return townsByCountry.get(country);
    }

    /** Lines of a section of a language's text file; a section written on one line splits on '|'. */
    List<String> section(String lang, String name) {
        List<String> s = text.get(lang).get(name);
        if (s == null) throw new IllegalStateException("text-" + lang + ".txt has no [" + name + "]");
        return s;
    }

    private static Occupation occupation(String[] r) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            labels.put(LANGUAGES.get(i), r[3 + i]);
        }
        return new Occupation(r[0], r[1], Double.parseDouble(r[2]), labels);
    }

    static List<String[]> readRows(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            if (!line.isBlank() && !line.startsWith("#")) rows.add(line.split("\t"));
        }
        return rows;
    }

    private static Map<String, List<String>> readSections(String resource) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines(resource)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new ArrayList<>();
                sections.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                current.addAll(line.contains("|") ? Arrays.asList(line.split("\\|")) : List.of(line));
            }
        }
        sections.replaceAll((k, v) -> List.copyOf(v));
        return sections;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
