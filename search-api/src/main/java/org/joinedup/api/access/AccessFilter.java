package org.joinedup.api.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.joinedup.api.errors.ApiError;
import org.joinedup.api.resources.ObjectMapperProvider;

/**
 * Servlet filter in front of everything: CORS for the public read API (including preflight), and rate limits
 * per API key ({@code X-API-Key} header, quota stored with the key) or, without a key, per client IP address
 * (the configured anonymous quota). Every counted response carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset}; over quota the answer is 429 with
 * {@code Retry-After} and the JSON error body (code {@code rate_limited}).
 */
public final class AccessFilter implements Filter {
    /** Header carrying a third party's API key. */
    public static final String KEY_HEADER = "X-API-Key";
    private static final long KEY_CACHE_NANOS = 60_000_000_000L;
    private static final int KEY_CACHE_MAX = 10_000;
    /** Default hold-back of a 429 answer. */
    public static final long TARPIT_MILLIS = 500;
    /** At most this many 429s held back at once; beyond, they are sent at once with Connection: close. */
    private static final int TARPIT_MAX = 10_000;
    private static final ObjectMapper JSON = ObjectMapperProvider.newMapper();

    private final RateLimiter limiter;
    private final ApiKeyRepository keys;
    private final int anonymousPerMinute;
    private final long tarpitMillis;
    private final AtomicInteger tarpitted = new AtomicInteger();
    private final ScheduledExecutorService tarpit = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rate-limit-tarpit");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, CachedKey> keyCache = new ConcurrentHashMap<>();

    private record CachedKey(Optional<ApiKey> key, long until) {
    }

    /**
     * @param limiter            token buckets
     * @param keys               issued API keys
     * @param anonymousPerMinute quota per IP address without a key
     */
    public AccessFilter(RateLimiter limiter, ApiKeyRepository keys, int anonymousPerMinute) {
        this(limiter, keys, anonymousPerMinute, TARPIT_MILLIS);
    }

    /**
     * @param tarpitMillis how long a 429 is held back before it is sent (0: at once). A client that ignores
     *                     {@code Retry-After} and floods then gets one answer per connection per this interval
     *                     instead of tens of thousands per second, so the refusals stop eating the CPU that
     *                     well-behaved clients need. The wait is asynchronous (no thread is held).
     */
    public AccessFilter(RateLimiter limiter, ApiKeyRepository keys, int anonymousPerMinute, long tarpitMillis) {
        this.limiter = limiter;
        this.keys = keys;
        this.anonymousPerMinute = anonymousPerMinute;
        this.tarpitMillis = tarpitMillis;
    }

    @Override
    public void destroy() {
        tarpit.shutdownNow();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean publicPath = AccessPolicy.isPublic(path);
        if (publicPath) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.setHeader("Access-Control-Expose-Headers",
                "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After, Server-Timing");
            if (isPreflight(req)) {
                resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
                resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, " + KEY_HEADER);
                resp.setHeader("Access-Control-Max-Age", "86400");
                resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        if (AccessPolicy.isCounted(path) && !isPreflight(req) && !admit(req, resp)) return;
        chain.doFilter(request, response);
    }

    private static boolean isPreflight(HttpServletRequest req) {
        return "OPTIONS".equals(req.getMethod()) && req.getHeader("Origin") != null
            && req.getHeader("Access-Control-Request-Method") != null;
    }

    /** Counts the request; answers 401 or 429 itself and returns false when it may not go ahead. */
    private boolean admit(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String presented = req.getHeader(KEY_HEADER);
        RateLimiter.Decision d;
        if (presented != null) {
            Optional<ApiKey> key = lookup(presented.strip()).filter(ApiKey::active);
            if (key.isEmpty()) {
                error(resp, new ApiError(401, "invalid_api_key", "the API key is unknown or revoked; leave out "
                    + KEY_HEADER + " to use the anonymous quota", null, null));
                return false;
            }
            d = limiter.take("key:" + key.get().id(), key.get().perMinute());
        } else {
            d = limiter.take("ip:" + req.getRemoteAddr(), anonymousPerMinute);
        }
        resp.setHeader("RateLimit-Limit", String.valueOf(d.limit()));
        resp.setHeader("RateLimit-Remaining", String.valueOf(d.remaining()));
        resp.setHeader("RateLimit-Reset", String.valueOf(d.resetSeconds()));
        if (d.allowed()) return true;
        resp.setHeader("Retry-After", String.valueOf(d.retryAfter()));
        ApiError tooMany = new ApiError(429, "rate_limited", "too many requests: the quota is " + d.limit()
            + " per minute; retry after " + d.retryAfter() + " s" + (presented == null
            ? ", or ask for an API key for a higher quota" : ""), null, null);
        if (tarpitMillis > 0 && req.isAsyncSupported() && tarpitted.incrementAndGet() <= TARPIT_MAX) {
            AsyncContext async = req.startAsync();
            async.setTimeout(tarpitMillis + 10_000);
            tarpit.schedule(() -> {
                try {
                    error(resp, tooMany);
                } catch (IOException | RuntimeException gone) {
                    // the client went away while waiting: nothing to answer
                } finally {
                    tarpitted.decrementAndGet();
                    async.complete();
                }
            }, tarpitMillis, TimeUnit.MILLISECONDS);
            return false;
        }
        if (tarpitMillis > 0) {
            tarpitted.decrementAndGet();
            resp.setHeader("Connection", "close");
        }
        error(resp, tooMany);
        return false;
    }

    private Optional<ApiKey> lookup(String presented) {
        long now = System.nanoTime();
        String hash = ApiKeyRepository.hash(presented);
        CachedKey c = keyCache.get(hash);
        if (c != null && now - c.until() < 0) return c.key();
        if (keyCache.size() > KEY_CACHE_MAX) keyCache.clear();
        Optional<ApiKey> found = keys.find(presented);
        keyCache.put(hash, new CachedKey(found, now + KEY_CACHE_NANOS));
        return found;
    }

    private static void error(HttpServletResponse resp, ApiError e) throws IOException {
        resp.setStatus(e.status());
        resp.setContentType("application/json;charset=utf-8");
        JSON.writeValue(resp.getOutputStream(), new ApiError.Envelope(e));
    }
}
