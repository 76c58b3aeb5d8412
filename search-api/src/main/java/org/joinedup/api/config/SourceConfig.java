package org.joinedup.api.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;

/**
 * One configured source as written in the file; its URL may contain {@value #SELF}, which only becomes a real
 * URL once the server knows its own address ({@link #toSource(URI)}).
 *
 * @param id           stable id
 * @param council      publishing body
 * @param url          URL template, or null for push sources
 * @param format       format
 * @param region       region
 * @param country      ISO 3166-1 alpha-2 code
 * @param language     BCP-47 tag
 * @param licence      licence
 * @param schedule     polling interval
 * @param fullSnapshot every fetch lists all open vacancies
 * @param enabled      false when paused
 */
public record SourceConfig(String id, String council, String url, SourceFormat format, String region,
                           String country, String language, Licence licence, Duration schedule,
                           boolean fullSnapshot, boolean enabled) {

    /** Placeholder for this server's own base URL. */
    public static final String SELF = "{self}";

    public SourceConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(schedule, "schedule");
    }

    /** The crawler's source, with {@value #SELF} replaced by {@code self} (no trailing slash expected). */
    public Source toSource(URI self) {
        URI resolved = url == null ? null : URI.create(url.replace(SELF, stripSlash(self.toString())));
        return new Source(id, council, resolved, format, region, country, language, licence, schedule,
            fullSnapshot, enabled);
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
