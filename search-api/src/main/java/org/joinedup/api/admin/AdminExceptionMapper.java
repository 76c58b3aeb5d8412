package org.joinedup.api.admin;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Sends an {@link AdminException}'s error envelope. */
public final class AdminExceptionMapper implements ExceptionMapper<AdminException> {
    @Override
    public Response toResponse(AdminException e) {
        return e.error().toResponse();
    }
}
