package org.joinedup.crawler.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * What the fetcher asks before each request (including each redirect hop): may this URL be fetched
 * (robots.txt), and how long to leave the host alone afterwards (minimum gap or capped Crawl-delay).
 */
public interface Politeness {
    /** Why the URL may not be fetched, or empty. */
    Optional<String> refusal(URI uri);

    /** Gap to leave after a request to this URL's host. */
    Duration delayFor(URI uri);

    /** No robots check, a fixed gap (used for robots.txt itself). */
    static Politeness fixed(Duration gap) {
        return new Politeness() {
            @Override
            public Optional<String> refusal(URI uri) {
                return Optional.empty();
            }

            @Override
            public Duration delayFor(URI uri) {
                return gap;
            }
        };
    }
}
