package org.joinedup.api.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Saved-search e-mail alerts (config key {@code alerts}).
 *
 * @param secret          HMAC secret for signed links, or null to generate one and keep it in the database
 * @param confirmTokenTtl how long a confirmation link works
 * @param unconfirmedTtl  unconfirmed alerts older than this are deleted
 * @param purgeInterval   how often expired tokens and unconfirmed alerts are purged
 * @param digestInterval  how often daily and weekly digests that are due are built
 * @param digestMaxItems  vacancies listed in one digest; the rest are counted ("and 3 more")
 * @param matchRetryInterval how often new vacancies whose matches are not recorded yet (after a crash or a
 *                  database failure) are matched again; also done once at start
 * @param manageLinkInterval at most one "e-mail me my manage link" mail per address in this time
 */
public record AlertsConfig(String secret, Duration confirmTokenTtl, Duration unconfirmedTtl, Duration purgeInterval,
                           Duration digestInterval, int digestMaxItems, Duration matchRetryInterval,
                           Duration manageLinkInterval) {
    public AlertsConfig {
        Objects.requireNonNull(confirmTokenTtl, "confirmTokenTtl");
        Objects.requireNonNull(unconfirmedTtl, "unconfirmedTtl");
        Objects.requireNonNull(purgeInterval, "purgeInterval");
        Objects.requireNonNull(digestInterval, "digestInterval");
        Objects.requireNonNull(matchRetryInterval, "matchRetryInterval");
        Objects.requireNonNull(manageLinkInterval, "manageLinkInterval");
        if (digestMaxItems < 1) throw new IllegalArgumentException("digestMaxItems must be positive");
    }

    /**
     * The documented defaults: 48 h links, 7 days for unconfirmed alerts, hourly purge, digests every 15 min,
     * unrecorded matches retried every minute, one manage-link mail per address per 10 min.
     */
    public static AlertsConfig defaults() {
        return new AlertsConfig(null, Duration.ofHours(48), Duration.ofDays(7), Duration.ofHours(1),
            Duration.ofMinutes(15), 10, Duration.ofMinutes(1), Duration.ofMinutes(10));
    }
}
