package org.joinedup.crawler.fetch;

import java.net.URI;
import org.joinedup.crawler.CrawlError;
import org.joinedup.crawler.CrawlStateStore.Validators;

/**
 * What one fetch (including its redirects) produced.
 *
 * @param requested   the URL asked for
 * @param finalUri    the URL the body came from after redirects
 * @param status      HTTP status of the last response, 0 when there was none
 * @param contentType Content-Type header or null
 * @param body        decompressed body (empty unless 2xx)
 * @param validators  ETag / Last-Modified sent with the response, or null
 * @param failure     why it failed, or null on 2xx / 304
 */
public record FetchResult(URI requested, URI finalUri, int status, String contentType, byte[] body,
                          Validators validators, Failure failure) {
    public FetchResult {
        body = body == null ? new byte[0] : body;
    }

    /** A failed fetch: the stage (FETCH, SSRF, LIMIT, ROBOTS) and a reason. */
    public record Failure(CrawlError.Stage stage, String reason) {
    }

    /** True for a 304 answer to a conditional GET. */
    public boolean notModified() {
        return status == 304 && failure == null;
    }

    /** True when a body was received. */
    public boolean ok() {
        return failure == null && status >= 200 && status < 300;
    }

    static FetchResult failed(URI requested, URI at, int status, CrawlError.Stage stage, String reason) {
        return new FetchResult(requested, at, status, null, null, null, new Failure(stage, reason));
    }
}
