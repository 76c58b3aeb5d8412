package org.joinedup.api.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.joinedup.api.config.ServerConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The web-server fixture of the server tests, as a JUnit extension on a static field: builds a {@link WebServer}
 * on a free loopback port before the class's tests, with an HTTP client to call it, and stops both after them.
 */
public final class TestWebServer implements BeforeAllCallback, AfterAllCallback {

    /** Builds the server (servlets, filters, application) on the given loopback address. */
    @FunctionalInterface
    public interface Setup {
        WebServer create(ServerConfig loopback) throws Exception;
    }

    private final Setup setup;
    private WebServer server;
    private HttpClient http;

    public TestWebServer(Setup setup) {
        this.setup = setup;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = setup.create(new ServerConfig("127.0.0.1", 0, null));
        server.start();
        http = HttpClient.newHttpClient();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (server != null) server.stop();
        } finally {
            if (http != null) http.close();
        }
    }

    /** Where the server listens, ending in a slash. */
    public URI baseUri() {
        return server.baseUri();
    }

    /** Sends a request without a body; {@code headers} are name, value pairs. */
    public HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.baseUri().resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
