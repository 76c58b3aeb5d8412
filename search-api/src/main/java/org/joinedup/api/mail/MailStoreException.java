package org.joinedup.api.mail;

/** The outbox or suppression table could not be read or written; wraps the driver's exception. */
public final class MailStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MailStoreException(String what, Throwable cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
