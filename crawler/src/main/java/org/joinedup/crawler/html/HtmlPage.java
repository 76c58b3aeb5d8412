package org.joinedup.crawler.html;

import java.util.List;
import org.joinedup.crawler.Posting;

/**
 * What a career-site page yields: its postings and the links found on it (absolute URLs).
 *
 * @param postings JobPostings found in JSON-LD or microdata
 * @param links    absolute http(s) links, in page order
 * @param problems reasons why JSON-LD blocks on the page could not be read
 * @param note     why there are no postings (e.g. "page has no schema.org JobPosting"), null when there are some
 */
public record HtmlPage(List<Posting> postings, List<String> links, List<String> problems,
                       String note) {
    public HtmlPage {
        postings = List.copyOf(postings);
        links = List.copyOf(links);
        problems = List.copyOf(problems);
    }
}
