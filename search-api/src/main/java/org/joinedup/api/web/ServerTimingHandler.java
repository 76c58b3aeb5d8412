package org.joinedup.api.web;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Puts a <a href="https://www.w3.org/TR/server-timing/">{@code Server-Timing}</a> header on every response
 * with a body: {@code app;dur=1.4}, the milliseconds from the moment Jetty began reading the request to the moment
 * the response is committed (its headers and first bytes handed to the connection). It is what the server spent
 * on a request, without the network and the client's own queueing, so a third party can tell a slow answer from
 * a slow link, and the adversarial-query test can hold every refusal to its time limit.
 */
final class ServerTimingHandler extends Handler.Wrapper {
    /** The header's name. */
    static final String HEADER = "Server-Timing";

    ServerTimingHandler(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(request, new Timed(request, response), callback);
    }

    /** The value for a request that began at {@code beginNanos} ({@link System#nanoTime()}) and is answered now. */
    static String value(long beginNanos) {
        double millis = (System.nanoTime() - beginNanos) / (double) TimeUnit.MILLISECONDS.toNanos(1);
        return String.format(Locale.ROOT, "app;dur=%.1f", Math.max(0, millis));
    }

    private static final class Timed extends Response.Wrapper {
        Timed(Request request, Response wrapped) {
            super(request, wrapped);
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            if (!isCommitted()) getHeaders().put(HEADER, value(getRequest().getBeginNanoTime()));
            super.write(last, content, callback);
        }
    }
}
