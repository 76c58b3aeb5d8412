package org.joinedup.crawler.site;

import java.util.List;
import java.util.Map;
import org.joinedup.crawler.CrawlError;
import org.joinedup.crawler.CrawlStateStore.Validators;
import org.joinedup.crawler.Posting;

/**
 * The outcome of crawling one career site.
 *
 * @param postings     postings from every page (including cached ones for pages answering 304)
 * @param errors       failures worth recording
 * @param startStatus  HTTP status of the start page
 * @param fetches      page requests made
 * @param notModified  of those, answered 304
 * @param complete     true when every page was read (or unchanged) without failure and no limit was hit
 * @param validators   validators of the pages read in full, to save once the harvest is acknowledged
 */
public record SiteCrawl(List<Posting> postings, List<CrawlError> errors, int startStatus, int fetches,
                        int notModified, boolean complete, Map<String, Validators> validators) {
    public SiteCrawl {
        postings = List.copyOf(postings);
        errors = List.copyOf(errors);
        validators = Map.copyOf(validators);
    }

    /** True when every page answered 304. */
    public boolean allNotModified() {
        return fetches > 0 && notModified == fetches;
    }
}
