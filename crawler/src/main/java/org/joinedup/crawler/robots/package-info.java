/** robots.txt (crawler-commons), fetched through our own guarded fetcher and cached per host. */
package org.joinedup.crawler.robots;
