package org.joinedup.api.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything unexpected: a generic 500 whose request id is logged with the stack trace, so a user's report can be
 * matched to the log without leaking internals.
 */
@Provider
public final class CatchAllExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(CatchAllExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        String requestId = UUID.randomUUID().toString();
        LOG.error("request {} failed", requestId, e);
        return new ApiError(500, "internal_error", "internal server error; quote request id " + requestId
            + " when reporting it", null, requestId).toResponse();
    }
}
