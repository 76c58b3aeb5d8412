package org.joinedup.api.alerts;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.glassfish.jersey.uri.UriComponent;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.api.resources.SavedSearchParams;
import org.joinedup.indexer.SearchRequest;

/**
 * A saved search kept as the search API's own query parameters, so an alert accepts exactly what the search API
 * accepts, links back to the same search on the web page, and follows the API's rules if they grow.
 */
final class AlertSearch {
    /** Paging and ordering mean nothing for an alert. */
    private static final Set<String> IGNORED = Set.of("page", "size", "sort", "cursor");
    private static final int MAX_LENGTH = 4000;

    private AlertSearch() {
    }

    /**
     * Parses and validates a query string such as {@code q=nurse&region=Utrecht}.
     *
     * @throws BadParameterException naming the bad search parameter
     */
    static Map<String, List<String>> parse(String queryString) {
        String qs = queryString == null ? "" : queryString.strip();
        if (qs.startsWith("?")) qs = qs.substring(1);
        if (qs.length() > MAX_LENGTH) throw new BadParameterException("search", "too long");
        MultivaluedMap<String, String> decoded;
        try {
            decoded = UriComponent.decodeQuery(qs, true);
        } catch (IllegalArgumentException e) { // a broken %-escape such as "%3" at the end: the sender's error, a 400
            throw new BadParameterException("search", "not a valid query string: " + e.getMessage());
        }
        Map<String, List<String>> out = new TreeMap<>();
        decoded.forEach((k, v) -> {
            List<String> values = v.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (!IGNORED.contains(k) && !values.isEmpty()) out.put(k, values);
        });
        request(out);
        return out;
    }

    /** The search request the stored parameters stand for. */
    static SearchRequest request(Map<String, List<String>> params) {
        MultivaluedMap<String, String> m = new MultivaluedHashMap<>();
        params.forEach((k, v) -> m.put(k, new ArrayList<>(v)));
        return SavedSearchParams.parse(m);
    }

    /** The parameters as a query string, for the web search page. */
    static String queryString(Map<String, List<String>> params) {
        return params.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
            .collect(Collectors.joining("&"));
    }

    /** A one-line human summary for mails, e.g. {@code "nurse" · region: Utrecht}. */
    static String describe(Map<String, List<String>> params) {
        List<String> parts = new ArrayList<>();
        List<String> q = params.get("q");
        if (q != null) parts.add("\u201c" + String.join(" ", q) + "\u201d");
        params.forEach((k, v) -> {
            if (!k.equals("q")) parts.add(k + ": " + String.join(", ", v));
        });
        return parts.isEmpty() ? "*" : String.join(" \u00b7 ", parts);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
