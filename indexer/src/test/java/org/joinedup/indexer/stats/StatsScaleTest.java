package org.joinedup.indexer.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.joinedup.indexer.Facets;
import org.joinedup.indexer.index.IndexSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long the one statistics pass takes on a large generated index with the doc values the schema writes.
 * Off by default; run with {@code -Dstats.scale=1000000}.
 */
class StatsScaleTest {
    @TempDir
    Path dir;

    @Test
    void onePassOverManyDocuments() throws Exception {
        int n = Integer.getInteger("stats.scale", 0);
        assumeTrue(n > 0, "set -Dstats.scale=N to run");
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
                if (r.nextInt(10) != 0) d.add(new NumericDocValuesField(IndexSchema.STATS_CANONICAL, 1));
                if (r.nextBoolean()) d.add(new NumericDocValuesField(IndexSchema.STATS_CLOSED, posted + r.nextInt(40)));
                if (r.nextInt(3) != 0) {
                    d.add(new DoubleDocValuesField(IndexSchema.STATS_SALARY, 20_000 + r.nextInt(60_000)));
                    d.add(new SortedDocValuesField(IndexSchema.STATS_CURRENCY, new BytesRef(
                        new String[] {"GBP", "EUR", "DKK"}[r.nextInt(3)])));
                }
                d.add(new SortedSetDocValuesFacetField(Facets.EMPLOYER, "Council " + r.nextInt(400)));
                d.add(new SortedSetDocValuesFacetField(Facets.REGION, "Region " + r.nextInt(60)));
                d.add(new SortedSetDocValuesFacetField(Facets.OCCUPATION, "occ" + r.nextInt(300)));
                d.add(new SortedSetDocValuesFacetField(Facets.EMPLOYMENT_TYPE, "full-time"));
                d.add(new SortedSetDocValuesFacetField(Facets.LANGUAGE, "en"));
                w.addDocument(facets.build(d));
            }
            w.forceMerge(8);
            w.commit();
        }
        long built = (System.nanoTime() - t0) / 1_000_000;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            StatsSnapshot first = new StatsBuilder(today).build(reader, (d, v, l) -> v);
            StatsSnapshot s = new StatsBuilder(today).build(reader, (d, v, l) -> v);
            long q0 = System.nanoTime();
            s.salaries(today.withDayOfMonth(1).minusMonths(11).query(java.time.YearMonth::from),
                java.time.YearMonth.from(today));
            long salaryMs = (System.nanoTime() - q0) / 1_000_000;
            System.out.printf("stats scale: %d docs (%d canonical), index built in %d ms; stats pass %d ms (first, "
                + "cold) / %d ms (warm); salary medians for 12 months %d ms%n", n, s.vacancies(), built,
                first.computeMillis(), s.computeMillis(), salaryMs);
            assertEquals(400, s.councils().size());
        }
    }
}
