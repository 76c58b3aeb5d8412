package org.joinedup.indexer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.joinedup.indexer.Vacancy;
import org.junit.jupiter.api.Test;

/**
 * Measures find+add throughput and memory per vacancy (reported, not asserted). The default run registers 20,000
 * to keep the suite quick on shared machines; {@code -Ddedup.registered=100000} gives the figure for 100,000.
 */
class DeduplicatorThroughputTest {
    private static final int REGISTERED = Integer.getInteger("dedup.registered", 20_000);
    private static final int MEASURED = 10_000;

    @Test
    void findAndAddWithManyRegistered() throws IOException {
        SyntheticVacancies filler = new SyntheticVacancies(PairSetTest.baseAds(), 3);
        List<Vacancy> all = new ArrayList<>(REGISTERED + MEASURED);
        for (int i = 0; i < REGISTERED + MEASURED; i++) all.add(filler.next(i));
        long before = usedHeap();
        Deduplicator dedup = new Deduplicator();
        for (int i = 0; i < REGISTERED; i++) dedup.add(all.get(i));
        long perVacancy = (usedHeap() - before) / REGISTERED;

        long start = System.nanoTime();
        int merged = 0;
        for (int i = REGISTERED; i < REGISTERED + MEASURED; i++) {
            if (dedup.findDuplicateOf(all.get(i)).isPresent()) merged++;
            dedup.add(all.get(i));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "dedup throughput at %,d registered: %.0f find+add per second (1 thread); "
            + "about %d bytes of heap per registered vacancy; %d fillers merged%n", REGISTERED,
            MEASURED / seconds, perVacancy, merged);

        Vacancy planted = all.get(42);
        Vacancy copy = Vacancies.of("copy", "copy-42", planted.title(), planted.employer().name(),
            planted.locations().getFirst().locality(), planted.descriptionText(), planted.validThrough());
        assertEquals(Optional.of(planted.id()), dedup.findDuplicateOf(copy));
        assertEquals(REGISTERED + MEASURED, dedup.size());
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc(); // an estimate only: the figure is reported, not asserted
        return rt.totalMemory() - rt.freeMemory();
    }
}
