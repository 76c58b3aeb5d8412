package org.joinedup.api.admin;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.indexer.IngestReport;

/** What the admin API needs from the index: pushes, closings, and closing a removed source's vacancies. */
public interface VacancyIndex {

    /** Adds or updates pushed postings of a push source and makes them searchable. */
    IngestReport push(Source source, List<Posting> postings) throws IOException;

    /** Closes one vacancy; true when it was open. */
    boolean close(String sourceId, String sourceRef, Instant at) throws IOException;

    /** Closes every open vacancy of a source (it was deleted); returns how many. */
    int closeAll(String sourceId, Instant at) throws IOException;
}
