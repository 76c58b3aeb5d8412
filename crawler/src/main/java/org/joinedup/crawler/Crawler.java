package org.joinedup.crawler;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joinedup.crawler.fetch.Fetcher;
import org.joinedup.crawler.parse.ParseContext;
import org.joinedup.crawler.parse.Parsers;
import org.joinedup.crawler.charset.CharsetSniffer;
import org.joinedup.crawler.robots.RobotsCache;
import org.joinedup.crawler.safety.AddressPolicy;
import org.joinedup.crawler.safety.UrlRules;
import org.joinedup.crawler.site.PageCache;
import org.joinedup.crawler.site.SiteCrawler;

/**
 * Front door of the crawler: harvests sources (feeds, job XML, HR-XML, career sites) politely and safely,
 * previews a source without saving anything, and parses pushed bodies. One instance shares one fetcher, so
 * per-host politeness holds across all sources. Never throws for network or content problems: they are
 * recorded as {@link CrawlError}s in the {@link Harvest} and in the source's {@link SourceHealth}.
 */
public final class Crawler implements AutoCloseable {
    private static final int PAGE_CACHE_PAGES = 20_000;

    private final CrawlerConfig config;
    private final CrawlStateStore state;
    private final Fetcher fetcher;
    private final SourceHarvester harvester;

    /** A crawler with its own HTTP client; close it when done. */
    public Crawler(CrawlerConfig config, CrawlStateStore state) {
        this.config = Objects.requireNonNull(config, "config");
        this.state = Objects.requireNonNull(state, "state");
        this.fetcher = new Fetcher(config);
        RobotsCache robots = new RobotsCache(fetcher, config);
        SiteCrawler sites = new SiteCrawler(fetcher, robots, config, new PageCache(PAGE_CACHE_PAGES));
        this.harvester = new SourceHarvester(fetcher, robots, sites, state);
    }

    /**
     * Fetches (conditionally) and parses one source, saving its health. The new validators are NOT saved here:
     * call {@link #acknowledge(Harvest)} once the harvest is committed (indexed), so a harvest lost to a crash
     * or an indexer failure is fetched in full next time instead of being answered 304.
     */
    public Harvest harvest(Source source) {
        return harvester.harvest(Objects.requireNonNull(source, "source"), true);
    }

    /**
     * Saves the validators (ETag / Last-Modified per URL) a harvest read, so the next poll is conditional.
     * Call it only after whatever consumes the harvest has committed it; never for a harvest that was dropped.
     */
    public void acknowledge(Harvest harvest) {
        harvester.acknowledge(Objects.requireNonNull(harvest, "harvest"));
    }

    /** Fetches once without validators and without saving any state: for "validate before saving" in admin. */
    public Harvest preview(Source source) {
        return harvester.harvest(Objects.requireNonNull(source, "source"), false);
    }

    /**
     * Parses a body in the source's format (used for publisher pushes). The format is a hint: the body
     * decides (feed, job XML, HR-XML, JSON-LD or HTML). Bodies over the configured size are refused.
     */
    public List<Posting> parse(Source source, byte[] body, String contentType, String baseUrl) throws ParseException {
        Objects.requireNonNull(source, "source");
        if (body == null || body.length == 0) {
            throw new ParseException("empty body");
        }
        if (body.length > config.maxBodyBytes()) {
            throw new ParseException("body larger than " + config.maxBodyBytes() + " bytes");
        }
        SourceFormat hint = source.format() == SourceFormat.PUSH ? SourceFormat.AUTO : source.format();
        return Parsers.parse(hint, body, new ParseContext(source.id(), baseUrl, contentType, null)).postings();
    }

    /**
     * Why a crawler would refuse to fetch {@code url}, judged without resolving any name, or empty: http(s) only,
     * a host, no user info, and no {@code localhost} or IP literal (in any spelling) of a refused range. Host
     * names are checked again on every connection, against the addresses they resolve to.
     *
     * @param allowLoopback the crawler's setting ({@link CrawlerConfig#allowLoopback()}): the demo and tests
     */
    public static Optional<String> checkUrl(URI url, boolean allowLoopback) {
        return UrlRules.refusalBeforeResolving(Objects.requireNonNull(url, "url"), new AddressPolicy(allowLoopback));
    }

    /**
     * Text with its C1 control characters (U+0080-U+009F) read as the windows-1252 characters they stand for
     * (quotes, dashes, the euro sign), as the crawler reads every harvested text: for text repaired further
     * downstream, whose entity decoding can bring such characters back.
     */
    public static String c1ToWindows1252(String text) {
        return CharsetSniffer.c1ToWindows1252(text);
    }

    /** Last known health of a source. */
    public Optional<SourceHealth> health(String sourceId) {
        return state.health(sourceId);
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
