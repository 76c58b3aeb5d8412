package org.joinedup.api.mail;

/** A mail could not be delivered; {@link #permanent()} when retrying cannot help (SMTP 5xx, bad address). */
public final class MailDeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** True for failures that must not be retried and that suppress the address. */
    public boolean permanent() {
        return permanent;
    }
}
