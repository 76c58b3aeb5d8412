package org.joinedup.api.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code harvest_log} table. */
public final class HarvestLogRepository {

    private final Jdbc jdbc;

    public HarvestLogRepository(Database db) {
        this.jdbc = new Jdbc(db);
    }

    /** Appends one run. */
    public void append(HarvestLogEntry e) {
        jdbc.update("INSERT INTO harvest_log (source_id, started_at, finished_at, outcome, http_status, not_modified, "
                + "complete, postings, added, updated, merged, closed, rejected, errors, message) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            e.sourceId(), e.startedAt(), e.finishedAt(), e.outcome(), e.httpStatus(), e.notModified(), e.complete(),
            e.postings(), e.added(), e.updated(), e.merged(), e.closed(), e.rejected(), e.errors(), e.message());
    }

    /** The newest run of a source. */
    public Optional<HarvestLogEntry> latest(String sourceId) {
        return recent(sourceId, 1).stream().findFirst();
    }

    /** The newest runs of a source, newest first. */
    public List<HarvestLogEntry> recent(String sourceId, int limit) {
        return jdbc.query("SELECT * FROM harvest_log WHERE source_id = ? ORDER BY started_at DESC, id DESC "
            + "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", HarvestLogRepository::map, sourceId);
    }

    private static HarvestLogEntry map(ResultSet rs) throws SQLException {
        return new HarvestLogEntry(rs.getString("source_id"), Jdbc.instant(rs, "started_at"),
            Jdbc.instant(rs, "finished_at"), rs.getString("outcome"), rs.getInt("http_status"),
            rs.getBoolean("not_modified"), rs.getBoolean("complete"), rs.getInt("postings"), rs.getInt("added"),
            rs.getInt("updated"), rs.getInt("merged"), rs.getInt("closed"), rs.getInt("rejected"),
            rs.getInt("errors"), rs.getString("message"));
    }
}
