package org.joinedup.api.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jersey's own errors (unknown path, wrong method, unacceptable media type) as JSON instead of HTML.
 */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    private static final Logger LOG = LoggerFactory.getLogger(WebApplicationExceptionMapper.class);

    private static final Map<Integer, String> CODES = Map.of(
        400, "bad_request", 404, "not_found", 405, "method_not_allowed", 406, "not_acceptable",
        415, "unsupported_media_type");
    private static final Map<Integer, String> MESSAGES = Map.of(
        404, "no such resource", 405, "method not allowed on this resource",
        406, "no acceptable representation; this API speaks application/json",
        415, "unsupported request body type");

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            String requestId = UUID.randomUUID().toString();
            LOG.error("request {} failed with {}", requestId, status, e);
            return new ApiError(status, "internal_error", "internal server error", null, requestId).toResponse();
        }
        String code = CODES.getOrDefault(status, "http_" + status);
        String message = MESSAGES.getOrDefault(status, e.getResponse().getStatusInfo().getReasonPhrase());
        Response.ResponseBuilder out = Response.fromResponse(new ApiError(status, code, message, null, null)
            .toResponse());
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) out.header(HttpHeaders.ALLOW, allow);
        return out.build();
    }
}
