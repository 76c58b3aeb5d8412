package org.joinedup.api.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.joinedup.crawler.CrawlerConfig;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;

/** Checks a {@link RawConfig}, fills in defaults and builds the typed records; collects every problem. */
final class ConfigValidator {

    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Stands in for the not-yet-known server address while checking source URLs. */
    private static final String SELF_PLACEHOLDER = "http://127.0.0.1:1";

    private final Path baseDir;
    private final List<String> problems = new ArrayList<>();

    ConfigValidator(Path baseDir) {
        this.baseDir = baseDir;
    }

    AppConfig validate(RawConfig raw, String name) {
        ServerConfig server = server(raw.server() == null ? new RawConfig.Server(null, null, null) : raw.server());
        Path dataDir = path(raw.dataDir() == null ? "data" : raw.dataDir());
        IndexingConfig index = index(raw.index() == null ? new RawConfig.Index(null, null, null) : raw.index());
        DatabaseConfig database = database(raw.database() == null ? new RawConfig.Database(null, null, null)
            : raw.database());
        CrawlingConfig crawler = crawler(raw.crawler() == null
            ? new RawConfig.Crawler(null, null, null, null, null, null, null, null, null, null, null) : raw.crawler());
        DemoConfig demo = new DemoConfig(raw.demo() == null || raw.demo().siteDir() == null ? null
            : path(raw.demo().siteDir()));
        List<Source> sources = sources(raw.sources() == null ? List.of() : raw.sources());
        ApiConfig api = api(raw.api() == null ? new RawConfig.Api(null, null) : raw.api());
        MailAlertsChecks mailAlerts = new MailAlertsChecks(problems);
        MailConfig mail = mailAlerts.mail(raw.mail());
        AlertsConfig alerts = mailAlerts.alerts(raw.alerts());
        if (!problems.isEmpty()) {
            throw new ConfigException(name, problems);
        }
        return new AppConfig(server, dataDir, index, database, crawler, demo, sources, api, mail, alerts);
    }

    private ServerConfig server(RawConfig.Server s) {
        String host = s.host() == null ? "127.0.0.1" : s.host().strip();
        if (host.isEmpty()) problems.add("server.host: must not be empty");
        int port = s.port() == null ? 8080 : s.port();
        if (port < 0 || port > 65535) {
            problems.add("server.port: must be 0..65535");
            port = 0;
        }
        URI publicBase = s.publicBaseUrl() == null ? null : httpUrl("server.publicBaseUrl", s.publicBaseUrl());
        return new ServerConfig(host, port, publicBase);
    }

    private ApiConfig api(RawConfig.Api a) {
        ApiConfig d = ApiConfig.DEFAULTS;
        return new ApiConfig(
            (int) positive("api.anonymousPerMinute", a.anonymousPerMinute() == null ? null
                : a.anonymousPerMinute().longValue(), d.anonymousPerMinute()),
            (int) positive("api.keyPerMinute", a.keyPerMinute() == null ? null : a.keyPerMinute().longValue(),
                d.keyPerMinute()));
    }

    private IndexingConfig index(RawConfig.Index i) {
        return new IndexingConfig(i.dir() == null ? null : path(i.dir()),
            duration("index.refreshInterval", i.refreshInterval(), Duration.ofSeconds(1)),
            duration("index.snapshotGrace", i.snapshotGrace(), Duration.ofDays(2)));
    }

    private DatabaseConfig database(RawConfig.Database d) {
        if (d.url() != null && !d.url().startsWith("jdbc:h2:") && !d.url().startsWith("jdbc:postgresql:")) {
            problems.add("database.url: must be a jdbc:h2: or jdbc:postgresql: URL");
        }
        return new DatabaseConfig(d.url(), d.user() == null ? "sa" : d.user(), d.password());
    }

    private CrawlingConfig crawler(RawConfig.Crawler c) {
        CrawlerConfig def = CrawlerConfig.defaults();
        long maxBody = positive("crawler.maxBodyBytes", c.maxBodyBytes(), def.maxBodyBytes());
        int maxRedirects = c.maxRedirects() == null ? def.maxRedirects() : c.maxRedirects();
        if (maxRedirects < 0 || maxRedirects > 20) {
            problems.add("crawler.maxRedirects: must be 0..20");
            maxRedirects = def.maxRedirects();
        }
        int maxPages = (int) positive("crawler.maxPagesPerSite",
            c.maxPagesPerSite() == null ? null : c.maxPagesPerSite().longValue(), def.maxPagesPerSite());
        String ua = c.userAgent() == null ? def.userAgent() : c.userAgent().strip();
        if (ua.isEmpty()) problems.add("crawler.userAgent: must not be empty");
        boolean loopback = Boolean.TRUE.equals(c.allowLoopback());
        CrawlerConfig config = new CrawlerConfig(ua.isEmpty() ? def.userAgent() : ua,
            duration("crawler.connectTimeout", c.connectTimeout(), def.connectTimeout()),
            duration("crawler.readTimeout", c.readTimeout(), def.readTimeout()),
            duration("crawler.fetchDeadline", c.fetchDeadline(), def.fetchDeadline()),
            maxBody, maxRedirects, minHostDelay(c, def, loopback),
            duration("crawler.maxCrawlDelay", c.maxCrawlDelay(), def.maxCrawlDelay()),
            maxPages, loopback);
        return new CrawlingConfig(config, c.harvestOnStart() == null || c.harvestOnStart());
    }

    /**
     * At least the 1 s per host the issue promises councils; shorter gaps only where loopback is allowed, which
     * only the demo and tests do (their servers are our own).
     */
    private Duration minHostDelay(RawConfig.Crawler c, CrawlerConfig def, boolean loopback) {
        Duration d = duration("crawler.minHostDelay", c.minHostDelay(), def.minHostDelay());
        if (!loopback && d.compareTo(def.minHostDelay()) < 0) {
            problems.add("crawler.minHostDelay: must be at least " + def.minHostDelay()
                + " (shorter only with crawler.allowLoopback: true, for the demo and tests)");
            return def.minHostDelay();
        }
        return d;
    }

    private List<Source> sources(List<SourceInput> raw) {
        List<Source> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String key = "sources[" + i + "]";
            SourceInput s = raw.get(i);
            if (s == null) {
                problems.add(key + ": must be a mapping");
                continue;
            }
            if (s.id() != null && !ids.add(s.id())) {
                problems.add(key + ".id: duplicate source id '" + s.id() + "'");
            }
            Source source = new SourceChecks(key, s).build();
            if (source != null) out.add(source);
        }
        return out;
    }

    /** Checks of one source entry; returns null from {@link #build()} when something required is unusable. */
    private final class SourceChecks {
        private final String key;
        private final SourceInput s;

        SourceChecks(String key, SourceInput s) {
            this.key = key;
            this.s = s;
        }

        Source build() {
            int before = problems.size();
            if (s.id() == null || !SOURCE_ID.matcher(s.id()).matches()) {
                problems.add(key + ".id: must match [a-z0-9-]+");
            }
            if (s.council() == null || s.council().isBlank()) problems.add(key + ".council: must not be empty");
            SourceFormat format = format();
            String url = url(format);
            if (s.country() != null && !COUNTRIES.contains(s.country())) {
                problems.add(key + ".country: not an ISO 3166-1 alpha-2 code (e.g. GB, NL)");
            }
            if (s.language() != null && !LANGUAGE.matcher(s.language()).matches()) {
                problems.add(key + ".language: not a BCP-47 language tag (e.g. en, nl)");
            }
            Licence licence = licence();
            Duration schedule = duration(key + ".schedule", s.schedule(), Duration.ofHours(1));
            if (problems.size() > before) return null;
            return new Source(s.id(), s.council().strip(), SelfUrl.parse(url), format, s.region(), s.country(),
                s.language(), licence, schedule, s.fullSnapshot() == null || s.fullSnapshot(),
                s.enabled() == null || s.enabled());
        }

        private SourceFormat format() {
            if (s.format() == null) return SourceFormat.AUTO;
            try {
                return SourceFormat.valueOf(s.format().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(key + ".format: must be one of " + Arrays.toString(SourceFormat.values()));
                return null;
            }
        }

        private String url(SourceFormat format) {
            if (s.url() == null) {
                if (format != SourceFormat.PUSH) problems.add(key + ".url: required unless format is PUSH");
                return null;
            }
            String u = s.url().strip();
            boolean selfOk = !u.contains(SelfUrl.SELF) || SelfUrl.isSelf(u);
            if (!selfOk || httpUrlOrNull(u.replace(SelfUrl.SELF, SELF_PLACEHOLDER)) == null) {
                problems.add(key + ".url: not an absolute http(s) URL");
            }
            return u;
        }

        private Licence licence() {
            if (s.licence() == null || s.licence().id() == null || s.licence().id().isBlank()) {
                problems.add(key + ".licence.id: required");
                return null;
            }
            return new Licence(s.licence().id().strip(), s.licence().attribution());
        }
    }

    private Path path(String p) {
        return baseDir.resolve(p).normalize();
    }

    private Duration duration(String key, String value, Duration def) {
        if (value == null) return def;
        try {
            Duration d = Duration.parse(value.strip());
            if (d.isNegative() || d.isZero()) {
                problems.add(key + ": must be a positive duration");
                return def;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(key + ": not an ISO-8601 duration (e.g. PT1S, PT1H, P2D): '" + value + "'");
            return def;
        }
    }

    private long positive(String key, Long value, long def) {
        if (value == null) return def;
        if (value <= 0) {
            problems.add(key + ": must be positive");
            return def;
        }
        return value;
    }

    private URI httpUrl(String key, String value) {
        URI u = httpUrlOrNull(value.strip());
        if (u == null) problems.add(key + ": not an absolute http(s) URL");
        return u;
    }

    private static URI httpUrlOrNull(String value) {
        try {
            URI u = new URI(value);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            boolean ok = u.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
            return ok ? u : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
