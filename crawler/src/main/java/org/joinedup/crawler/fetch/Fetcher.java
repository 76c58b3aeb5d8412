package org.joinedup.crawler.fetch;

import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.joinedup.crawler.CrawlError.Stage;
import org.joinedup.crawler.CrawlStateStore.Validators;
import org.joinedup.crawler.CrawlerConfig;
import org.joinedup.crawler.safety.AddressPolicy;
import org.joinedup.crawler.safety.GuardedResolver;
import org.joinedup.crawler.safety.UrlRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one URL safely: every connection goes through the {@link GuardedResolver}, redirects are followed
 * by hand (at most {@code maxRedirects}, http/https only, each hop re-resolved, re-checked and gated), one
 * connection per host, a total deadline and a cap on the decompressed body. Never throws for network
 * problems: the {@link FetchResult} carries the failure.
 */
public final class Fetcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
        + "text/xml;q=0.9, text/html;q=0.8, application/xhtml+xml;q=0.8, */*;q=0.5";

    private final CrawlerConfig config;
    private final HttpClient client;
    private final PerHostQueue hosts = new PerHostQueue();

    /** Starts an HTTP client configured from the crawler settings. */
    public Fetcher(CrawlerConfig config) {
        this.config = config;
        QueuedThreadPool pool = new QueuedThreadPool(16, 2);
        pool.setName("crawler-http");
        client = new HttpClient();
        client.setExecutor(pool);
        client.setFollowRedirects(false);
        client.setMaxConnectionsPerDestination(1);
        client.setConnectTimeout(config.connectTimeout().toMillis());
        client.setIdleTimeout(config.readTimeout().toMillis());
        client.setSocketAddressResolver(new GuardedResolver(new AddressPolicy(config.allowLoopback())));
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, config.userAgent()));
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start HTTP client", e);
        }
        // We decompress ourselves to count decompressed bytes. Only after start(): an empty decoder list at start
        // makes Jetty 12.1 load its own gzip decoder, which would strip one layer of Content-Encoding unseen.
        client.getContentDecoderFactories().clear();
    }

    /** Fetches with the configured body cap. */
    public FetchResult fetch(URI uri, Validators validators, Politeness politeness) {
        return fetch(uri, validators, politeness, config.maxBodyBytes());
    }

    /** Fetches a URL, following redirects; conditional when validators are given. */
    public FetchResult fetch(URI uri, Validators validators, Politeness politeness, long maxBytes) {
        long deadline = System.nanoTime() + config.fetchDeadline().toNanos();
        URI current = uri;
        for (int hop = 0; ; hop++) {
            String bad = UrlRules.refusal(current);
            if (bad != null) {
                return FetchResult.failed(uri, current, 0, Stage.SSRF, bad);
            }
            var robots = politeness.refusal(current);
            if (robots.isPresent()) {
                return FetchResult.failed(uri, current, 0, Stage.ROBOTS, robots.get());
            }
            Hop result = gatedHop(uri, current, hop == 0 ? validators : null, politeness, maxBytes, deadline);
            if (result.next == null) {
                return result.result;
            }
            if (hop >= config.maxRedirects()) {
                return FetchResult.failed(uri, current, result.status, Stage.LIMIT,
                    "more than " + config.maxRedirects() + " redirects");
            }
            current = result.next;
        }
    }

    private Hop gatedHop(URI requested, URI at, Validators v, Politeness p, long maxBytes, long deadline) {
        try {
            return hosts.through(at.getHost(), p.delayFor(at), () -> hop(requested, at, v, maxBytes, deadline));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Hop.done(FetchResult.failed(requested, at, 0, Stage.FETCH, "interrupted"));
        } catch (Exception e) {
            return Hop.done(FetchFailures.describe(requested, at, 0, e, deadline));
        }
    }

    private Hop hop(URI requested, URI at, Validators v, long maxBytes, long deadline) throws Exception {
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remaining <= 0) {
            return Hop.done(FetchResult.failed(requested, at, 0, Stage.LIMIT, FetchFailures.deadlineReason(config)));
        }
        Request request = client.newRequest(at).followRedirects(false)
            .timeout(remaining, TimeUnit.MILLISECONDS)
            .idleTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .headers(h -> {
                h.put(HttpHeader.ACCEPT, ACCEPT);
                h.put(HttpHeader.ACCEPT_ENCODING, "gzip, deflate");
                if (v != null && v.etag() != null) h.put(HttpHeader.IF_NONE_MATCH, v.etag());
                if (v != null && v.lastModified() != null) h.put(HttpHeader.IF_MODIFIED_SINCE, v.lastModified());
            });
        InputStreamResponseListener listener = new InputStreamResponseListener();
        request.send(listener);
        Response response;
        try {
            response = listener.get(remaining, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            request.abort(e);
            throw e;
        }
        try (InputStream in = listener.getInputStream()) {
            return answer(requested, at, response, in, maxBytes, deadline);
        }
    }

    private Hop answer(URI requested, URI at, Response response, InputStream in, long maxBytes, long deadline)
        throws Exception {
        int status = response.getStatus();
        var headers = response.getHeaders();
        if (status >= 300 && status < 400 && status != 304) {
            String location = headers.get(HttpHeader.LOCATION);
            if (location == null) {
                return Hop.done(FetchResult.failed(requested, at, status, Stage.FETCH, "HTTP " + status + " without Location"));
            }
            return new Hop(null, at.resolve(location.strip().replace(" ", "%20")), status);
        }
        Validators validators = new Validators(headers.get(HttpHeader.ETAG), headers.get(HttpHeader.LAST_MODIFIED));
        if (validators.etag() == null && validators.lastModified() == null) {
            validators = null;
        }
        String type = headers.get(HttpHeader.CONTENT_TYPE);
        if (status == 304) {
            return Hop.done(new FetchResult(requested, at, status, type, null, validators, null));
        }
        if (status < 200 || status >= 300) {
            return Hop.done(FetchResult.failed(requested, at, status, Stage.FETCH, "HTTP " + status));
        }
        try {
            byte[] body = BodyReader.read(in, headers.get(HttpHeader.CONTENT_ENCODING), maxBytes);
            LOG.debug("fetched {} ({} bytes)", at, body.length);
            return Hop.done(new FetchResult(requested, at, status, type, body, validators, null));
        } catch (Exception e) {
            return Hop.done(FetchFailures.describe(requested, at, status, e, deadline));
        }
    }

    /** Gap used for robots.txt and sitemaps: the configured minimum. */
    public Politeness minimumGap() {
        return Politeness.fixed(config.minHostDelay());
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            LOG.warn("HTTP client did not stop cleanly", e);
        }
    }

    /** One hop's outcome: a final result, or the next URL to follow. */
    private record Hop(FetchResult result, URI next, int status) {
        static Hop done(FetchResult r) {
            return new Hop(r, null, r.status());
        }
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
