package org.joinedup.crawler;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One configured council source.
 *
 * @param id           stable id, lower-case letters, digits and dashes
 * @param council      the publishing body's name, used as employer when an item names none
 * @param url          where to fetch (feed URL or career site start page); null for push sources. The service
 *                     may hold a server-relative reference for its own demo sources and resolves it before
 *                     handing the source to the crawler.
 * @param format       what it publishes
 * @param region       region of the council, used when items lack a location
 * @param country      ISO 3166-1 alpha-2 country code
 * @param language     BCP-47 language the source mostly publishes in (a prior for detection)
 * @param licence      licence of the content
 * @param schedule     how often to poll
 * @param fullSnapshot true when every fetch lists all open vacancies, so missing items may be closed
 * @param enabled      false when paused
 */
public record Source(String id, String council, URI url, SourceFormat format, String region, String country,
                     String language, Licence licence, Duration schedule, boolean fullSnapshot, boolean enabled) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(licence, "licence");
        if (format != SourceFormat.PUSH) {
            Objects.requireNonNull(url, "url");
        }
        schedule = schedule == null ? Duration.ofHours(1) : schedule;
    }

    /** The same source fetched from {@code at}. */
    public Source withUrl(URI at) {
        return new Source(id, council, at, format, region, country, language, licence, schedule, fullSnapshot,
            enabled);
    }

    /** The same source, polled or not. */
    public Source withEnabled(boolean on) {
        return new Source(id, council, url, format, region, country, language, licence, schedule, fullSnapshot, on);
    }
}
