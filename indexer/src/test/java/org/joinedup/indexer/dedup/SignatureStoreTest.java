package org.joinedup.indexer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureStoreTest {
    private final Signatures signatures = new Signatures();

    @Test
    void chainsSurviveGrowthAndRemovalAndSlotsAreReused() throws IOException {
        SyntheticVacancies filler = new SyntheticVacancies(PairSetTest.baseAds(), 1);
        SignatureStore store = new SignatureStore();
        List<Signature> added = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Signature s = signatures.of(filler.next(i));
            added.add(s);
            store.put(s);
        }
        for (int i = 0; i < added.size(); i += 3) assertTrue(store.remove(added.get(i).id()));
        assertFalse(store.remove(added.get(0).id()), "already removed");
        for (int i = 0; i < added.size(); i++) {
            boolean found = store.candidates(added.get(i)).contains(added.get(i));
            assertEquals(i % 3 != 0, found, "signature " + i);
        }
        assertEquals(2_000, store.size());
        for (int i = 0; i < added.size(); i += 3) store.put(added.get(i));
        assertEquals(3_000, store.size());
        assertTrue(store.candidates(added.get(0)).contains(added.get(0)));
    }

    @Test
    void minHashEstimatesJaccardOfShingles() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 400; i++) words.add("w" + i);
        // Replacing the last 100 words leaves 297 of 397 shingles shared out of 497: Jaccard about 0.60.
        List<String> edited = new ArrayList<>(words.subList(0, 300));
        for (int i = 0; i < 100; i++) edited.add("x" + i);
        double j = MinHasher.jaccard(MinHasher.signature(words), MinHasher.signature(edited));
        assertEquals(297.0 / 497, j, 0.12);
        assertEquals(1.0, MinHasher.jaccard(MinHasher.signature(words), MinHasher.signature(List.copyOf(words))));
    }
}
