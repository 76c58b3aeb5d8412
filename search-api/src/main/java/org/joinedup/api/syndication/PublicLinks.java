package org.joinedup.api.syndication;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Absolute links to this service for feeds, OpenSearch and JSON-LD: {@code server.publicBaseUrl} when
 * configured, otherwise the bound address. Never derived from the request's Host header, which a client
 * controls and a cache could then serve to others.
 */
public final class PublicLinks {
    private final URI configured;
    private final Supplier<URI> bound;

    /**
     * @param configured the configured public base URL, or null
     * @param bound      the bound base URL (known once the server has started)
     */
    public PublicLinks(URI configured, Supplier<URI> bound) {
        this.configured = configured;
        this.bound = bound;
    }

    /** The base URL with a trailing slash. */
    public URI base() {
        URI b = configured != null ? configured : bound.get();
        String s = b.toString();
        return s.endsWith("/") ? b : URI.create(s + "/");
    }

    /** A path below the base, e.g. {@code feeds/vacancies.rss}. */
    public URI at(String relative) {
        return base().resolve(relative);
    }

    /** The server-side vacancy page (with its JSON-LD). */
    public URI vacancyPage(String id) {
        return at("vacancies/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
