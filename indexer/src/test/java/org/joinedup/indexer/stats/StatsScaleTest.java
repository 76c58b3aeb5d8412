package org.joinedup.indexer.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.index.IndexSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one statistics pass over a generated multi-segment index with the doc values the schema writes agrees with
 * counts kept while generating: every canonical vacancy is counted once, in total and per council, whatever
 * segment it landed in. 10,000 documents by default (a few seconds); {@code -Dstats.scale=1000000} runs the same
 * checks at scale and prints the pass's time (a figure, not an assertion).
 */
class StatsScaleTest {
    @TempDir
    Path dir;

    @Test
    void onePassOverManyDocuments() throws Exception {
        int n = Integer.getInteger("stats.scale", 10_000);
        int canonical = 0;
        Map<String, Integer> perCouncil = new HashMap<>();
        FacetsConfig facets = new FacetsConfig();
        Facets.ALL.forEach(d -> facets.setMultiValued(d, true));
        LocalDate today = LocalDate.of(2026, 3, 15);
        Random r = new Random(42);
        long t0 = System.nanoTime();
        try (FSDirectory fs = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(fs, new IndexWriterConfig().setRAMBufferSizeMB(256))) {
            for (int i = 0; i < n; i++) {
                Document d = new Document();
                long posted = today.toEpochDay() - r.nextInt(5 * 365);
                d.add(new LongPoint(IndexSchema.POSTED, posted));
                d.add(new NumericDocValuesField(IndexSchema.POSTED, posted));
                d.add(new NumericDocValuesField(IndexSchema.CLOSING, posted + 14 + r.nextInt(60)));
                boolean isCanonical = r.nextInt(10) != 0;
                if (isCanonical) d.add(new NumericDocValuesField(IndexSchema.STATS_CANONICAL, 1));
                if (r.nextBoolean()) d.add(new NumericDocValuesField(IndexSchema.STATS_CLOSED, posted + r.nextInt(40)));
                if (r.nextInt(3) != 0) {
                    d.add(new DoubleDocValuesField(IndexSchema.STATS_SALARY, 20_000 + r.nextInt(60_000)));
                    d.add(new SortedDocValuesField(IndexSchema.STATS_CURRENCY, new BytesRef(
                        new String[] {"GBP", "EUR", "DKK"}[r.nextInt(3)])));
                }
                String council = "Council " + r.nextInt(400);
                if (isCanonical) {
                    canonical++;
                    perCouncil.merge(council, 1, Integer::sum);
                }
                d.add(new SortedSetDocValuesFacetField(Facets.EMPLOYER, council));
                d.add(new SortedSetDocValuesFacetField(Facets.REGION, "Region " + r.nextInt(60)));
                d.add(new SortedSetDocValuesFacetField(Facets.OCCUPATION, "occ" + r.nextInt(300)));
                d.add(new SortedSetDocValuesFacetField(Facets.EMPLOYMENT_TYPE, "full-time"));
                d.add(new SortedSetDocValuesFacetField(Facets.LANGUAGE, "en"));
                w.addDocument(facets.build(d));
                if ((i + 1) % (n / 8) == 0) w.flush();  // several segments: the pass must add up across them
            }
            w.forceMerge(8);
            w.commit();
        }
        long built = (System.nanoTime() - t0) / 1_000_000;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            StatsSnapshot first = new StatsBuilder(today).build(reader, (d, v, l) -> v);
            StatsSnapshot s = new StatsBuilder(today).build(reader, (d, v, l) -> v);
            long q0 = System.nanoTime();
            s.salaries(YearMonth.from(today).minusMonths(11), YearMonth.from(today));
            long salaryMs = (System.nanoTime() - q0) / 1_000_000;
            System.out.printf("stats scale: %d docs (%d canonical), index built in %d ms; stats pass %d ms (first, "
                + "cold) / %d ms (warm); salary medians for 12 months %d ms%n", n, s.vacancies(), built,
                first.computeMillis(), s.computeMillis(), salaryMs);
            assertTrue(reader.leaves().size() > 1, "segments: " + reader.leaves().size());
            assertEquals(canonical, s.vacancies(), "canonical vacancies");
            assertEquals(canonical, first.vacancies(), "the cold pass counts the same");
            assertEquals(canonical, s.total(s.firstMonth(), s.lastMonth()).totalOpened(), "each one opened once");
            assertEquals(400, s.councils().size());
            for (Series council : s.series(Dimension.EMPLOYER, s.firstMonth(), s.lastMonth())) {
                assertEquals(perCouncil.get(council.value()), (int) council.totalOpened(), council.value());
            }
        }
    }
}
