/**
 * Harvests council job sources into {@link org.joinedup.crawler.Posting} records.
 *
 * <p>To use this module, build a {@link org.joinedup.crawler.Crawler} from a
 * {@link org.joinedup.crawler.CrawlerConfig} and call {@link org.joinedup.crawler.Crawler#harvest(Source)}
 * for each {@link org.joinedup.crawler.Source}: it fetches politely and safely, parses whatever format the
 * source publishes, and returns a {@link org.joinedup.crawler.Harvest} holding the postings plus every
 * failure as a recorded {@link org.joinedup.crawler.CrawlError}. It never throws for bad input. Once the
 * harvest is committed downstream (indexed), call {@link org.joinedup.crawler.Crawler#acknowledge(Harvest)} so
 * the next poll is conditional; a harvest never acknowledged is fetched in full next time.
 * Publisher pushes are parsed with {@link org.joinedup.crawler.Crawler#parse(Source, byte[], String, String)};
 * {@link org.joinedup.crawler.Crawler#preview(Source)} fetches once without saving anything, and
 * {@link org.joinedup.crawler.schedule.SourcePoller} runs every enabled source on its own schedule.
 * Other modules check a URL with {@link org.joinedup.crawler.Crawler#checkUrl} and repair C1 controls in text
 * with {@link org.joinedup.crawler.Crawler#c1ToWindows1252}; they import nothing below this package.
 *
 * <p>Pipeline of one harvest (see {@code SourceHarvester}): robots.txt check, conditional GET through the one
 * guarded fetcher (SSRF check on the address actually connected to, redirects re-checked per hop, timeouts,
 * total deadline, decompressed-size cap, per-host gap), parse by sniffed format, save health; the new
 * validators travel in the harvest until it is acknowledged.
 *
 * <p>The crawler never touches Lucene; normalising postings into vacancies is the indexer's job.
 */
package org.joinedup.crawler;
