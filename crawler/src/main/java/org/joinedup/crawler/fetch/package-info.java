/**
 * The one HTTP fetcher every request goes through (feeds, pages, robots.txt, sitemaps): SSRF-guarded
 * resolution, manual redirects re-checked per hop, connect/read timeouts and a total deadline, a cap on the
 * decompressed body, conditional GET, and a per-host queue ({@code PerHostQueue}: one request at a time, minimum gap).
 */
package org.joinedup.crawler.fetch;
