package org.joinedup.crawler;

import java.util.Objects;

/**
 * A body could not be turned into postings. Carries a short human-readable reason that is recorded as a
 * {@link CrawlError} (e.g. "document declares entities (refused)" or "not well-formed XML: line 3: ...").
 */
public final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String reason;

    /** A failure with a reason. */
    public ParseException(String reason) {
        super(Objects.requireNonNull(reason, "reason"));
        this.reason = reason;
    }

    /** A failure with a reason and the underlying cause. */
    public ParseException(String reason, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason"), cause);
        this.reason = reason;
    }

    /** The reason, suitable for health pages. */
    public String reason() {
        return reason;
    }
}
