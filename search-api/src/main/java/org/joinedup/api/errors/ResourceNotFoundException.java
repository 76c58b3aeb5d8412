package org.joinedup.api.errors;

/** A named thing (vacancy, source) does not exist; answered with 404 {@code not_found}. */
public final class ResourceNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
