package org.joinedup.api.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.joinedup.crawler.CrawlError;
import org.joinedup.crawler.CrawlStateStore;
import org.joinedup.crawler.SourceHealth;

/** The crawler's validators and per-source health kept in the service database. */
public final class JdbcCrawlStateStore implements CrawlStateStore {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<List<CrawlError>> ERRORS = new TypeReference<>() { };
    /** Keeps the JSON column bounded however chatty a failing source is. */
    private static final int MAX_ERRORS = 20;

    private final Jdbc jdbc;

    public JdbcCrawlStateStore(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public Optional<Validators> validators(String url) {
        return jdbc.query("SELECT etag, last_modified FROM crawl_validators WHERE url = ?",
            rs -> new Validators(rs.getString("etag"), rs.getString("last_modified")), url).stream().findFirst();
    }

    @Override
    public synchronized void saveValidators(String url, Validators v) {
        Instant now = Instant.now();
        jdbc.upsert("UPDATE crawl_validators SET etag = ?, last_modified = ?, updated_at = ? WHERE url = ?",
            new Object[] {v.etag(), v.lastModified(), now, url},
            "INSERT INTO crawl_validators (url, etag, last_modified, updated_at) VALUES (?, ?, ?, ?)",
            new Object[] {url, v.etag(), v.lastModified(), now});
    }

    @Override
    public Optional<SourceHealth> health(String sourceId) {
        return jdbc.query("SELECT * FROM source_health WHERE source_id = ?", rs -> new SourceHealth(
            rs.getString("source_id"), Jdbc.instant(rs, "last_attempt"), Jdbc.instant(rs, "last_success"),
            rs.getInt("last_http_status"), rs.getInt("items_found"), fromJson(rs.getString("recent_errors")),
            rs.getLong("fetches"), rs.getLong("not_modified")), sourceId).stream().findFirst();
    }

    @Override
    public synchronized void saveHealth(SourceHealth h) {
        String errors = toJson(h.recentErrors().stream().limit(MAX_ERRORS).toList());
        jdbc.upsert("UPDATE source_health SET last_attempt = ?, last_success = ?, last_http_status = ?, "
                + "items_found = ?, recent_errors = ?, fetches = ?, not_modified = ? WHERE source_id = ?",
            new Object[] {h.lastAttempt(), h.lastSuccess(), h.lastHttpStatus(), h.itemsFound(), errors, h.fetches(),
                h.notModified(), h.sourceId()},
            "INSERT INTO source_health (source_id, last_attempt, last_success, last_http_status, items_found, "
                + "recent_errors, fetches, not_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            new Object[] {h.sourceId(), h.lastAttempt(), h.lastSuccess(), h.lastHttpStatus(), h.itemsFound(), errors,
                h.fetches(), h.notModified()});
    }

    private static String toJson(List<CrawlError> errors) {
        try {
            return JSON.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write crawl errors as JSON", e);
        }
    }

    private static List<CrawlError> fromJson(String json) {
        try {
            return json == null || json.isBlank() ? List.of() : JSON.readValue(json, ERRORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable crawl errors in source_health", e);
        }
    }
}
