/**
 * When sources are harvested and what happens to a harvest. {@link org.joinedup.api.harvest.HarvestScheduler}
 * polls the sources through the crawler's {@link org.joinedup.crawler.schedule.SourcePoller} and knows when the
 * first round is done; {@link org.joinedup.api.harvest.HarvestPipeline} takes each harvest to the indexer (an
 * {@link org.joinedup.api.harvest.IngestSink}), acknowledges it to the crawler only once committed, hands new
 * vacancies to the alerts and logs the outcome.
 */
package org.joinedup.api.harvest;
