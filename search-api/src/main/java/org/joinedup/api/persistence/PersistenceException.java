package org.joinedup.api.persistence;

/** A database operation failed; wraps the driver's checked exception. */
public final class PersistenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PersistenceException(String what, Throwable cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
