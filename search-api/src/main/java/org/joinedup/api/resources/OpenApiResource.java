package org.joinedup.api.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/v1/openapi.json}: the hand-written OpenAPI 3.0 document of the public endpoints (resource
 * {@code openapi.json} next to this class). A test calls every path it lists, so it cannot drift from the code.
 */
@Path("v1/openapi.json")
public final class OpenApiResource {
    private static final String DOCUMENT = load();

    /** The document. */
    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=utf-8")
    public String document() {
        return DOCUMENT;
    }

    private static String load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
