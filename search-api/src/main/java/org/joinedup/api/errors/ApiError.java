package org.joinedup.api.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * The body of every API error, sent as {@code {"error":{"status":400,"code":"bad_parameter",...}}}.
 *
 * @param status    HTTP status
 * @param code      stable machine-readable code, e.g. {@code bad_parameter}, {@code not_found}
 * @param message   human-readable message
 * @param parameter the offending request parameter, or null
 * @param requestId id also written to the log (server errors only), or null
 */
public record ApiError(int status, String code, String message, String parameter, String requestId) {
    public ApiError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The JSON envelope: a single {@code error} member. */
    public record Envelope(ApiError error) {
    }

    /** A JSON response carrying this error. */
    public Response toResponse() {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new Envelope(this)).build();
    }
}
