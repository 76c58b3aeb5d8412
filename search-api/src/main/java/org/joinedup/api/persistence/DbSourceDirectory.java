package org.joinedup.api.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.joinedup.api.config.SourceDirectory;
import org.joinedup.crawler.Source;

/**
 * The sources table as a {@link SourceDirectory}. Every search hit looks up its source, so the table is read
 * at most once per {@link #TTL} rather than once per hit; an admin change shows within that time, and a source
 * the snapshot does not know yet is looked up again straight away (at most every {@link #MISS_RELOAD}).
 */
public final class DbSourceDirectory implements SourceDirectory {
    static final Duration TTL = Duration.ofSeconds(2);
    static final Duration MISS_RELOAD = Duration.ofMillis(200);

    private final SourceRepository repository;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(SourceDirectory.of(List.of()), Instant.MIN);

    private record Snapshot(SourceDirectory directory, Instant readAt) {
    }

    public DbSourceDirectory(SourceRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Optional<Source> find(String id) {
        Optional<Source> found = current().find(id);
        if (found.isPresent()) return found;
        // A source added since the last read (its first harvest is being indexed): read again, at most every
        // MISS_RELOAD, so hits of an unknown id cannot turn every lookup into a query.
        Snapshot s = snapshot;
        if (s.readAt().plus(MISS_RELOAD).isAfter(clock.instant())) return found;
        return reload(clock.instant()).find(id);
    }

    @Override
    public List<Source> all() {
        return current().all();
    }

    private SourceDirectory current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s.readAt().plus(TTL).isAfter(now)) return s.directory();
        return reload(now);
    }

    private SourceDirectory reload(Instant now) {
        SourceDirectory fresh = SourceDirectory.of(repository.all().stream().map(SourceRecord::effective).toList());
        snapshot = new Snapshot(fresh, now);
        return fresh;
    }
}
