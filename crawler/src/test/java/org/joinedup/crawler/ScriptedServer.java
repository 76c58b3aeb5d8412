package org.joinedup.crawler;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/** A loopback HTTP server (127.0.0.1, any free port) whose answers are scripted per path, recording requests. */
public final class ScriptedServer implements AutoCloseable {
    /** One scripted answer. */
    @FunctionalInterface
    public interface Route {
        void answer(Request req, Response resp, Callback cb) throws Exception;
    }

    /** A recorded request. */
    public record Seen(String path, String ifNoneMatch, String ifModifiedSince, long nanos) {
    }

    private final Server server = new Server();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final ServerConnector connector;

    public ScriptedServer() throws Exception {
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request req, Response resp, Callback cb) throws Exception {
                String path = Request.getPathInContext(req);
                seen.add(new Seen(path, req.getHeaders().get(HttpHeader.IF_NONE_MATCH),
                    req.getHeaders().get(HttpHeader.IF_MODIFIED_SINCE), System.nanoTime()));
                Route r = routes.get(path);
                if (r == null) {
                    resp.setStatus(404);
                    Content.Sink.write(resp, true, "not found", cb);
                } else {
                    r.answer(req, resp, cb);
                }
                return true;
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + connector.getLocalPort() + path;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public ScriptedServer route(String path, Route r) {
        routes.put(path, r);
        return this;
    }

    public ScriptedServer text(String path, int status, String type, String body) {
        return bytes(path, status, type, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public ScriptedServer bytes(String path, int status, String type, byte[] body, Map<String, String> headers) {
        return route(path, (req, resp, cb) -> {
            resp.setStatus(status);
            if (type != null) resp.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
            headers.forEach((k, v) -> resp.getHeaders().put(k, v));
            resp.write(true, ByteBuffer.wrap(body), cb);
        });
    }

    /** Serves the body with an ETag and answers 304 when the client sends it back. */
    public ScriptedServer withEtag(String path, String type, String body, String etag) {
        return route(path, (req, resp, cb) -> {
            if (etag.equals(req.getHeaders().get(HttpHeader.IF_NONE_MATCH))) {
                resp.setStatus(304);
                resp.getHeaders().put(HttpHeader.ETAG, etag);
                cb.succeeded();
                return;
            }
            resp.setStatus(200);
            resp.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
            resp.getHeaders().put(HttpHeader.ETAG, etag);
            Content.Sink.write(resp, true, body, cb);
        });
    }

    /** Writes one byte per step for a long time: the server side of a slow-drip attack. */
    public ScriptedServer slowDrip(String path, Duration step, int bytes) {
        return route(path, (req, resp, cb) -> {
            resp.setStatus(200);
            resp.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/rss+xml");
            try (OutputStream out = Content.Sink.asOutputStream(resp)) {
                for (int i = 0; i < bytes; i++) {
                    out.write(' ');
                    out.flush();
                    LockSupport.parkNanos(step.toNanos()); // scripted server pacing, not a test wait
                }
                cb.succeeded();
            } catch (Exception e) {
                cb.failed(e);
            }
        });
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public long count(String path) {
        return seen.stream().filter(s -> s.path().equals(path)).count();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
