package org.joinedup.api.alerts;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One saved search of one subscriber.
 *
 * @param id            random id
 * @param email         where mail goes
 * @param subscriberKey HMAC of the lower-cased address: groups one person's alerts for the manage page
 * @param params        the search API's query parameters (name to values), paging and sort left out
 * @param frequency     how often mail is sent
 * @param language      language of the mail (en, nl, da, fi)
 * @param status        pending until confirmed, then active or paused
 * @param createdAt     when it was asked for
 * @param confirmedAt   when it was confirmed, or null
 * @param lastDigestAt  when the last digest was built, or null
 */
public record Alert(String id, String email, String subscriberKey, Map<String, List<String>> params,
                    Frequency frequency, String language, Status status, Instant createdAt, Instant confirmedAt,
                    Instant lastDigestAt) {

    /** How often a subscriber hears about matches. */
    public enum Frequency {
        INSTANT, DAILY, WEEKLY;

        /** Lower-case name as used in the API and the database. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Life of an alert: pending until the e-mail address is confirmed. */
    public enum Status {
        PENDING, ACTIVE, PAUSED;

        /** Lower-case name as used in the API and the database. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(subscriberKey, "subscriberKey");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        TreeMap<String, List<String>> copy = new TreeMap<>();
        (params == null ? Map.<String, List<String>>of() : params).forEach((k, v) -> copy.put(k, List.copyOf(v)));
        params = Collections.unmodifiableMap(copy);
    }

    /** Copy with another status. */
    public Alert withStatus(Status s) {
        return new Alert(id, email, subscriberKey, params, frequency, language, s, createdAt, confirmedAt,
            lastDigestAt);
    }
}
