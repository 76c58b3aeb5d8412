package org.joinedup.crawler;

import java.util.Optional;

/**
 * Where the crawler keeps conditional-GET validators and health between runs. The service supplies a
 * database-backed store; {@link #inMemory()} serves tests and tools.
 */
public interface CrawlStateStore {

    /** Validators remembered for one URL. */
    record Validators(String etag, String lastModified) {
    }

    Optional<Validators> validators(String url);

    void saveValidators(String url, Validators validators);

    Optional<SourceHealth> health(String sourceId);

    void saveHealth(SourceHealth health);

    /** A store that lives in memory only. */
    static CrawlStateStore inMemory() {
        return new InMemoryCrawlStateStore();
    }
}
