package org.joinedup.api.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joinedup.api.config.SelfUrl;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code sources} table, the source of truth for what is harvested. The config file's sources are seeded at
 * every start ({@link #seedFromConfig}: config wins for its own rows, an admin's pause is kept); the admin API
 * inserts, updates, pauses and deletes its own. Writers are serialised on this object.
 */
public final class SourceRepository {
    private static final Logger LOG = LoggerFactory.getLogger(SourceRepository.class);

    private static final String COLUMNS = "council, url, format, region, country, language, licence_id, "
        + "licence_attribution, schedule_seconds, full_snapshot, enabled, paused, origin, created_at, updated_at";

    private final Jdbc jdbc;

    public SourceRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    /**
     * What a config seed changed.
     *
     * @param added   ids new in the table
     * @param updated ids rewritten from the config
     * @param removed ids of config rows no longer in the config file, now deleted
     */
    public record SeedReport(List<String> added, List<String> updated, List<String> removed) {
        public SeedReport {
            added = List.copyOf(added);
            updated = List.copyOf(updated);
            removed = List.copyOf(removed);
        }
    }

    /**
     * Writes the config file's sources: new ids are inserted, existing rows take the config's definition (an
     * admin row with the same id becomes a config row) but keep their pause and creation time, and config rows
     * the file no longer lists are deleted. Admin rows with other ids are left alone.
     */
    public synchronized SeedReport seedFromConfig(List<SourceRecord> fromConfig, Instant now) {
        Map<String, SourceRecord> stored = all().stream()
            .collect(Collectors.toMap(SourceRecord::id, Function.identity()));
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (SourceRecord c : fromConfig) {
            SourceRecord old = stored.remove(c.id());
            if (old == null) {
                insert(withTimes(c, false, now, now));
                added.add(c.id());
            } else {
                if (old.origin() == SourceRecord.Origin.ADMIN) {
                    LOG.warn("source {} was created by an admin and is now defined in the config file", c.id());
                }
                update(withTimes(c, old.paused(), old.createdAt(), now));
                updated.add(c.id());
            }
        }
        List<String> removed = new ArrayList<>();
        for (SourceRecord gone : stored.values()) {
            if (gone.origin() == SourceRecord.Origin.CONFIG && delete(gone.id())) removed.add(gone.id());
        }
        return new SeedReport(added, updated, removed);
    }

    private static SourceRecord withTimes(SourceRecord s, boolean paused, Instant created, Instant updated) {
        return new SourceRecord(s.source(), paused, SourceRecord.Origin.CONFIG, created, updated);
    }

    /** Every stored source, sorted by id. */
    public List<SourceRecord> all() {
        return jdbc.query("SELECT id, " + COLUMNS + " FROM sources ORDER BY id", SourceRepository::map);
    }

    /** One source. */
    public Optional<SourceRecord> find(String id) {
        return jdbc.query("SELECT id, " + COLUMNS + " FROM sources WHERE id = ?", SourceRepository::map, id)
            .stream().findFirst();
    }

    /** Inserts a new row; false when the id is taken. */
    public synchronized boolean insert(SourceRecord s) {
        if (find(s.id()).isPresent()) return false;
        jdbc.update("INSERT INTO sources (" + COLUMNS + ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values(s));
        return true;
    }

    /** Rewrites an existing row (all columns but the id); false when there is none. */
    public synchronized boolean update(SourceRecord s) {
        return jdbc.update("UPDATE sources SET council = ?, url = ?, format = ?, region = ?, country = ?, "
            + "language = ?, licence_id = ?, licence_attribution = ?, schedule_seconds = ?, full_snapshot = ?, "
            + "enabled = ?, paused = ?, origin = ?, created_at = ?, updated_at = ? WHERE id = ?", values(s)) == 1;
    }

    /** Deletes a row; false when there was none. */
    public synchronized boolean delete(String id) {
        return jdbc.update("DELETE FROM sources WHERE id = ?", id) == 1;
    }

    /** Ids of all stored sources, sorted. */
    public List<String> ids() {
        return jdbc.query("SELECT id FROM sources ORDER BY id", rs -> rs.getString(1));
    }

    private static Object[] values(SourceRecord r) {
        Source s = r.source();
        return new Object[] {s.council(), SelfUrl.written(s.url()), s.format().name(), s.region(), s.country(),
            s.language(), s.licence().id(), s.licence().attribution(), s.schedule().toSeconds(), s.fullSnapshot(),
            s.enabled(), r.paused(), r.origin().name().toLowerCase(Locale.ROOT), r.createdAt(),
            r.updatedAt(), s.id()};
    }

    private static SourceRecord map(ResultSet rs) throws SQLException {
        Source s = new Source(rs.getString("id"), rs.getString("council"), SelfUrl.parse(rs.getString("url")),
            SourceFormat.valueOf(rs.getString("format")), rs.getString("region"), rs.getString("country"),
            rs.getString("language"), new Licence(rs.getString("licence_id"), rs.getString("licence_attribution")),
            Duration.ofSeconds(rs.getLong("schedule_seconds")), rs.getBoolean("full_snapshot"),
            rs.getBoolean("enabled"));
        return new SourceRecord(s, rs.getBoolean("paused"),
            SourceRecord.Origin.valueOf(rs.getString("origin").toUpperCase(Locale.ROOT)),
            Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"));
    }
}
