package org.joinedup.api.persistence;

import java.time.Instant;
import java.util.Objects;

/**
 * One audit log entry: who did what to which thing, from where.
 *
 * @param id            row id (0 before it is stored); increases with every entry, used as the paging cursor
 * @param at            when
 * @param actor         token name, {@code cli}, {@code config} or {@code anonymous} (failed logins)
 * @param action        e.g. {@code source.create}, {@code push.put}, {@code login.failed}
 * @param target        what it acted on (a source id, a path), or null
 * @param detail        JSON object with the particulars
 * @param remoteAddress client address, or null for local commands
 */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String detail,
                         String remoteAddress) {
    /** Keeps one entry bounded whatever a client sends. */
    static final int MAX_DETAIL = 10_000;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        detail = detail == null || detail.isBlank() ? "{}" : detail;
        if (detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("audit detail longer than " + MAX_DETAIL + " characters");
        }
        target = clip(target, 500);
        actor = clip(actor, 100);
        remoteAddress = clip(remoteAddress, 100);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
