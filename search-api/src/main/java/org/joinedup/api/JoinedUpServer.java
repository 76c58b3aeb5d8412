package org.joinedup.api;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.glassfish.jersey.servlet.ServletContainer;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.api.access.AccessFilter;
import org.joinedup.api.access.ApiKeyRepository;
import org.joinedup.api.access.RateLimiter;
import org.joinedup.api.admin.AdminFeature;
import org.joinedup.api.admin.AdminTokens;
import org.joinedup.api.admin.AuditTrail;
import org.joinedup.api.admin.IndexerVacancyIndex;
import org.joinedup.api.admin.SourceService;
import org.joinedup.api.admin.VacancyIndex;
import org.joinedup.api.alerts.AlertBacklog;
import org.joinedup.api.alerts.AlertResource;
import org.joinedup.api.alerts.AlertService;
import org.joinedup.api.alerts.PeriodicAlertTasks;
import org.joinedup.api.config.AppConfig;
import org.joinedup.api.config.SourceDirectory;
import org.joinedup.api.harvest.HarvestPipeline;
import org.joinedup.api.harvest.HarvestScheduler;
import org.joinedup.api.harvest.IngestSink;
import org.joinedup.api.mail.BounceMailbox;
import org.joinedup.api.mail.Outbox;
import org.joinedup.api.mail.OutboxWorker;
import org.joinedup.api.mail.SmtpMailSender;
import org.joinedup.api.mail.SuppressionList;
import org.joinedup.api.persistence.AdminTokenRepository;
import org.joinedup.api.persistence.AuditLogRepository;
import org.joinedup.api.persistence.Database;
import org.joinedup.api.persistence.DbSourceDirectory;
import org.joinedup.api.persistence.HarvestLogRepository;
import org.joinedup.api.persistence.JdbcCrawlStateStore;
import org.joinedup.api.persistence.SourceRepository;
import org.joinedup.api.resources.ApiApplication;
import org.joinedup.api.resources.FeedApplication;
import org.joinedup.api.resources.VacancySearch;
import org.joinedup.api.stats.StatsResource;
import org.joinedup.api.syndication.OpenSearchServlet;
import org.joinedup.api.syndication.PublicLinks;
import org.joinedup.api.syndication.VacancyPageServlet;
import org.joinedup.api.web.WebServer;
import org.joinedup.crawler.Crawler;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Source;
import org.joinedup.indexer.GeoPoint;
import org.joinedup.indexer.Indexer;
import org.joinedup.indexer.IngestReport;
import org.joinedup.indexer.SearchRequest;
import org.joinedup.indexer.SearchResult;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.suggest.Suggestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The whole service wired together from one {@link AppConfig}: analysis, index, database, crawler, harvest
 * scheduling and HTTP. {@link #newServer(AppConfig)} builds it, {@link #start()} binds and starts harvesting,
 * {@link #stop()} shuts everything down in reverse order.
 */
public final class JoinedUpServer {
    private static final Logger LOG = LoggerFactory.getLogger(JoinedUpServer.class);

    private final AppConfig config;
    private final SourceService sourceService;
    private final HarvestScheduler scheduler;
    private final WebServer web;
    private final Mail mail;
    /** Everything to close on stop, newest first. */
    private final Deque<AutoCloseable> closeables;
    private volatile boolean stopped;

    /** The alert service and the outbox worker, started with the server; the bounce reader, or null. */
    private record Mail(AlertService alerts, OutboxWorker worker, BounceMailbox bounces) {
    }

    private JoinedUpServer(AppConfig config, SourceService sources, HarvestScheduler scheduler, WebServer web,
                           Mail mail, Deque<AutoCloseable> closeables) {
        this.mail = mail;
        this.config = config;
        this.sourceService = sources;
        this.scheduler = scheduler;
        this.web = web;
        this.closeables = closeables;
    }

    /** Builds the service (opens index and database, runs migrations) without binding or harvesting yet. */
    public static JoinedUpServer newServer(AppConfig config) throws IOException {
        Objects.requireNonNull(config, "config");
        routeJulToSlf4j();
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        try {
            Files.createDirectories(config.dataDir());
            LanguageAnalysis analysis = push(opened, new LanguageAnalysis());
            Indexer indexer = push(opened, Indexer.open(config.indexConfig(), analysis));
            Database db = Database.open(config.jdbcUrl(), config.database().user(), config.database().password());
            JdbcCrawlStateStore crawlState = new JdbcCrawlStateStore(db);
            Crawler crawler = push(opened, new Crawler(config.crawler().config(), crawlState));
            HarvestLogRepository log = new HarvestLogRepository(db);
            AtomicReference<WebServer> bound = new AtomicReference<>();
            Mail mail = mail(config, db, indexer, () -> config.server().publicBaseUrl() != null
                ? config.server().publicBaseUrl() : bound.get().baseUri(), opened);
            HarvestScheduler scheduler = push(opened, new HarvestScheduler(crawler,
                new HarvestPipeline(crawler::harvest, crawler::acknowledge, sink(indexer), log,
                    mail.alerts()::onNewVacancies)));
            Clock clock = Clock.systemUTC();
            SourceRepository sourceRows = new SourceRepository(db);
            SourceDirectory directory = new DbSourceDirectory(sourceRows, clock);
            // "Also listed at" links name each source's council, also before the source's first harvest.
            for (Source s : directory.all()) indexer.council(s.id(), s.council());
            ApiApplication api = new ApiApplication(search(indexer), directory, log, crawlState,
                scheduler::firstHarvestDone, indexer::signaturesLoaded);
            api.register(new AlertResource(mail.alerts(), config.mail().enabled()));
            api.register(new StatsResource(indexer::statistics));
            AuditTrail audit = new AuditTrail(new AuditLogRepository(db), clock);
            VacancyIndex vacancies = new IndexerVacancyIndex(indexer, mail.alerts()::onNewVacancies);
            SourceService sources = new SourceService(sourceRows, scheduler, vacancies, audit, clock);
            api.register(new AdminFeature(new AdminTokens(new AdminTokenRepository(db), clock), audit, sources,
                crawler, vacancies, log, config.crawler().config().allowLoopback(), clock));
            WebServer web = new WebServer(config.server(), api, config.demo().siteDir());
            bound.set(web);
            mountPublicAccess(web, config, db, search(indexer), directory);
            return new JoinedUpServer(config, sources, scheduler, web, mail, opened);
        } catch (IOException | RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    /**
     * Binds the HTTP port, seeds the config's sources into the database (which also keeps admin-created ones)
     * and starts harvesting every enabled, unpaused source (in the background).
     */
    public void start() throws Exception {
        web.start();
        URI base = web.baseUri();
        String self = base.toString().substring(0, base.toString().length() - 1);
        List<Source> sources = sourceService.seed(SourceService.fromConfig(config.sources(), Instant.now()),
            URI.create(self));
        if (config.mail().enabled()) {
            mail.worker().start(config.mail().pollInterval());
            if (mail.bounces() != null) mail.bounces().start();
        } else {
            LOG.info("mail is disabled: alert mail stays queued in the outbox");
        }
        closeables.push(new PeriodicAlertTasks(mail.alerts(), config.alerts()));
        scheduler.start(sources, config.crawler().harvestOnStart());
        LOG.info("serving at {} with {} sources", base, sources.size());
    }

    /** The bound base URL with a trailing slash. */
    public URI baseUri() {
        return web.baseUri();
    }

    /** Waits for the harvest run right after start; false when the timeout passed first. */
    public boolean awaitFirstHarvest(Duration timeout) throws InterruptedException {
        return scheduler.awaitFirstHarvest(timeout);
    }

    /** Harvests one configured source now; completes once it is indexed and matched against alerts. */
    public CompletableFuture<?> triggerHarvest(String sourceId) {
        return scheduler.trigger(sourceId);
    }

    /** The alert service (tests and the admin side reach alerts through it). */
    public AlertService alerts() {
        return mail.alerts();
    }

    /** Blocks until the HTTP server stops. */
    public void join() throws InterruptedException {
        web.join();
    }

    /** Stops harvesting and serving and closes the index; safe to call twice. */
    public synchronized void stop() {
        if (stopped) return;
        stopped = true;
        try {
            web.stop();
        } catch (Exception e) {
            LOG.warn("error stopping HTTP server", e);
        }
        closeAll(closeables);
        LOG.info("stopped");
    }

    /** Jersey logs through java.util.logging; send it to the one SLF4J binding like everything else. */
    private static synchronized void routeJulToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    private static <T extends AutoCloseable> T push(Deque<AutoCloseable> opened, T c) {
        opened.push(c);
        return c;
    }

    private static void closeAll(Deque<AutoCloseable> opened) {
        while (!opened.isEmpty()) {
            AutoCloseable c = opened.pop();
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("error closing {}", c.getClass().getSimpleName(), e);
            }
        }
    }

    private static Mail mail(AppConfig config, Database db, Indexer indexer, Supplier<URI> base,
                             Deque<AutoCloseable> opened) throws IOException {
        Outbox outbox = new Outbox(db.dataSource());
        SuppressionList suppressed = new SuppressionList(db.dataSource());
        OutboxWorker worker = push(opened, new OutboxWorker(outbox, new SmtpMailSender(config.mail()), suppressed,
            Clock.systemUTC()));
        Runnable wake = config.mail().enabled() ? worker::wake : () -> { };
        AlertService alerts = push(opened, new AlertService(db.dataSource(), outbox, suppressed, wake,
            indexer.newAlertMatcher(), AlertBacklog.of(indexer), config.alerts(), base, Clock.systemUTC()));
        BounceMailbox bounces = config.mail().bounces() == null || !config.mail().bounces().polling() ? null
            : push(opened, new BounceMailbox(config.mail().bounces(), config.mail().timeout(), suppressed,
                Clock.systemUTC()));
        return new Mail(alerts, worker, bounces);
    }

    /** Rate limits and CORS, feeds, the OpenSearch description and server-side vacancy pages. */
    private static void mountPublicAccess(WebServer web, AppConfig config, Database db, VacancySearch search,
                                          SourceDirectory directory) {
        PublicLinks links = new PublicLinks(config.server().publicBaseUrl(), web::baseUri);
        web.addFilter(new AccessFilter(new RateLimiter(), new ApiKeyRepository(db.dataSource()),
            config.api().anonymousPerMinute()), "/*");
        web.addServlet("feeds", new ServletContainer(new FeedApplication(search, directory, links)), "/feeds/*");
        web.addServlet("opensearch", new OpenSearchServlet(links), "/opensearch.xml");
        web.addServlet("vacancy-pages", new VacancyPageServlet(search::get, directory, links), "/vacancies/*");
    }

    private static IngestSink sink(Indexer indexer) {
        return new IngestSink() {
            @Override
            public IngestReport ingest(Harvest harvest) throws IOException {
                return indexer.ingest(harvest);
            }

            @Override
            public void refresh() throws IOException {
                indexer.refresh();
            }
        };
    }

    private static VacancySearch search(Indexer indexer) {
        return new VacancySearch() {
            @Override
            public SearchResult search(SearchRequest request) throws IOException {
                return indexer.search(request);
            }

            @Override
            public Optional<Vacancy> get(String id) throws IOException {
                return indexer.get(id);
            }

            @Override
            public List<Suggestion> suggest(String prefix, int n) throws IOException {
                return indexer.suggest(prefix, n);
            }

            @Override
            public Optional<GeoPoint> geocode(String place) {
                return indexer.geocode(place);
            }
        };
    }

}
