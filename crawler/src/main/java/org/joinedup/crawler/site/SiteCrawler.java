package org.joinedup.crawler.site;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joinedup.crawler.CrawlError;
import org.joinedup.crawler.CrawlError.Stage;
import org.joinedup.crawler.CrawlStateStore;
import org.joinedup.crawler.CrawlStateStore.Validators;
import org.joinedup.crawler.CrawlerConfig;
import org.joinedup.crawler.ParseException;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.fetch.FetchResult;
import org.joinedup.crawler.fetch.Fetcher;
import org.joinedup.crawler.html.HtmlJobPostingParser;
import org.joinedup.crawler.html.HtmlPage;
import org.joinedup.crawler.parse.ParseContext;
import org.joinedup.crawler.robots.RobotsCache;

/**
 * Crawls a career site breadth-first from its start page, within the start page's host, seeded by sitemaps,
 * up to {@code maxPagesPerSite} pages. Every request goes through the shared fetcher with robots.txt
 * politeness. With a state store, requests are conditional and unchanged pages reuse cached postings.
 */
public final class SiteCrawler {
    private static final int MAX_SITEMAPS = 10;

    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final CrawlerConfig config;
    private final PageCache cache;

    /** A crawler over the shared fetcher, robots cache and page cache. */
    public SiteCrawler(Fetcher fetcher, RobotsCache robots, CrawlerConfig config, PageCache cache) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.config = config;
        this.cache = cache;
    }

    /** Crawls the source's site; {@code state} null means a preview (unconditional, nothing saved). */
    public SiteCrawl crawl(Source source, CrawlStateStore state) {
        Run run = new Run(source, state);
        run.enqueue(source.url().toString());
        run.seedFromSitemaps();
        while (!run.queue.isEmpty() && run.pages < config.maxPagesPerSite()) {
            run.page(run.queue.poll());
        }
        if (!run.queue.isEmpty()) {
            run.error(source.url().toString(), Stage.LIMIT, "stopped after " + run.pages + " pages ("
                + run.queue.size() + " more URLs queued)");
        }
        return new SiteCrawl(run.postings, run.errors, run.startStatus, run.fetches, run.notModified,
            run.errors.isEmpty(), run.validators);
    }

    /** State of one crawl. */
    private final class Run {
        final Source source;
        final URI start;
        final CrawlStateStore state;
        final Deque<String> queue = new ArrayDeque<>();
        final Set<String> seen = new HashSet<>();
        final Set<String> postingKeys = new LinkedHashSet<>();
        final List<Posting> postings = new ArrayList<>();
        final List<CrawlError> errors = new ArrayList<>();
        /** Validators of pages read in full, saved only when the crawler's caller acknowledges the harvest. */
        final Map<String, Validators> validators = new LinkedHashMap<>();
        int pages;
        int fetches;
        int notModified;
        int startStatus;

        Run(Source source, CrawlStateStore state) {
            this.source = source;
            this.start = source.url();
            this.state = state;
        }

        void enqueue(String url) {
            String u = LinkRules.follow(url, start);
            if (u != null && seen.add(u)) {
                queue.add(u);
            }
        }

        void seedFromSitemaps() {
            Set<String> maps = new LinkedHashSet<>();
            robots.sitemaps(start).stream().filter(s -> SitemapReader.sameHost(s, start)).forEach(maps::add);
            maps.add(start.resolve("/sitemap.xml").toString());
            Deque<String> todo = new ArrayDeque<>(maps);
            for (int n = 0; !todo.isEmpty() && n < MAX_SITEMAPS; n++) {
                String map = todo.poll();
                FetchResult r = fetcher.fetch(URI.create(map), null, robots);
                if (!r.ok()) {
                    if (r.status() != 404 && r.status() != 410 && r.failure() != null && r.failure().stage() != Stage.ROBOTS) {
                        error(map, r.failure().stage(), "sitemap: " + r.failure().reason());
                    }
                    continue;
                }
                SitemapReader.Listing listing = SitemapReader.read(r, config.maxBodyBytes());
                if (listing.problem() != null) error(map, Stage.PARSE, listing.problem());
                listing.pages().forEach(this::enqueue);
                listing.sitemaps().stream().filter(s -> SitemapReader.sameHost(s, start) && maps.add(s)).forEach(todo::add);
            }
        }

        void page(String url) {
            pages++;
            boolean isStart = url.equals(LinkRules.follow(start.toString(), start));
            Validators saved = state == null ? null : state.validators(url).orElse(null);
            // a cached yield stands in for a 304 only if it was read under the validators the server confirms
            var cached = saved == null ? Optional.<PageCache.Page>empty()
                : cache.get(url).filter(p -> saved.equals(p.validators()));
            FetchResult r = fetcher.fetch(URI.create(url), cached.isPresent() ? saved : null, robots);
            if (r.failure() == null || r.failure().stage() != Stage.ROBOTS) fetches++;
            if (isStart) startStatus = r.status();
            if (r.notModified() && cached.isPresent()) {
                notModified++;
                use(cached.get());
            } else if (r.ok()) {
                read(url, r);
            } else if (r.failure() != null && (isStart || !ignorable(r))) {
                error(url, r.failure().stage(), r.failure().reason());
            }
        }

        private boolean ignorable(FetchResult r) {
            return r.failure().stage() == Stage.ROBOTS || r.status() == 404 || r.status() == 410;
        }

        private void read(String url, FetchResult r) {
            String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
            if (!type.isEmpty() && !type.contains("html")) {
                return; // not a page (a PDF or image we could not tell from the URL)
            }
            ParseContext ctx = new ParseContext(source.id(), r.finalUri().toString(), r.contentType(), Instant.now());
            try {
                HtmlPage page = HtmlJobPostingParser.parsePage(r.body(), ctx);
                page.problems().forEach(p -> error(url, Stage.PARSE, p));
                PageCache.Page yield = new PageCache.Page(page.postings(), page.links(), r.validators());
                use(yield);
                if (state != null) {
                    cache.put(url, yield);
                    if (r.validators() != null) validators.put(url, r.validators());
                }
            } catch (ParseException e) {
                error(url, Stage.PARSE, e.reason());
            }
        }

        private void use(PageCache.Page page) {
            for (Posting p : page.postings()) {
                if (postingKeys.add(p.sourceRef())) postings.add(p);
            }
            page.links().forEach(this::enqueue);
        }

        void error(String url, Stage stage, String reason) {
            errors.add(new CrawlError(source.id(), url, stage, reason, Instant.now()));
        }
    }
}
