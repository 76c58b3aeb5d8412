package org.joinedup.api.config;

import java.util.Objects;
import org.joinedup.crawler.CrawlerConfig;

/**
 * Config key {@code crawler}: the crawler's own settings plus when the service harvests.
 *
 * @param config         settings handed to the crawler
 * @param harvestOnStart harvest every enabled source once right after the server starts
 */
public record CrawlingConfig(CrawlerConfig config, boolean harvestOnStart) {
    public CrawlingConfig {
        Objects.requireNonNull(config, "config");
    }
}
