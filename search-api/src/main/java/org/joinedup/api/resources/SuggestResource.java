package org.joinedup.api.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.indexer.suggest.Suggestion;

/**
 * {@code GET /api/v1/suggest?q=}: autocomplete over open vacancies' titles and occupation labels.
 * {@code format=opensearch} answers in the OpenSearch suggestions shape {@code ["q", ["a", "b"]]}.
 */
@Path("v1/suggest")
@Produces(MediaType.APPLICATION_JSON)
public final class SuggestResource {
    static final int MIN_Q = 2;
    static final int MAX_Q = 100;
    static final int DEFAULT_SIZE = 8;
    static final int MAX_SIZE = 20;
    private static final Set<String> PARAMETERS = Set.of("q", "size", "format");

    /** The JSON answer. */
    record Suggestions(String q, List<Suggestion> suggestions) {
    }

    private final VacancySearch search;

    SuggestResource(VacancySearch search) {
        this.search = search;
    }

    /** Suggestions for what has been typed so far. */
    @GET
    public Response suggest(@Context UriInfo uri) throws IOException {
        MultivaluedMap<String, String> p = QueryDecoder.decode(uri.getQueryParameters(false));
        for (String name : p.keySet()) {
            if (!PARAMETERS.contains(name)) throw new BadParameterException(name, "unknown parameter");
        }
        String q = single(p, "q");
        if (q == null || q.strip().length() < MIN_Q || q.length() > MAX_Q) {
            throw new BadParameterException("q", "must be " + MIN_Q + " to " + MAX_Q + " characters");
        }
        int size = size(single(p, "size"));
        String format = single(p, "format");
        if (format != null && !format.equals("json") && !format.equals("opensearch")) {
            throw new BadParameterException("format", "must be json or opensearch");
        }
        List<Suggestion> found = search.suggest(q.strip(), size);
        Object body = "opensearch".equals(format)
            ? List.of(q, found.stream().map(Suggestion::text).toList())
            : new Suggestions(q, found);
        MediaType type = "opensearch".equals(format) ? MediaType.valueOf("application/x-suggestions+json")
            : MediaType.APPLICATION_JSON_TYPE;
        return Response.ok(body, type).build();
    }

    private static String single(MultivaluedMap<String, String> p, String name) {
        List<String> v = p.get(name);
        if (v == null || v.isEmpty()) return null;
        if (v.size() > 1) throw new BadParameterException(name, "given more than once");
        return v.getFirst();
    }

    private static int size(String s) {
        if (s == null) return DEFAULT_SIZE;
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= 1 && n <= MAX_SIZE) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException("size", "must be between 1 and " + MAX_SIZE);
    }
}
