package org.joinedup.api.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 with the parameter named. */
@Provider
public final class BadParameterExceptionMapper implements ExceptionMapper<BadParameterException> {
    @Override
    public Response toResponse(BadParameterException e) {
        return new ApiError(400, "bad_parameter", e.getMessage(), e.parameter(), null).toResponse();
    }
}
