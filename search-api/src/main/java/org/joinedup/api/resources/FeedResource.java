package org.joinedup.api.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.Instant;
import org.joinedup.api.syndication.FeedWriter;
import org.joinedup.api.syndication.PublicLinks;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.SearchResult;

/**
 * {@code /feeds/vacancies.rss} and {@code /feeds/vacancies.atom}: any search (same parameters as
 * {@code /api/v1/vacancies}, newest first unless a sort is given) as RSS 2.0 or Atom 1.0.
 */
@Path("")
public final class FeedResource {
    private final VacancySearch search;
    private final VacancyViews views;
    private final PublicLinks links;

    FeedResource(VacancySearch search, VacancyViews views, PublicLinks links) {
        this.search = search;
        this.views = views;
        this.links = links;
    }

    /** RSS 2.0. */
    @GET
    @Path("vacancies.rss")
    @Produces({"application/rss+xml;charset=utf-8", MediaType.APPLICATION_JSON})
    public Response rss(@Context UriInfo uri) throws IOException {
        return feed(FeedWriter.Format.RSS, "vacancies.rss", uri);
    }

    /** Atom 1.0. */
    @GET
    @Path("vacancies.atom")
    @Produces({"application/atom+xml;charset=utf-8", MediaType.APPLICATION_JSON})
    public Response atom(@Context UriInfo uri) throws IOException {
        return feed(FeedWriter.Format.ATOM, "vacancies.atom", uri);
    }

    private Response feed(FeedWriter.Format format, String name, UriInfo uri) throws IOException {
        SearchRequest request = SearchParams.parse(QueryDecoder.decode(uri.getQueryParameters(false)),
            search::geocode, SearchRequest.Sort.DATE_POSTED);
        SearchResult result = search.search(request);
        String query = uri.getRequestUri().getRawQuery();
        String suffix = query == null || query.isEmpty() ? "" : "?" + query;
        String title = "Joined-up Jobs: " + (request.query().isEmpty() ? "latest vacancies" : request.query());
        FeedWriter.Channel channel = new FeedWriter.Channel(title, links.at("feeds/" + name + suffix),
            links.at(suffix), Instant.now());
        String xml = FeedWriter.write(format, channel, result.hits().stream()
            .map(h -> new FeedWriter.Item(h.vacancy(), views.configured(h.vacancy().sourceId()),
                links.vacancyPage(h.vacancy().id())))
            .toList());
        return Response.ok(xml, format.mediaType() + ";charset=utf-8").build();
    }
}
