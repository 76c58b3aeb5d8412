package org.joinedup.api.resources;

import jakarta.ws.rs.core.MultivaluedMap;
import org.joinedup.indexer.SearchRequest;

/**
 * The search API's parameter rules for other packages (saved-search alerts accept exactly the parameters
 * {@code GET /api/v1/vacancies} accepts).
 */
public final class SavedSearchParams {

    private SavedSearchParams() {
    }

    /**
     * Validates search parameters and builds the request.
     *
     * @throws org.joinedup.api.errors.BadParameterException naming the first bad parameter
     */
    public static SearchRequest parse(MultivaluedMap<String, String> params) {
        return SearchParams.parse(params);
    }
}
