package org.joinedup.bench.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;

/**
 * The postings of one bench run, handed out in chunks so timing can leave generation out. Up to
 * {@link #IN_MEMORY_LIMIT} postings are generated once and kept; beyond that (1M) each pass regenerates the
 * same chunks from the seed (deterministic, and never inside a timed section) so the heap holds one chunk.
 */
public final class Corpus {
    /** Largest corpus kept in memory between passes. */
    public static final int IN_MEMORY_LIMIT = 250_000;
    private static final int CHUNK = 50_000;

    private final long seed;
    private final int size;
    private final LocalDate today;
    private final VacancyGenerator metadata;
    private final List<List<Posting>> cached;

    private Corpus(long seed, int size, LocalDate today) {
        this.seed = seed;
        this.size = size;
        this.today = today;
        this.metadata = new VacancyGenerator(seed, size, today);
        this.cached = size <= IN_MEMORY_LIMIT ? chunks(metadata) : null;
    }

    /** A corpus of {@code size} postings from a seed, dated relative to {@code today}. */
    public static Corpus of(long seed, int size, LocalDate today) {
        return new Corpus(seed, size, today);
    }

    public int size() {
        return size;
    }

    public LocalDate today() {
        return today;
    }

    /** True when every pass reuses postings generated once. */
    public boolean inMemory() {
        return cached != null;
    }

    /** The source a posting came from. */
    public Source source(String id) {
        return metadata.source(id);
    }

    /** Every source. */
    public List<Source> sources() {
        return metadata.sources();
    }

    /** Work on one chunk of postings. */
    @FunctionalInterface
    public interface ChunkConsumer {
        void accept(List<Posting> chunk) throws IOException;
    }

    /** Hands every posting, in order, in chunks of at most 50,000. */
    public void forEachChunk(ChunkConsumer consumer) throws IOException {
        if (cached != null) {
            for (List<Posting> c : cached) consumer.accept(c);
            return;
        }
        VacancyGenerator g = new VacancyGenerator(seed, size, today);
        for (int done = 0; done < size; done += CHUNK) {
            consumer.accept(g.next(Math.min(CHUNK, size - done)));
        }
    }

    private List<List<Posting>> chunks(VacancyGenerator g) {
        List<List<Posting>> out = new ArrayList<>();
        for (int done = 0; done < size; done += CHUNK) {
            out.add(g.next(Math.min(CHUNK, size - done)));
        }
        return out;
    }
}
