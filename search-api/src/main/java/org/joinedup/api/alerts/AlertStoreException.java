package org.joinedup.api.alerts;

/** The alert tables could not be read or written; wraps the driver's exception. */
public final class AlertStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AlertStoreException(String what, Throwable cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
