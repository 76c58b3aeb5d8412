package org.joinedup.api.resources;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.joinedup.api.errors.ApiError;
import org.joinedup.indexer.InvalidSearchException;

/** A search the index refused (bad cursor, window too deep, query too complex): 400 naming the parameter. */
@Provider
public final class InvalidSearchExceptionMapper implements ExceptionMapper<InvalidSearchException> {
    /** SearchRequest component names that differ from the HTTP parameter names. */
    private static final Map<String, String> PARAMETERS = Map.of("query", "q", "salaryCurrency", "currency");

    @Override
    public Response toResponse(InvalidSearchException e) {
        String parameter = PARAMETERS.getOrDefault(e.component(), e.component());
        return new ApiError(400, "bad_parameter", parameter + ": " + e.getMessage(), parameter, null).toResponse();
    }
}
