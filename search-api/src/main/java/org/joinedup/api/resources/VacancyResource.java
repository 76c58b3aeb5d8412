package org.joinedup.api.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.Instant;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.api.errors.ResourceNotFoundException;
import org.joinedup.api.syndication.JobPostingLd;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.Vacancy;

/** {@code /api/v1/vacancies}: search with facets, and one vacancy by id as JSON or schema.org JSON-LD. */
@Path("v1/vacancies")
@Produces(MediaType.APPLICATION_JSON)
public final class VacancyResource {
    /** JSON-LD's media type. */
    static final String JSON_LD = "application/ld+json";
    private static final MediaType JSON_LD_TYPE = MediaType.valueOf(JSON_LD);

    private final VacancySearch search;
    private final VacancyViews views;

    VacancyResource(VacancySearch search, VacancyViews views) {
        this.search = search;
        this.views = views;
    }

    /** Search; parameters are described in {@link SearchParams} and the OpenAPI document. */
    @GET
    public VacancyViews.SearchResponse search(@Context UriInfo uri) throws IOException {
        SearchRequest request = SearchParams.parse(QueryDecoder.decode(uri.getQueryParameters(false)),
            search::geocode, SearchRequest.Sort.RELEVANCE);
        return views.response(search.search(request), request.page(), request.size());
    }

    /**
     * One vacancy, open or closed: JSON by default, JobPosting JSON-LD for {@code Accept: application/ld+json}
     * or {@code ?format=jsonld}.
     */
    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, JSON_LD})
    public Response get(@PathParam("id") String id, @QueryParam("format") String format,
                        @Context HttpHeaders headers) throws IOException {
        Vacancy v = search.get(id)
            .orElseThrow(() -> new ResourceNotFoundException("no vacancy with id " + abbreviate(id)));
        if (wantsJsonLd(format, headers)) {
            return Response.ok(JobPostingLd.of(v, views.configured(v.sourceId()), null, Instant.now()), JSON_LD_TYPE)
                .build();
        }
        return Response.ok(views.detail(v), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static boolean wantsJsonLd(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "jsonld" -> true;
                case "json" -> false;
                default -> throw new BadParameterException("format", "must be json or jsonld");
            };
        }
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isWildcardType() || m.isWildcardSubtype()) return false;
            if (m.isCompatible(JSON_LD_TYPE)) return true;
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) return false;
        }
        return false;
    }

    private static String abbreviate(String id) {
        return id.length() <= 100 ? id : id.substring(0, 100) + "...";
    }
}
