package org.joinedup.crawler.fetch;

import java.net.URI;
import java.util.Locale;

/** Static checks on a URL before any connection: absolute, http(s) only, a host, no user info. */
final class UrlRules {
    private UrlRules() {
    }

    /** Why the URL may not be fetched, or null. */
    static String refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "scheme '" + scheme + "' refused (http and https only)";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "URL has no valid host: " + uri;
        }
        if (uri.getRawUserInfo() != null) {
            return "URL with user info refused";
        }
        return null;
    }
}
