package org.joinedup.api.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import org.joinedup.api.errors.ResourceNotFoundException;
import org.joinedup.indexer.SearchRequest;

/** {@code /api/v1/vacancies}: search with facets, and one vacancy by id. */
@Path("v1/vacancies")
@Produces(MediaType.APPLICATION_JSON)
public final class VacancyResource {

    private final VacancySearch search;
    private final VacancyViews views;

    VacancyResource(VacancySearch search, VacancyViews views) {
        this.search = search;
        this.views = views;
    }

    /** Search; parameters are described in {@link SearchParams}. */
    @GET
    public VacancyViews.SearchResponse search(@Context UriInfo uri) throws IOException {
        SearchRequest request = SearchParams.parse(uri.getQueryParameters());
        return views.response(search.search(request), request.page(), request.size());
    }

    /** One vacancy, open or closed. */
    @GET
    @Path("{id}")
    public VacancyViews.VacancyDetail get(@PathParam("id") String id) throws IOException {
        return search.get(id).map(views::detail)
            .orElseThrow(() -> new ResourceNotFoundException("no vacancy with id " + abbreviate(id)));
    }

    private static String abbreviate(String id) {
        return id.length() <= 100 ? id : id.substring(0, 100) + "...";
    }
}
