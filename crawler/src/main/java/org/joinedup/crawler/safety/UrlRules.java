package org.joinedup.crawler.safety;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Static checks on a URL before any connection: absolute, http(s) only, a host, no user info. */
public final class UrlRules {
    private UrlRules() {
    }

    /** Why the URL may not be fetched, or null. */
    public static String refusal(URI uri) {
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

    /**
     * {@link #refusal(URI)}, then the host as far as it can be judged without resolving it: {@code localhost} and
     * IP literals in any spelling ({@link HostLiterals}) the {@link AddressPolicy} would refuse.
     */
    public static Optional<String> refusalBeforeResolving(URI uri, AddressPolicy addresses) {
        String bad = refusal(uri);
        if (bad != null) return Optional.of(bad);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!addresses.allowsLoopback() && (host.equals("localhost") || host.endsWith(".localhost"))) {
            return Optional.of("loopback host " + host + " refused");
        }
        Optional<InetAddress> literal = HostLiterals.parse(host);
        return literal.flatMap(addresses::refusal);
    }
}
