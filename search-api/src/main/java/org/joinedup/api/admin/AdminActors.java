package org.joinedup.api.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;

/** The {@link Actor} of an authenticated admin request. */
final class AdminActors {
    private AdminActors() {
    }

    static Actor of(SecurityContext security, HttpServletRequest request) {
        String name = security == null || security.getUserPrincipal() == null ? "anonymous"
            : security.getUserPrincipal().getName();
        return new Actor(name, request == null ? null : request.getRemoteAddr());
    }
}
