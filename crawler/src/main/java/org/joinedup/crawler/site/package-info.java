/**
 * Career sites: a small breadth-first crawler that stays within the start page's host, seeds itself from
 * sitemaps (robots.txt Sitemap lines and /sitemap.xml), honours robots.txt through the shared fetcher and
 * reuses postings of pages that answer 304.
 */
package org.joinedup.crawler.site;
