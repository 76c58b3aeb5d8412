package org.joinedup.api.resources;

import java.io.IOException;
import java.util.Optional;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.SearchResult;
import org.joinedup.indexer.Vacancy;

/** What the API reads from the index; the service passes the indexer, tests a fake. */
public interface VacancySearch {

    /** Runs a typed search. */
    SearchResult search(SearchRequest request) throws IOException;

    /** One vacancy by id, open or closed. */
    Optional<Vacancy> get(String id) throws IOException;
}
