package org.joinedup.api.persistence;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;

/**
 * One row of the {@code sources} table: every {@link Source} field plus how the service manages it. The URL is
 * kept as written, so {@value #SELF} (this server's own base URL, used by the demo) is resolved only when the
 * crawler's {@link Source} is built.
 *
 * @param id           stable id, {@code [a-z0-9-]+}
 * @param council      publishing body
 * @param url          URL as written (may start with {@value #SELF}), or null for push sources
 * @param format       format
 * @param region       region, or null
 * @param country      ISO 3166-1 alpha-2 code, or null
 * @param language     BCP-47 tag, or null
 * @param licence      licence
 * @param schedule     polling interval
 * @param fullSnapshot every fetch lists all open vacancies
 * @param enabled      enabled by its definition (config file or admin)
 * @param paused       paused by an admin; survives restarts and config reloads
 * @param origin       who defines it
 * @param createdAt    first stored
 * @param updatedAt    last changed
 */
public record SourceRecord(String id, String council, String url, SourceFormat format, String region,
                           String country, String language, Licence licence, Duration schedule,
                           boolean fullSnapshot, boolean enabled, boolean paused, Origin origin,
                           Instant createdAt, Instant updatedAt) {

    /** Placeholder for this server's own base URL. */
    public static final String SELF = "{self}";

    /** Who defines a source: the config file (which wins at every start) or the admin API. */
    public enum Origin { CONFIG, ADMIN }

    public SourceRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (format != SourceFormat.PUSH) Objects.requireNonNull(url, "url");
    }

    /** True when the scheduler should poll it: enabled, not paused, and fetchable. */
    public boolean harvestable() {
        return enabled && !paused && format != SourceFormat.PUSH && url != null;
    }

    /** The crawler's source with {@value #SELF} replaced by {@code self}; paused sources come out disabled. */
    public Source toSource(URI self) {
        URI resolved = url == null ? null : URI.create(url.replace(SELF, stripSlash(self.toString())));
        return new Source(id, council, resolved, format, region, country, language, licence, schedule,
            fullSnapshot, enabled && !paused);
    }

    /** Same row, paused or resumed at {@code at}. */
    public SourceRecord withPaused(boolean p, Instant at) {
        return new SourceRecord(id, council, url, format, region, country, language, licence, schedule,
            fullSnapshot, enabled, p, origin, createdAt, at);
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
