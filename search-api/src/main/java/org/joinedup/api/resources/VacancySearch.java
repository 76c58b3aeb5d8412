package org.joinedup.api.resources;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.joinedup.indexer.GeoPoint;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.SearchResult;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.suggest.Suggestion;

/** What the API reads from the index; the service passes the indexer, tests a fake. */
public interface VacancySearch {

    /** Runs a typed search. */
    SearchResult search(SearchRequest request) throws IOException;

    /** One vacancy by id, open or closed. */
    Optional<Vacancy> get(String id) throws IOException;

    /** Autocomplete suggestions for a prefix (none unless the implementation has a suggester). */
    default List<Suggestion> suggest(String prefix, int n) throws IOException {
        return List.of();
    }

    /** Coordinates of a place name (none unless the implementation has a gazetteer). */
    default Optional<GeoPoint> geocode(String place) {
        return Optional.empty();
    }
}
