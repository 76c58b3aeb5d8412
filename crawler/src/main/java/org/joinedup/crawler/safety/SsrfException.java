package org.joinedup.crawler.safety;

import java.io.IOException;

/** Thrown when a host resolves only to addresses the {@link AddressPolicy} refuses. */
public final class SsrfException extends IOException {
    private static final long serialVersionUID = 1L;

    /** A refusal with its reason. */
    public SsrfException(String reason) {
        super(reason);
    }
}
