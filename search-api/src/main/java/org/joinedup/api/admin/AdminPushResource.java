package org.joinedup.api.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;

/**
 * {@code /api/v1/admin/sources/{id}/vacancies/{ref}}: publisher push for PUSH sources. PUT a vacancy as JSON
 * ({@link PushedVacancy}) or as an Indeed-style {@code <job>} XML body, chosen by Content-Type; DELETE closes it.
 */
@Path("v1/admin/sources/{id}/vacancies")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminPushResource {

    private final PushService push;

    @Context
    private SecurityContext security;
    @Context
    private HttpServletRequest servletRequest;

    AdminPushResource(PushService push) {
        this.push = push;
    }

    /** Adds or updates one vacancy; 200 with its id and link. */
    @PUT
    @Path("{ref}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public PushService.Result put(@PathParam("id") String id, @PathParam("ref") String ref, byte[] body,
                                  @Context HttpHeaders headers) throws IOException {
        return push.put(id, ref, body, headers.getMediaType(), AdminActors.of(security, servletRequest));
    }

    /** Closes one vacancy; 204, or 404 when it is not open. */
    @DELETE
    @Path("{ref}")
    public Response delete(@PathParam("id") String id, @PathParam("ref") String ref) throws IOException {
        push.delete(id, ref, AdminActors.of(security, servletRequest));
        return Response.noContent().build();
    }
}
