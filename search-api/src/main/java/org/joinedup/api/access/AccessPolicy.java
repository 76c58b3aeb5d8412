package org.joinedup.api.access;

import java.util.List;

/**
 * Which paths are the public read API (CORS for any origin) and which are counted against rate limits.
 * Admin and alert routes are neither public nor cross-origin; static pages, the demo sites and the status
 * probe are not counted (monitors and the crawler poll them from loopback), nor are the token-authenticated
 * admin routes.
 */
final class AccessPolicy {
    private static final List<String> PUBLIC_EXACT = List.of("/api/v1/vacancies", "/api/v1/suggest",
        "/api/v1/openapi.json", "/api/v1/stats", "/opensearch.xml");
    private static final List<String> PUBLIC_PREFIXES = List.of("/api/v1/vacancies/", "/api/v1/export/", "/api/v1/stats/",
        "/feeds/");
    private static final List<String> COUNTED_PREFIXES = List.of("/api/", "/feeds/");
    private static final List<String> NOT_COUNTED = List.of("/api/v1/status");
    /** Authenticated with admin bearer tokens; quotas are for the anonymous and keyed public API. */
    private static final String ADMIN = "/api/v1/admin/";

    private AccessPolicy() {
    }

    /** The public read API: answered with CORS headers for any origin. */
    static boolean isPublic(String path) {
        return PUBLIC_EXACT.contains(path) || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** Counted against the caller's rate limit. */
    static boolean isCounted(String path) {
        return COUNTED_PREFIXES.stream().anyMatch(path::startsWith) && !NOT_COUNTED.contains(path)
            && !path.startsWith(ADMIN);
    }
}
