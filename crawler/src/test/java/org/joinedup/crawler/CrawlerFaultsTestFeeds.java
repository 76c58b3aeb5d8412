package org.joinedup.crawler;

/** Shared test feed text for tests in other packages. */
public final class CrawlerFaultsTestFeeds {
    public static final String RSS = CrawlerFaultsTest.RSS;

    private CrawlerFaultsTestFeeds() {
    }
}
