package org.joinedup.api.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A third party's API key as stored (never the key itself).
 *
 * @param id        row id
 * @param name      who it was issued to
 * @param perMinute requests per minute allowed
 * @param createdAt when it was issued
 * @param revokedAt when it was revoked, or null
 */
public record ApiKey(long id, String name, int perMinute, Instant createdAt, Instant revokedAt) {
    public ApiKey {
        Objects.requireNonNull(name, "name");
        if (perMinute < 1) throw new IllegalArgumentException("perMinute must be >= 1");
    }

    /** True unless revoked. */
    public boolean active() {
        return revokedAt == null;
    }
}
