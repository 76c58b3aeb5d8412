package org.joinedup.indexer.alerts;

import java.util.Objects;
import org.joinedup.indexer.SearchRequest;

/**
 * A saved search as the matcher sees it: an id (the alert's) and the search request.
 *
 * @param id      alert id
 * @param request the search; paging and sort are ignored for matching
 */
public record SavedSearch(String id, SearchRequest request) {
    public SavedSearch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
    }
}
