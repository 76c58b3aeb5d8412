package org.joinedup.api.resources;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.SearchResult;

/**
 * {@code GET /api/v1/export/vacancies.jsonl}: every open, canonical vacancy, one JSON object per line (the same
 * shape as {@code /api/v1/vacancies/{id}}), for intermediaries that mirror the whole set. Streamed page by page
 * with the search cursor, so memory stays flat however large the index is.
 */
@Path("v1/export")
public final class ExportResource {
    /** Media type of JSON Lines. */
    static final String JSONL = "application/jsonl";
    static final int PAGE = 500;

    private final VacancySearch search;
    private final VacancyViews views;
    private final ObjectWriter writer = ObjectMapperProvider.newMapper()
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer();

    ExportResource(VacancySearch search, VacancyViews views) {
        this.search = search;
        this.views = views;
    }

    /** The export; newest first, ties in id order. */
    @GET
    @Path("vacancies.jsonl")
    @Produces(JSONL + ";charset=utf-8")
    public Response vacancies() {
        StreamingOutput body = this::write;
        return Response.ok(body).header("Content-Disposition", "inline; filename=\"vacancies.jsonl\"").build();
    }

    private void write(OutputStream raw) throws IOException {
        OutputStream out = new BufferedOutputStream(raw, 64 * 1024);
        String cursor = null;
        do {
            SearchResult page = search.search(SearchRequest.builder().sort(SearchRequest.Sort.DATE_POSTED)
                .size(PAGE).cursor(cursor).build());
            for (SearchResult.Hit h : page.hits()) {
                writer.writeValue(out, views.detail(h.vacancy()));
                out.write('\n');
            }
            cursor = page.hits().isEmpty() ? null : page.nextCursor();
        } while (cursor != null);
        out.flush();
    }
}
