package org.joinedup.indexer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Index settings (config key {@code index}).
 *
 * @param dir             index directory
 * @param refreshInterval how often searchers see new documents
 * @param snapshotGrace   how long an item missing from a full-snapshot source stays open
 */
public record IndexConfig(Path dir, Duration refreshInterval, Duration snapshotGrace) {
    public IndexConfig {
        Objects.requireNonNull(dir, "dir");
        refreshInterval = refreshInterval == null ? Duration.ofSeconds(1) : refreshInterval;
        snapshotGrace = snapshotGrace == null ? Duration.ofDays(2) : snapshotGrace;
    }
}
