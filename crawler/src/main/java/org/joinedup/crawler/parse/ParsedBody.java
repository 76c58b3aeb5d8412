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
 */
public record ParsedBody(SourceFormat format, List<Posting> postings, List<String> links, List<String> problems) {
    public ParsedBody {
        postings = List.copyOf(postings);
        links = List.copyOf(links);
        problems = List.copyOf(problems);
    }
}
