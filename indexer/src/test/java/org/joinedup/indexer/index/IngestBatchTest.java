package org.joinedup.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.normalise.VacancyIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes of a batch are held until its commit, then written once each (from every core for large batches):
 * the batch reads its own writes before that, an abandoned batch leaves the index as it was, and a vacancy
 * written several times in one batch ends up as one document with its last version. The store also warms every
 * new segment (its registered per-segment caches) before a search can see it.
 */
class IngestBatchTest {
    private static LanguageAnalysis analysis;

    @BeforeAll
    static void analysis() {
        analysis = new LanguageAnalysis();
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    @Test
    void largeBatchIsWrittenOnceEachAtCommitAndReadsItsOwnWrites(@TempDir Path dir) throws IOException {
        try (IndexStore store = new IndexStore(dir, new IndexSchema(analysis), Duration.ofSeconds(1))) {
            try (IngestBatch batch = store.openBatch()) {
                for (int i = 0; i < 300; i++) batch.put(vacancy("r" + i, "Care worker " + i));
                // the same vacancy again with a new title: only this last version may reach the index
                batch.put(vacancy("r7", "Senior care worker 7"));
                assertEquals("Senior care worker 7", batch.get(VacancyIds.of("src", "r7")).orElseThrow().title());
                assertEquals(0, store.docCount(), "nothing reaches the writer before the commit");
                batch.commit(Map.of("checkpoint", "t1"));
            }
            assertEquals(300, store.docCount());
            store.refresh();
            List<Vacancy> r7 = store.withSearcher(s -> IndexStore.find(s,
                new TermQuery(new Term(IndexSchema.ID, VacancyIds.of("src", "r7"))), 10));
            assertEquals(1, r7.size());
            assertEquals("Senior care worker 7", r7.getFirst().title());
            assertEquals("t1", store.commitData().get("checkpoint"));
        }
    }

    @Test
    void batchClosedWithoutCommitWritesNothing(@TempDir Path dir) throws IOException {
        try (IndexStore store = new IndexStore(dir, new IndexSchema(analysis), Duration.ofSeconds(1))) {
            try (IngestBatch batch = store.openBatch()) {
                batch.put(vacancy("kept", "Librarian"));
                batch.commit(Map.of("checkpoint", "t1"));
            }
            try (IngestBatch abandoned = store.openBatch()) {
                List<Vacancy> many = new ArrayList<>();
                for (int i = 0; i < 100; i++) many.add(vacancy("lost" + i, "Gardener"));
                many.forEach(abandoned::put);
                assertTrue(abandoned.get(VacancyIds.of("src", "lost3")).isPresent());
            }
            try (IngestBatch next = store.openBatch()) {
                assertTrue(next.get(VacancyIds.of("src", "lost3")).isEmpty(), "an abandoned batch left no trace");
                assertTrue(next.get(VacancyIds.of("src", "kept")).isPresent());
                next.commit(Map.of("checkpoint", "t2"));
            }
            assertEquals(1, store.docCount());
        }
    }

    @Test
    void everyNewSegmentIsWarmedBeforeASearchSeesIt(@TempDir Path dir) throws IOException {
        try (IndexStore store = new IndexStore(dir, new IndexSchema(analysis), Duration.ofHours(1))) {
            Set<Object> warmed = ConcurrentHashMap.newKeySet();
            store.addSegmentWarmer(leaf -> warmed.add(leaf.getCoreCacheHelper().getKey()));
            for (int round = 0; round < 3; round++) {
                try (IngestBatch batch = store.openBatch()) {
                    for (int i = 0; i < 5; i++) batch.put(vacancy("w" + round + "-" + i, "Care worker " + i));
                    batch.commit(Map.of());
                }
                store.refresh();
                int expected = 5 * (round + 1);
                store.withSearcher(s -> {
                    assertEquals(expected, s.getIndexReader().numDocs());
                    for (var leaf : s.getIndexReader().leaves()) {
                        assertTrue(warmed.contains(leaf.reader().getCoreCacheHelper().getKey()),
                            "segment " + leaf.reader() + " was handed to searches unwarmed");
                    }
                    return null;
                });
            }
            assertTrue(warmed.size() >= 3, "one new segment per commit at least: " + warmed.size());
        }
    }

    private static Vacancy vacancy(String ref, String title) {
        String id = VacancyIds.of("src", ref);
        return new Vacancy(id, "src", ref, "https://example.org/" + ref, null, title, null,
            "Support older people in their own homes.", "en", new Vacancy.Employer("Northmere District Council", null),
            null, List.of(new Vacancy.Location("Harrogate", "North Yorkshire", null, "GB", 53.99, -1.54)), null,
            List.of("full-time"), null, List.of(), LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 10), null,
            Vacancy.Lifecycle.seenNow(Instant.parse("2026-11-20T09:00:00Z")), null,
            new Vacancy.Licence("OGL-UK-3.0", "Contains public sector information"));
    }
}
