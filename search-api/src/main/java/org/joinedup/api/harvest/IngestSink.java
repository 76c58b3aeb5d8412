package org.joinedup.api.harvest;

import java.io.IOException;
import org.joinedup.crawler.Harvest;
import org.joinedup.indexer.IngestReport;

/** Where harvests go: the indexer in the service, a fake in tests. */
public interface IngestSink {

    /** Runs the indexing pipeline for one harvest; durable when it returns. */
    IngestReport ingest(Harvest harvest) throws IOException;

    /** Makes everything ingested so far searchable now. */
    void refresh() throws IOException;
}
