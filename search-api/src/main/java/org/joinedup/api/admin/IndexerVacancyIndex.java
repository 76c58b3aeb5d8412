package org.joinedup.api.admin;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.indexer.Indexer;
import org.joinedup.indexer.IngestReport;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.SearchResult;
import org.joinedup.indexer.Vacancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link VacancyIndex} on the real {@link Indexer}. Finding a source's vacancies uses only the indexer's public
 * search: every canonical record is paged through (closed ones too, because "open but past its closing date"
 * is still open), and duplicates this source contributed to other sources' clusters are found through
 * {@code cluster.alsoListedAt}. Pushed vacancies that are new go to alert matching like harvested ones.
 */
public final class IndexerVacancyIndex implements VacancyIndex {
    private static final Logger LOG = LoggerFactory.getLogger(IndexerVacancyIndex.class);
    private static final int PAGE = 200;

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
        int closed = 0;
        for (String ref : openRefs(sourceId)) {
            if (indexer.close(sourceId, ref, at)) closed++;
        }
        indexer.refresh();
        return closed;
    }

    private Set<String> openRefs(String sourceId) throws IOException {
        Set<String> refs = new LinkedHashSet<>();
        String cursor = null;
        do {
            SearchResult page = indexer.search(new SearchRequest("", null, null, null, null, null, null, null, null,
                null, null, null, null, SearchRequest.Sort.DATE_POSTED, 1, PAGE, cursor, true));
            for (SearchResult.Hit hit : page.hits()) {
                collect(hit.vacancy(), sourceId, refs);
            }
            cursor = page.hits().isEmpty() ? null : page.nextCursor();
        } while (cursor != null);
        return refs;
    }

    private void collect(Vacancy v, String sourceId, Set<String> refs) throws IOException {
        if (v.sourceId().equals(sourceId) && v.lifecycle().status() == Vacancy.Status.OPEN) refs.add(v.sourceRef());
        for (Vacancy.Listing l : v.cluster().alsoListedAt()) {
            if (!l.sourceId().equals(sourceId)) continue;
            indexer.get(l.vacancyId()).filter(m -> m.lifecycle().status() == Vacancy.Status.OPEN)
                .ifPresent(m -> refs.add(m.sourceRef()));
        }
    }
}
