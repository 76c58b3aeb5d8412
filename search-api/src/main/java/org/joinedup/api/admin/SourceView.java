package org.joinedup.api.admin;

import java.time.Instant;
import org.joinedup.api.persistence.SourceRecord;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.SourceFormat;

/**
 * A source as the admin API shows it.
 *
 * @param status {@code active} (polled), {@code paused}, {@code disabled} or {@code push} (receives pushes)
 * @param origin {@code config} (defined in the config file, which wins at every start) or {@code admin}
 */
record SourceView(String id, String council, String url, SourceFormat format, String region, String country,
                  String language, Licence licence, String schedule, boolean fullSnapshot, boolean enabled,
                  boolean paused, String status, String origin, Instant createdAt, Instant updatedAt,
                  String health) {

    static SourceView of(SourceRecord r) {
        String status = r.paused() ? "paused" : !r.enabled() ? "disabled"
            : r.format() == SourceFormat.PUSH ? "push" : "active";
        return new SourceView(r.id(), r.council(), r.url(), r.format(), r.region(), r.country(), r.language(),
            r.licence(), r.schedule().toString(), r.fullSnapshot(), r.enabled(), r.paused(), status,
            r.origin().name().toLowerCase(java.util.Locale.ROOT), r.createdAt(), r.updatedAt(),
            "/api/v1/admin/sources/" + r.id() + "/health");
    }
}
