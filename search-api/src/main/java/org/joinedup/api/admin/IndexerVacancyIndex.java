package org.joinedup.api.admin;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.indexer.Indexer;
import org.joinedup.indexer.IngestReport;
import org.joinedup.indexer.Vacancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link VacancyIndex} on the real {@link Indexer}: closing a whole source is one batch and one commit in the
 * indexer ({@link Indexer#closeSource}). Pushed vacancies that are new go to alert matching like harvested ones.
 */
public final class IndexerVacancyIndex implements VacancyIndex {
    private static final Logger LOG = LoggerFactory.getLogger(IndexerVacancyIndex.class);

    private final Indexer indexer;
    private final Consumer<List<Vacancy>> onAdded;

    /** Without alert matching (tools and tests). */
    public IndexerVacancyIndex(Indexer indexer) {
        this(indexer, added -> { });
    }

    /**
     * @param onAdded receives each push's newly indexed vacancies (alert matching); its failures are logged,
     *                and the indexer's backlog keeps what was not matched for a later retry
     */
    public IndexerVacancyIndex(Indexer indexer, Consumer<List<Vacancy>> onAdded) {
        this.indexer = indexer;
        this.onAdded = onAdded;
    }

    @Override
    public IngestReport push(Source source, List<Posting> postings) throws IOException {
        IngestReport report = indexer.push(source, postings);
        indexer.refresh(); // a publisher expects to find what it just pushed
        if (!report.added().isEmpty()) {
            try {
                onAdded.accept(report.added());
            } catch (RuntimeException e) {
                // the vacancy is indexed (the publisher's PUT succeeded); its alerts come with the backlog retry
                LOG.error("alert matching failed for {} pushed vacancies; left for the retry", report.added().size(),
                    e);
            }
        }
        return report;
    }

    @Override
    public boolean close(String sourceId, String sourceRef, Instant at) throws IOException {
        boolean closed = indexer.close(sourceId, sourceRef, at);
        if (closed) indexer.refresh();
        return closed;
    }

    @Override
    public int closeAll(String sourceId, Instant at) throws IOException {
        int closed = indexer.closeSource(sourceId, at);
        indexer.refresh();
        return closed;
    }
}
