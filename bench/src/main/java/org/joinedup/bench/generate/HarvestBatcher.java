package org.joinedup.bench.generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;

/**
 * Groups postings, in the order they come, into per-source harvests of a fixed size, as a crawl cycle over
 * many councils would deliver them; what is left over waits for the next postings or {@link #finish()}.
 */
public final class HarvestBatcher {
    private final int batchSize;
    private final Function<String, Source> sources;
    private final Map<String, List<Posting>> pending = new LinkedHashMap<>();

    public HarvestBatcher(int batchSize, Function<String, Source> sources) {
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be positive");
        this.batchSize = batchSize;
        this.sources = sources;
    }

    /** Harvests completed by these postings. */
    public List<Harvest> add(List<Posting> postings) {
        List<Harvest> out = new ArrayList<>();
        for (Posting p : postings) {
            List<Posting> buffer = pending.computeIfAbsent(p.sourceId(), k -> new ArrayList<>(batchSize));
            buffer.add(p);
            if (buffer.size() == batchSize) {
                out.add(harvest(p.sourceId(), buffer));
                pending.remove(p.sourceId());
            }
        }
        return out;
    }

    /** Harvests of everything still pending. */
    public List<Harvest> finish() {
        List<Harvest> out = new ArrayList<>();
        pending.forEach((id, buffer) -> out.add(harvest(id, buffer)));
        pending.clear();
        return out;
    }

    private Harvest harvest(String sourceId, List<Posting> postings) {
        Instant at = postings.getFirst().fetchedAt();
        return new Harvest(sources.apply(sourceId), postings, false, true, 200, List.of(), at, at);
    }
}
