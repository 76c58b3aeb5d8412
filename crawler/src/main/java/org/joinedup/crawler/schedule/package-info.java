/** Runs every enabled source on its own schedule and hands each harvest on (to the indexer, in the service). */
package org.joinedup.crawler.schedule;
