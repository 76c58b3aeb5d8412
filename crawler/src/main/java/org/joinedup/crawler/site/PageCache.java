package org.joinedup.crawler.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joinedup.crawler.CrawlStateStore.Validators;
import org.joinedup.crawler.Posting;

/**
 * What each page yielded last time, so a page answering 304 still contributes its postings and links.
 * Bounded (least recently used pages are dropped; a dropped page is simply fetched unconditionally).
 */
public final class PageCache {
    /** A page's last yield and the validators it was served with (null when none). */
    public record Page(List<Posting> postings, List<String> links, Validators validators) {
        public Page {
            postings = List.copyOf(postings);
            links = List.copyOf(links);
        }
    }

    private final Map<String, Page> pages;

    /** A cache holding at most {@code capacity} pages. */
    public PageCache(int capacity) {
        this.pages = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The page's last yield, if cached. */
    public synchronized Optional<Page> get(String url) {
        return Optional.ofNullable(pages.get(url));
    }

    /** Remembers a page's yield. */
    public synchronized void put(String url, Page page) {
        pages.put(url, page);
    }
}
