package org.joinedup.crawler.parse;

import java.time.Instant;
import java.util.Objects;

/**
 * What a parser knows besides the body.
 *
 * @param sourceId    the source the body belongs to
 * @param baseUrl     the URL the body was fetched from (resolves relative links), may be null for pushes
 * @param contentType the Content-Type header, may be null
 * @param fetchedAt   when it was fetched
 */
public record ParseContext(String sourceId, String baseUrl, String contentType, Instant fetchedAt) {
    public ParseContext {
        Objects.requireNonNull(sourceId, "sourceId");
        fetchedAt = fetchedAt == null ? Instant.now() : fetchedAt;
    }
}
