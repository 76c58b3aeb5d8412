package org.joinedup.crawler;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Front door of the crawler: harvests one source at a time and parses pushed bodies.
 *
 * <p>WALKING-SKELETON VERSION: plain fetch and RSS/Atom only. The crawler issue replaces the internals
 * (politeness, SSRF guard, limits, all formats) behind this same API.
 */
public final class Crawler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

    private final CrawlerConfig config;
    private final CrawlStateStore state;
    private final HttpClient http;

    public Crawler(CrawlerConfig config, CrawlStateStore state) {
        this.config = Objects.requireNonNull(config, "config");
        this.state = Objects.requireNonNull(state, "state");
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Fetches and parses one source. Never throws for network or content problems: they are recorded. */
    public Harvest harvest(Source source) {
        Instant start = Instant.now();
        List<CrawlError> errors = new ArrayList<>();
        List<Posting> postings = List.of();
        int status = 0;
        try {
            HttpRequest req = HttpRequest.newBuilder(source.url()).timeout(config.fetchDeadline())
                .header("User-Agent", config.userAgent()).GET().build();
            HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            status = resp.statusCode();
            if (status != 200) {
                errors.add(new CrawlError(source.id(), source.url().toString(), CrawlError.Stage.FETCH,
                    "HTTP " + status, null));
            } else {
                postings = parse(source, resp.body(), resp.headers().firstValue("Content-Type").orElse(null),
                    source.url().toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.add(new CrawlError(source.id(), String.valueOf(source.url()), CrawlError.Stage.FETCH, "interrupted", null));
        } catch (Exception e) {
            errors.add(new CrawlError(source.id(), String.valueOf(source.url()), CrawlError.Stage.PARSE,
                e.getClass().getSimpleName() + ": " + e.getMessage(), null));
        }
        Instant end = Instant.now();
        Harvest h = new Harvest(source, postings, false, errors.isEmpty(), status, errors, start, end);
        SourceHealth prev = state.health(source.id()).orElse(null);
        state.saveHealth(new SourceHealth(source.id(), start, h.ok() ? end : prev == null ? null : prev.lastSuccess(),
            status, postings.size(), errors, prev == null ? 1 : prev.fetches() + 1, prev == null ? 0 : prev.notModified()));
        LOG.info("harvested {}: {} postings, {} errors", source.id(), postings.size(), errors.size());
        return h;
    }

    /** Parses a body in the source's format (used for harvests and publisher pushes). */
    public List<Posting> parse(Source source, byte[] body, String contentType, String baseUrl) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setExpandEntityReferences(false);
        var doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        SyndFeed feed = new SyndFeedInput().build(doc);
        List<Posting> out = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String ref = e.getUri() != null ? e.getUri() : e.getLink();
            out.add(Posting.builder(source.id(), ref == null ? e.getTitle() : ref)
                .url(e.getLink()).title(e.getTitle())
                .descriptionHtml(e.getDescription() != null ? e.getDescription().getValue()
                    : e.getContents().isEmpty() ? "" : e.getContents().get(0).getValue())
                .language(feed.getLanguage())
                .datePosted(e.getPublishedDate() == null ? null : e.getPublishedDate().toInstant().toString())
                .fetchedUrl(baseUrl).format(SourceFormat.FEED).build());
        }
        return out;
    }

    /** Last known health of a source. */
    public java.util.Optional<SourceHealth> health(String sourceId) {
        return state.health(sourceId);
    }

    @Override
    public void close() {
        http.close();
    }
}
