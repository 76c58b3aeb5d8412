package org.joinedup.api.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.joinedup.indexer.IndexConfig;

/**
 * Index settings as written in the file (config key {@code index}); {@link #toIndexConfig(Path)} fills in the
 * directory from {@code dataDir} when the file leaves it out.
 *
 * @param dir             index directory, or null for {@code <dataDir>/index}
 * @param refreshInterval how often searchers see new documents
 * @param snapshotGrace   how long an item missing from a full-snapshot source stays open
 */
public record IndexingConfig(Path dir, Duration refreshInterval, Duration snapshotGrace) {
    public IndexingConfig {
        Objects.requireNonNull(refreshInterval, "refreshInterval");
        Objects.requireNonNull(snapshotGrace, "snapshotGrace");
    }

    /** The indexer's config, with the directory resolved. */
    public IndexConfig toIndexConfig(Path dataDir) {
        return new IndexConfig(dir != null ? dir : dataDir.resolve("index"), refreshInterval, snapshotGrace);
    }
}
