package org.joinedup.api.admin;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.Locale;
import org.joinedup.api.persistence.SourceRecord;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;

/**
 * A source as the admin API shows it: the definition's members (URL as written, schedule as an ISO-8601
 * duration, see {@code SourceJson}) followed by how the service manages it.
 *
 * @param source definition as stored
 * @param status {@code active} (polled), {@code paused}, {@code disabled} or {@code push} (receives pushes)
 * @param origin {@code config} (defined in the config file, which wins at every start) or {@code admin}
 * @param health link to the source's health resource
 */
record SourceView(@JsonUnwrapped Source source, boolean paused, String status, String origin, Instant createdAt,
                  Instant updatedAt, String health) {

    static SourceView of(SourceRecord r) {
        Source s = r.source();
        String status = r.paused() ? "paused" : !s.enabled() ? "disabled"
            : s.format() == SourceFormat.PUSH ? "push" : "active";
        return new SourceView(s, r.paused(), status, r.origin().name().toLowerCase(Locale.ROOT), r.createdAt(),
            r.updatedAt(), "/api/v1/admin/sources/" + s.id() + "/health");
    }
}
