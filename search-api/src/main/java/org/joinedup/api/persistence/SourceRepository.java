package org.joinedup.api.persistence;

import java.time.Instant;
import java.util.List;
import org.joinedup.crawler.Source;

/** The {@code sources} table: config sources are upserted at start; the admin API will add its own. */
public final class SourceRepository {

    private final Jdbc jdbc;

    public SourceRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    /** Writes the config file's sources, replacing earlier versions of the same ids. */
    public synchronized void upsertFromConfig(List<Source> sources) {
        Instant now = Instant.now();
        for (Source s : sources) {
            Object[] values = {s.council(), s.url() == null ? null : s.url().toString(), s.format().name(), s.region(),
                s.country(), s.language(), s.licence().id(), s.licence().attribution(), s.schedule().toSeconds(),
                s.fullSnapshot(), s.enabled(), "config", now, s.id()};
            jdbc.upsert("UPDATE sources SET council = ?, url = ?, format = ?, region = ?, country = ?, language = ?, "
                    + "licence_id = ?, licence_attribution = ?, schedule_seconds = ?, full_snapshot = ?, enabled = ?, "
                    + "origin = ?, updated_at = ? WHERE id = ?", values,
                "INSERT INTO sources (council, url, format, region, country, language, licence_id, "
                    + "licence_attribution, schedule_seconds, full_snapshot, enabled, origin, updated_at, id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
    }

    /** Ids of all stored sources, sorted. */
    public List<String> ids() {
        return jdbc.query("SELECT id FROM sources ORDER BY id", rs -> rs.getString(1));
    }
}
