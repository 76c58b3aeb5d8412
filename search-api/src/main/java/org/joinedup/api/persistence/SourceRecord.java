package org.joinedup.api.persistence;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.joinedup.api.config.SelfUrl;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;

/**
 * One row of the {@code sources} table: a {@link Source} as defined (its {@code enabled} as the config file or
 * admin set it, its URL as written, see {@link SelfUrl}) plus how the service manages it.
 *
 * @param source    the definition
 * @param paused    paused by an admin; survives restarts and config reloads
 * @param origin    who defines it
 * @param createdAt first stored
 * @param updatedAt last changed
 */
public record SourceRecord(Source source, boolean paused, Origin origin, Instant createdAt, Instant updatedAt) {

    /** Who defines a source: the config file (which wins at every start) or the admin API. */
    public enum Origin { CONFIG, ADMIN }

    public SourceRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The source's id. */
    public String id() {
        return source.id();
    }

    /** True when the scheduler should poll it: enabled, not paused, and fetchable. */
    public boolean harvestable() {
        return source.enabled() && !paused && source.format() != SourceFormat.PUSH && source.url() != null;
    }

    /** The definition with the pause applied: paused sources come out disabled; URL as written. */
    public Source effective() {
        return paused && source.enabled() ? source.withEnabled(false) : source;
    }

    /** The crawler's source: {@link #effective()} with its URL resolved against this server's {@code self}. */
    public Source toSource(URI self) {
        return SelfUrl.resolve(effective(), self);
    }

    /** Same row, paused or resumed at {@code at}. */
    public SourceRecord withPaused(boolean p, Instant at) {
        return new SourceRecord(source, p, origin, createdAt, at);
    }
}
