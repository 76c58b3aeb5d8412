package org.joinedup.api.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404 for a named thing that does not exist. */
@Provider
public final class ResourceNotFoundExceptionMapper implements ExceptionMapper<ResourceNotFoundException> {
    @Override
    public Response toResponse(ResourceNotFoundException e) {
        return new ApiError(404, "not_found", e.getMessage(), null, null).toResponse();
    }
}
