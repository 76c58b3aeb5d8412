package org.joinedup.api.admin;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import org.joinedup.api.errors.ApiError;
import org.joinedup.api.persistence.AdminToken;

/**
 * Guards every request under {@code /api/v1/admin}: it must carry {@code Authorization: Bearer <token>} of an
 * active admin token. Runs before resource matching, so unknown admin paths answer 401 too rather than revealing
 * what exists. Failures get a JSON 401 with {@code WWW-Authenticate: Bearer} and an audit entry with the client
 * address; success puts the token's name in the {@link SecurityContext} for the audit log.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class AdminAuthFilter implements ContainerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final AdminTokens tokens;
    private final AuditTrail audit;

    @Context
    private HttpServletRequest servletRequest;

    AdminAuthFilter(AdminTokens tokens, AuditTrail audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    /** True for paths (relative to /api) of the admin API. */
    static boolean isAdminPath(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("v1/admin") || p.startsWith("v1/admin/");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!isAdminPath(path)) return;
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String remote = servletRequest == null ? null : servletRequest.getRemoteAddr();
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(request, path, remote, header == null ? "missing bearer token" : "not a bearer token", false);
            return;
        }
        Optional<AdminToken> token = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (token.isEmpty()) {
            refuse(request, path, remote, "invalid or revoked token", true);
            return;
        }
        request.setSecurityContext(new AdminSecurity(token.get().name(), request.getSecurityContext().isSecure()));
    }

    private void refuse(ContainerRequestContext request, String path, String remote, String reason,
                        boolean tokenGiven) {
        audit.record(new Actor("anonymous", remote), "login.failed", "/api/" + path,
            Map.of("reason", reason, "method", request.getMethod()));
        String challenge = tokenGiven ? "Bearer realm=\"joinedup-admin\", error=\"invalid_token\""
            : "Bearer realm=\"joinedup-admin\"";
        request.abortWith(Response.fromResponse(new ApiError(401, "unauthorized",
                "admin API: " + reason + "; send Authorization: Bearer <token>", null, null).toResponse())
            .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build());
    }

    /** The authenticated admin: principal name = token name. */
    private record AdminSecurity(String name, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return () -> name;
        }

        @Override
        public boolean isUserInRole(String role) {
            return "admin".equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
