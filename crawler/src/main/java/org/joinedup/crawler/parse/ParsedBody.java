package org.joinedup.crawler.parse;

import java.util.List;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.SourceFormat;

/**
 * A parsed body.
 *
 * @param format   the format actually found
 * @param postings postings in document order
 * @param links    links found (HTML pages only; the site crawler follows them)
 * @param problems reasons for parts that could not be read (e.g. one broken JSON-LD block of several)
 * @param note     why there are no postings, for an admin ("RSS feed parsed: 0 items"); null when there are some
 */
public record ParsedBody(SourceFormat format, List<Posting> postings, List<String> links, List<String> problems,
                         String note) {
    public ParsedBody {
        postings = List.copyOf(postings);
        links = List.copyOf(links);
        problems = List.copyOf(problems);
    }
}
