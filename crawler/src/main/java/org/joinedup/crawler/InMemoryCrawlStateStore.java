package org.joinedup.crawler;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Crawl state held in memory; lost on restart. */
final class InMemoryCrawlStateStore implements CrawlStateStore {
    private final Map<String, Validators> validators = new ConcurrentHashMap<>();
    private final Map<String, SourceHealth> health = new ConcurrentHashMap<>();

    @Override
    public Optional<Validators> validators(String url) {
        return Optional.ofNullable(validators.get(url));
    }

    @Override
    public void saveValidators(String url, Validators v) {
        validators.put(url, v);
    }

    @Override
    public Optional<SourceHealth> health(String sourceId) {
        return Optional.ofNullable(health.get(sourceId));
    }

    @Override
    public void saveHealth(SourceHealth h) {
        health.put(h.sourceId(), h);
    }
}
