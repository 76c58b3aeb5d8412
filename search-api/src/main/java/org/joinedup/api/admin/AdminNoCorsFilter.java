package org.joinedup.api.admin;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;
import java.util.Locale;

/**
 * Admin routes are for server-side clients and operators only: whatever a CORS filter for the public API may
 * have added, no {@code Access-Control-*} header leaves an admin response, so browsers on other origins can
 * never read it. Lowest priority value, because response filters run in reverse priority order: this runs last.
 */
@Priority(1)
public final class AdminNoCorsFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!AdminAuthFilter.isAdminPath(request.getUriInfo().getPath())) return;
        List<String> cors = response.getHeaders().keySet().stream()
            .filter(h -> h.toLowerCase(Locale.ROOT).startsWith("access-control-")).toList();
        cors.forEach(response.getHeaders()::remove);
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }
}
