package org.joinedup.analyzers;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One occupation concept from {@code occupations.tsv}: its id, ISCO-08 unit group and, per language, its
 * terms (the first term of each language is that language's label).
 */
record OccupationConcept(String id, String isco08, Map<String, List<String>> termsByLanguage) {

    OccupationConcept {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(isco08, "isco08");
        if (!id.matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("concept id not [a-z0-9_]: " + id);
        termsByLanguage = termsByLanguage.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        if (termsByLanguage.values().stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException(id + ": empty term list");
        }
    }

    /** The label in a language, the English label when that language has none. */
    String label(String language) {
        List<String> terms = termsByLanguage.getOrDefault(language, termsByLanguage.get("en"));
        return terms == null ? id : terms.get(0);
    }
}
