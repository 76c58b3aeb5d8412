package org.joinedup.api.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.api.persistence.AuditEntry;
import org.joinedup.api.persistence.AuditLogRepository;
import org.joinedup.api.resources.ObjectMapperProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes admin actions and failed logins to the append-only audit log, with their details as JSON. */
public final class AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final ObjectMapper JSON = ObjectMapperProvider.newMapper();
    /** Room left for the JSON wrapper around a clipped value. */
    private static final int MAX_VALUE_CHARS = 2000;

    private final AuditLogRepository repository;
    private final Clock clock;

    public AuditTrail(AuditLogRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Appends one entry. Values in {@code detail} are written as JSON; long strings are clipped so a client
     * cannot grow one entry without bound.
     */
    public void record(Actor actor, String action, String target, Map<String, ?> detail) {
        AuditEntry e = new AuditEntry(0, clock.instant(), actor.name(), action, target, json(detail),
            actor.remoteAddress());
        repository.append(e);
        LOG.info("audit: {} {} {} from {}", actor.name(), action, target, actor.remoteAddress());
    }

    /** Newest first; {@code before} is the id of the previous page's last entry, or null. */
    public List<AuditEntry> page(int limit, Long before) {
        return repository.page(limit, before);
    }

    private static String json(Map<String, ?> detail) {
        Map<String, Object> clipped = new LinkedHashMap<>();
        if (detail != null) {
            detail.forEach((k, v) -> clipped.put(k, v instanceof String s && s.length() > MAX_VALUE_CHARS
                ? s.substring(0, MAX_VALUE_CHARS) + "..." : v));
        }
        try {
            String text = JSON.writeValueAsString(clipped);
            return text.length() <= 10_000 ? text : JSON.writeValueAsString(Map.of("truncated", true));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit detail as JSON", e);
        }
    }
}
