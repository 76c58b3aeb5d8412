package org.joinedup.api.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.joinedup.crawler.Source;
import org.joinedup.indexer.IndexConfig;

/**
 * The whole service configuration, read once from YAML by {@link ConfigLoader} and validated before anything
 * starts. Paths are already resolved against the config file's directory.
 *
 * @param server   HTTP binding
 * @param dataDir  base folder for index and database when their own keys are absent
 * @param index    index settings
 * @param database database connection
 * @param crawler  crawler settings
 * @param demo     demo site settings
 * @param sources  configured sources, ids unique
 * @param api      public API quotas
 * @param mail     outgoing mail (SMTP)
 * @param alerts   saved-search e-mail alerts
 */
public record AppConfig(ServerConfig server, Path dataDir, IndexingConfig index, DatabaseConfig database,
                        CrawlingConfig crawler, DemoConfig demo, List<Source> sources,
                        ApiConfig api, MailConfig mail, AlertsConfig alerts) {
    public AppConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(crawler, "crawler");
        demo = demo == null ? new DemoConfig(null) : demo;
        sources = sources == null ? List.of() : List.copyOf(sources);
        api = api == null ? ApiConfig.DEFAULTS : api;
        mail = mail == null ? MailConfig.defaults() : mail;
        alerts = alerts == null ? AlertsConfig.defaults() : alerts;
    }

    /** Without mail and alerts sections (their defaults apply). */
    public AppConfig(ServerConfig server, Path dataDir, IndexingConfig index, DatabaseConfig database,
                     CrawlingConfig crawler, DemoConfig demo, List<Source> sources, ApiConfig api) {
        this(server, dataDir, index, database, crawler, demo, sources, api, null, null);
    }

    /** Same config with other API quotas (tests lower or raise them). */
    public AppConfig withApi(ApiConfig settings) {
        return new AppConfig(server, dataDir, index, database, crawler, demo, sources, settings, mail, alerts);
    }

    /** The indexer's settings with the directory resolved. */
    public IndexConfig indexConfig() {
        return index.toIndexConfig(dataDir);
    }

    /** The JDBC URL with the default resolved. */
    public String jdbcUrl() {
        return database.jdbcUrl(dataDir);
    }

    /** The crawler's sources, with "{self}" replaced by the server's base URL. */
    public List<Source> resolvedSources(URI self) {
        return sources.stream().map(s -> SelfUrl.resolve(s, self)).toList();
    }

    /** Same config with another data folder (tests point it at a temporary directory). */
    public AppConfig withDataDir(Path dir) {
        return new AppConfig(server, dir, index, database, crawler, demo, sources, api, mail, alerts);
    }

    /** Same config on another port (tests bind port 0). */
    public AppConfig withPort(int port) {
        return new AppConfig(server.withPort(port), dataDir, index, database, crawler, demo, sources, api, mail,
            alerts);
    }

    /** Same config with other mail settings (tests point mail at a loopback SMTP server). */
    public AppConfig withMail(MailConfig newMail) {
        return new AppConfig(server, dataDir, index, database, crawler, demo, sources, api, newMail, alerts);
    }
}
