package org.joinedup.api.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.net.URI;
import java.util.EnumSet;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.jetty.ee11.servlet.DefaultServlet;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.joinedup.api.config.ServerConfig;

/**
 * The Jetty server: Jersey at {@code /api/*}, the demo sites at {@code /demo/*} when configured, and the web
 * pages (classpath {@code web/}) through the DefaultServlet at {@code /}.
 */
public final class WebServer {

    /**
     * Request line plus headers, at most. Twice Jetty's default, so that a long but plausible search URL reaches
     * the API (which answers 400 naming the parameter); beyond it Jetty answers 414/431 with the JSON error body.
     */
    static final int REQUEST_HEADER_BYTES = 16 * 1024;

    private final Server server;
    private final ServerConnector connector;
    private final String host;
    private final ServletContextHandler context;

    /**
     * @param config  bind address and port
     * @param api     the Jersey application
     * @param siteDir demo site folder, or null
     */
    public WebServer(ServerConfig config, ResourceConfig api, Path siteDir) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("jetty-http");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        http.setSendServerVersion(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);
        host = config.host();

        context = new ServletContextHandler("/");
        context.setBaseResource(ResourceFactory.of(context).newClassLoaderResource("web/"));
        context.addServlet(new ServletHolder("jersey", new ServletContainer(api)), "/api/*");
        if (siteDir != null) {
            context.addServlet(new ServletHolder("demo-sites", new DemoSiteServlet(siteDir, this::selfBase)),
                "/demo/*");
        }
        ServletHolder pages = new ServletHolder("pages", DefaultServlet.class);
        pages.setInitParameter("dirAllowed", "false");
        pages.setInitParameter("cacheControl", "no-cache");
        context.addServlet(pages, "/");
        server.setHandler(new ServerTimingHandler(context));
        server.setErrorHandler(new JsonErrorHandler());
        server.setStopTimeout(5_000);
    }

    /** Mounts another servlet (before {@link #start()}), e.g. the feeds application at {@code /feeds/*}. */
    public void addServlet(String name, Servlet servlet, String pathSpec) {
        context.addServlet(new ServletHolder(name, servlet), pathSpec);
    }

    /** Adds a filter in front of the given paths (before {@link #start()}). */
    public void addFilter(Filter filter, String pathSpec) {
        FilterHolder holder = new FilterHolder(filter);
        holder.setAsyncSupported(true); // the access filter holds 429s back asynchronously
        context.addFilter(holder, pathSpec, EnumSet.of(DispatcherType.REQUEST));
    }

    /** Binds and starts serving. */
    public void start() throws Exception {
        server.start();
    }

    /** Stops serving; waits up to five seconds for requests in flight. */
    public void stop() throws Exception {
        server.stop();
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** The bound base URL with a trailing slash, e.g. {@code http://127.0.0.1:41234/}. */
    public URI baseUri() {
        return URI.create(selfBase() + "/");
    }

    /** The bound base URL without a trailing slash (what "{self}" stands for). */
    String selfBase() {
        String h = host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::")
            ? "127.0.0.1" : host;
        if (h.contains(":") && !h.startsWith("[")) h = "[" + h + "]";
        return "http://" + h.toLowerCase(Locale.ROOT) + ":" + connector.getLocalPort();
    }
}
