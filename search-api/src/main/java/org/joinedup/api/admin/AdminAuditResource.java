package org.joinedup.api.admin;

import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.api.persistence.AuditEntry;

/** {@code /api/v1/admin/audit?limit=&before=}: the audit log, newest first, paged by entry id. */
@Path("v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminAuditResource {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    /** One page; {@code next} is the link to older entries, absent on the last page. */
    record Page(List<Entry> entries, String next) {
    }

    /** One entry; {@code detail} is the stored JSON object. */
    record Entry(long id, Instant at, String actor, String action, String target, @JsonRawValue String detail,
                 String remoteAddress) {
    }

    private final AuditTrail audit;

    AdminAuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    /** A page of entries older than {@code before} (an entry id), newest first. */
    @GET
    public Page page(@QueryParam("limit") String limit, @QueryParam("before") String before) {
        int n = limit == null ? DEFAULT_LIMIT : number("limit", limit, 1, MAX_LIMIT).intValue();
        Long cursor = before == null ? null : number("before", before, 1, Long.MAX_VALUE);
        List<AuditEntry> rows = audit.page(n, cursor);
        List<Entry> entries = rows.stream().map(e -> new Entry(e.id(), e.at(), e.actor(), e.action(), e.target(),
            e.detail(), e.remoteAddress())).toList();
        String next = rows.size() < n ? null
            : "/api/v1/admin/audit?limit=" + n + "&before=" + rows.get(rows.size() - 1).id();
        return new Page(entries, next);
    }

    private static Long number(String name, String value, long min, long max) {
        try {
            long v = Long.parseLong(value.strip());
            if (v < min || v > max) throw new BadParameterException(name, "must be between " + min + " and " + max);
            return v;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "must be a whole number");
        }
    }
}
