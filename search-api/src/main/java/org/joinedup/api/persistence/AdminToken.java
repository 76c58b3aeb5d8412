package org.joinedup.api.persistence;

import java.time.Instant;
import java.util.Objects;

/**
 * One admin API bearer token as stored: never the token itself, only its SHA-256.
 *
 * @param id         row id
 * @param name       who holds it (shown as the actor in the audit log)
 * @param sha256     lower-case hex SHA-256 of the token
 * @param createdAt  when it was created
 * @param lastUsedAt last successful use, or null
 * @param revokedAt  when it was revoked, or null while active
 */
public record AdminToken(long id, String name, String sha256, Instant createdAt, Instant lastUsedAt,
                         Instant revokedAt) {
    public AdminToken {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** True until revoked. */
    public boolean active() {
        return revokedAt == null;
    }

    @Override
    public String toString() {
        // The hash is not the token, but there is no reason to spread it through logs either.
        return "AdminToken[id=" + id + ", name=" + name + ", createdAt=" + createdAt + ", revokedAt=" + revokedAt + "]";
    }
}
