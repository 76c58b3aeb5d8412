package org.joinedup.api.admin;

import org.joinedup.api.errors.ApiError;

/** An admin request that cannot be carried out (409 conflict, 422 unprocessable, ...), answered as an ApiError. */
final class AdminException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ApiError error;

    private AdminException(ApiError error) {
        super(error.message());
        this.error = error;
    }

    /** 409: the request clashes with the source's current state (exists already, paused, defined in config). */
    static AdminException conflict(String message) {
        return new AdminException(new ApiError(409, "conflict", message, null, null));
    }

    /** 422: well-formed but unusable content, e.g. a pushed vacancy the indexer rejects. */
    static AdminException unprocessable(String parameter, String message) {
        return new AdminException(new ApiError(422, "unprocessable", message, parameter, null));
    }

    ApiError error() {
        return error;
    }
}
