package org.joinedup.crawler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joinedup.crawler.CrawlError.Stage;
import org.joinedup.crawler.CrawlStateStore.Validators;
import org.joinedup.crawler.fetch.FetchResult;
import org.joinedup.crawler.fetch.Fetcher;
import org.joinedup.crawler.parse.ParseContext;
import org.joinedup.crawler.parse.ParsedBody;
import org.joinedup.crawler.parse.Parsers;
import org.joinedup.crawler.robots.RobotsCache;
import org.joinedup.crawler.site.SiteCrawl;
import org.joinedup.crawler.site.SiteCrawler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The harvest pipeline for one source, written out in one place: robots.txt check, conditional fetch
 * (guarded, limited, polite), parse, then save health. New validators travel in the {@link Harvest} and are
 * saved only by {@link #acknowledge} once the harvest is committed downstream. A preview runs the same steps
 * without validators and without saving anything.
 */
final class SourceHarvester {
    private static final Logger LOG = LoggerFactory.getLogger(SourceHarvester.class);

    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final SiteCrawler sites;
    private final CrawlStateStore state;

    SourceHarvester(Fetcher fetcher, RobotsCache robots, SiteCrawler sites, CrawlStateStore state) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.sites = sites;
        this.state = state;
    }

    Harvest harvest(Source source, boolean save) {
        Instant start = Instant.now();
        Outcome o;
        if (source.format() == SourceFormat.PUSH || source.url() == null) {
            o = Outcome.failed(new CrawlError(source.id(), null, Stage.CONFIG, "push sources are not fetched", start), 0);
        } else if (source.format() == SourceFormat.CAREER_SITE) {
            o = site(source, save);
        } else {
            o = single(source, save);
        }
        Harvest h = new Harvest(source, o.postings, o.notModified, o.complete && o.errors.isEmpty(), o.status,
            o.errors, start, Instant.now(), save ? o.validators : Map.of(), o.note);
        if (save) {
            state.saveHealth(HealthRecorder.next(state.health(source.id()).orElse(null), h, o.fetches, o.notModifiedCount));
        }
        LOG.info("harvested {}: status {}, {} postings, {} errors{}", source.id(), h.httpStatus(), h.postings().size(),
            h.errors().size(), h.notModified() ? ", not modified" : "");
        return h;
    }

    /** Saves the validators a harvest read; call only after the harvest is committed. */
    void acknowledge(Harvest h) {
        h.validators().forEach(state::saveValidators);
    }

    private Outcome site(Source source, boolean save) {
        SiteCrawl c = sites.crawl(source, save ? state : null);
        boolean unchanged = c.allNotModified() && c.errors().isEmpty();
        String note = c.postings().isEmpty() && c.errors().isEmpty() && !unchanged
            ? "site crawled (" + c.fetches() + " pages): no page has a schema.org JobPosting" : null;
        return new Outcome(unchanged ? List.of() : c.postings(), c.errors(), c.startStatus(), unchanged,
            c.complete() && !unchanged, c.fetches(), c.notModified(), unchanged ? Map.of() : c.validators(), note);
    }

    private Outcome single(Source source, boolean save) {
        String url = source.url().toString();
        Validators v = save ? state.validators(url).orElse(null) : null;
        FetchResult r = fetcher.fetch(source.url(), v, robots);
        int fetched = r.failure() != null && r.failure().stage() == Stage.ROBOTS ? 0 : 1;
        if (r.notModified()) {
            return new Outcome(List.of(), List.of(), 304, true, false, fetched, 1, Map.of(), null);
        }
        if (!r.ok()) {
            String reason = r.failure() == null ? "HTTP " + r.status() : r.failure().reason();
            Stage stage = r.failure() == null ? Stage.FETCH : r.failure().stage();
            return Outcome.failed(new CrawlError(source.id(), url, stage, reason, Instant.now()), r.status()).fetched(fetched);
        }
        ParseContext ctx = new ParseContext(source.id(), r.finalUri().toString(), r.contentType(), Instant.now());
        try {
            ParsedBody parsed = Parsers.parse(source.format(), r.body(), ctx);
            List<CrawlError> problems = new ArrayList<>();
            parsed.problems().forEach(p -> problems.add(new CrawlError(source.id(), url, Stage.PARSE, p, Instant.now())));
            // acknowledged only after a clean parse, or a bad body would stick behind 304s
            Map<String, Validators> v2 = r.validators() != null && problems.isEmpty() ? Map.of(url, r.validators())
                : Map.of();
            return new Outcome(parsed.postings(), problems, r.status(), false, true, 1, 0, v2, parsed.note());
        } catch (ParseException e) {
            return Outcome.failed(new CrawlError(source.id(), url, Stage.PARSE, e.reason(), Instant.now()), r.status())
                .fetched(1);
        }
    }

    /** Internal result of one harvest before it becomes a {@link Harvest}. */
    private record Outcome(List<Posting> postings, List<CrawlError> errors, int status, boolean notModified,
                           boolean complete, int fetches, int notModifiedCount, Map<String, Validators> validators,
                           String note) {
        static Outcome failed(CrawlError e, int status) {
            return new Outcome(List.of(), List.of(e), status, false, false, 0, 0, Map.of(), null);
        }

        Outcome fetched(int n) {
            return new Outcome(postings, errors, status, notModified, complete, n, notModifiedCount, validators, note);
        }
    }

}
