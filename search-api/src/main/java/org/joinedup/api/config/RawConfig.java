package org.joinedup.api.config;

import java.util.List;

/**
 * The file exactly as written: every value still a string or box so that validation, not Jackson, decides
 * what is wrong and can name the key path.
 */
record RawConfig(Server server, String dataDir, Index index, Database database, Crawler crawler, Demo demo,
                 List<SourceInput> sources, Api api, Mail mail, Alerts alerts) {

    record Server(String host, Integer port, String publicBaseUrl) {
    }

    record Index(String dir, String refreshInterval, String snapshotGrace) {
    }

    record Database(String url, String user, String password) {
    }

    record Crawler(String userAgent, String connectTimeout, String readTimeout, String fetchDeadline,
                   Long maxBodyBytes, Integer maxRedirects, String minHostDelay, String maxCrawlDelay,
                   Integer maxPagesPerSite, Boolean allowLoopback, Boolean harvestOnStart) {
    }

    record Demo(String siteDir) {
    }

    record Api(Integer anonymousPerMinute, Integer keyPerMinute) {
    }

    record Mail(Boolean enabled, String host, Integer port, String username, String password, Boolean startTls,
                Boolean ssl, String from, Integer timeoutMs, String pollInterval, Bounces bounces) {
    }

    record Bounces(String address, String host, Integer port, String protocol, String username, String password,
                   Boolean tls, String pollInterval) {
    }

    record Alerts(String secret, String confirmTokenTtl, String unconfirmedTtl, String purgeInterval,
                  String digestInterval, Integer digestMaxItems, String matchRetryInterval,
                  String manageLinkInterval) {
    }
}
