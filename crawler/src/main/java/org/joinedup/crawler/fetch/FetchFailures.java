package org.joinedup.crawler.fetch;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;
import org.joinedup.crawler.CrawlError.Stage;
import org.joinedup.crawler.CrawlerConfig;
import org.joinedup.crawler.safety.SsrfException;

/** Turns exceptions from the HTTP client into recorded reasons with a stage. */
final class FetchFailures {
    private FetchFailures() {
    }

    static FetchResult describe(URI requested, URI at, int status, Throwable e, long deadline) {
        Throwable t = unwrap(e);
        boolean late = System.nanoTime() - deadline >= 0 || totalTimeout(e);
        if (t instanceof SsrfException) {
            return FetchResult.failed(requested, at, status, Stage.SSRF, t.getMessage());
        }
        if (t instanceof BodyTooLargeException) {
            return FetchResult.failed(requested, at, status, Stage.LIMIT, t.getMessage());
        }
        if (late) {
            return FetchResult.failed(requested, at, status, Stage.LIMIT, "fetch deadline exceeded");
        }
        return FetchResult.failed(requested, at, status, Stage.FETCH, reason(t));
    }

    static String deadlineReason(CrawlerConfig config) {
        return "fetch deadline of " + config.fetchDeadline().toSeconds() + " s exceeded";
    }

    private static String reason(Throwable t) {
        if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
            return "unknown host: " + t.getMessage();
        }
        if (t instanceof ConnectException) {
            return "connection failed: " + t.getMessage();
        }
        if (t instanceof TimeoutException) {
            return "timeout: " + t.getMessage();
        }
        if (t instanceof EOFException) {
            return "truncated body: " + t.getMessage();
        }
        if (t instanceof BodyReader.RefusedEncodingException) {
            return t.getMessage();
        }
        if (t instanceof ZipException) {
            return "corrupt compressed body: " + t.getMessage();
        }
        String msg = t.getMessage();
        if (msg != null && msg.toLowerCase(Locale.ROOT).contains("idle timeout")) {
            return "read timeout: " + msg;
        }
        return t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }

    /**
     * The client's total timeout is the remaining deadline in whole milliseconds, so it can fire a fraction
     * of a millisecond before the deadline: it is the deadline all the same.
     */
    private static boolean totalTimeout(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            if (t instanceof TimeoutException && t.getMessage() != null && t.getMessage().startsWith("Total timeout")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            if (t instanceof SsrfException || t instanceof BodyTooLargeException) {
                return t;
            }
        }
        t = e;
        while (t instanceof ExecutionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
