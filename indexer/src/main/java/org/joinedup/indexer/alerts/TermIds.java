package org.joinedup.indexer.alerts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.index.IndexSchema;

/**
 * Numbers every term that a saved search mentions (field and bytes), so that a vacancy's terms become a bit set
 * and a saved search's term tests become bit tests. Also guesses how selective each term is, for choosing the
 * terms a search is indexed under. Not thread-safe: {@link AlertMatcher} writes it under its write lock only.
 */
final class TermIds {
    /** Text words come first: a word is shared by far fewer vacancies than any filter value. */
    private static final float TEXT_WEIGHT = 10f;
    /**
     * Filter fields by how finely they split vacancies: an employer or a map cell picks a few percent of them, a
     * region somewhat more, an employment or workplace type or a language a large share.
     */
    private static final Map<String, Float> FILTER_WEIGHTS = Map.of(
        IndexSchema.filterField(Facets.EMPLOYER), 5f,
        GeoCells.FIELD, 4f,
        IndexSchema.filterField(Facets.OCCUPATION), 3f,
        IndexSchema.filterField(Facets.REGION), 3f,
        IndexSchema.filterField(Facets.EMPLOYMENT_TYPE), 1f,
        IndexSchema.filterField(Facets.WORKPLACE_TYPE), 1f,
        IndexSchema.filterField(Facets.LANGUAGE), 0.5f);
    private static final float OTHER_FIELD_WEIGHT = 2f;

    private final Map<String, Map<BytesRef, Integer>> byField = new HashMap<>();
    private final List<Float> weights = new ArrayList<>();

    /** The term's number, numbering it if new. */
    int intern(String field, BytesRef bytes) {
        Map<BytesRef, Integer> terms = byField.computeIfAbsent(field, f -> new HashMap<>());
        Integer id = terms.get(bytes);
        if (id == null) {
            id = weights.size();
            terms.put(BytesRef.deepCopyOf(bytes), id);
            weights.add(weight(field, bytes));
        }
        return id;
    }

    /** The terms of one field, by bytes to number, or null when no saved search mentions the field. */
    Map<BytesRef, Integer> field(String field) {
        return byField.get(field);
    }

    /** The number of a term, or -1 when no saved search mentions it. */
    int find(String field, BytesRef bytes) {
        Map<BytesRef, Integer> terms = byField.get(field);
        Integer id = terms == null ? null : terms.get(bytes);
        return id == null ? -1 : id;
    }

    /** How many terms are numbered (numbers run from 0 to this, exclusive). */
    int size() {
        return weights.size();
    }

    /** Higher means fewer vacancies are expected to have the term. */
    float weight(int id) {
        return weights.get(id);
    }

    /** Longer words are rarer; a filter's weight is its field's. */
    private static float weight(String field, BytesRef bytes) {
        Float filter = FILTER_WEIGHTS.get(field);
        if (filter != null) return filter;
        if (field.startsWith("f_")) return OTHER_FIELD_WEIGHT;
        boolean text = field.equals(IndexSchema.OCCUPATION_TEXT) || field.startsWith("title_")
            || field.startsWith("body_");
        return text ? TEXT_WEIGHT + Math.min(bytes.length, 20) : OTHER_FIELD_WEIGHT;
    }
}
