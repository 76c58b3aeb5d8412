package org.joinedup.indexer.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
    void signaturesSharingNoKeyAreRarelyCandidatesEvenWhenTheyShareABucket() throws IOException {
        SyntheticVacancies filler = new SyntheticVacancies(PairSetTest.baseAds(), 2);
        // Eight buckets per table in a new store: unrelated signatures share buckets in nearly every one of the
        // 36 tables. The check byte lets through 1 in 256 of those: about 1.7 % of them come back.
        SignatureStore store = new SignatureStore();
        Signature registered = signatures.of(filler.next(0));
        store.put(registered);
        long[] a = SignatureStore.keys(registered);
        int unrelated = 0;
        int returned = 0;
        for (int i = 1; i < 2_000; i++) {
            Signature other = signatures.of(filler.next(i));
            long[] b = SignatureStore.keys(other);
            boolean sharesKey = other.titleKey().equals(registered.titleKey()); // also the +-1 day closing keys
            for (int t = 0; t < SignatureStore.TABLES; t++) sharesKey |= a[t] != 0 && a[t] == b[t];
            if (sharesKey) continue;
            unrelated++;
            if (!store.candidates(other).isEmpty()) returned++;
        }
        assertTrue(unrelated > 1_000, "most fillers share no key: " + unrelated);
        assertTrue(returned < unrelated * 0.05, returned + " of " + unrelated + " unrelated came back");
    }

    @Test
    void mostFrequentTakesTheCommonestValuesSmallestFirstOnTies() {
        int[] values = {7, 3, 9, 3, 7, 1, 3, 9, 5};
        int[] out = new int[5];
        out[0] = 42;
        int end = SignatureStore.mostFrequent(values, values.length, 3, out, 1);
        assertEquals(4, end);
        assertArrayEquals(new int[] {42, 3, 7, 9, 0}, out);
    }

    @Test
    void minHashSignaturesStayAsRegistered() {
        // The update as a vectorisable min over sign-flipped values must give exactly what the unsigned
        // compare-and-branch update gave: these are that implementation's values.
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 400; i++) words.add("w" + i);
        assertEquals(-53693028, Arrays.hashCode(MinHasher.signature(words)));
        assertEquals(-1641491437, Arrays.hashCode(MinHasher.signature(List.of("a", "b"))));
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
