/**
 * Turns harvested postings into vacancies and keeps one multilingual Lucene index of them.
 *
 * <p>To use this module, open an {@link org.joinedup.indexer.Indexer} with an {@link org.joinedup.indexer.IndexConfig}
 * and a shared {@link org.joinedup.analyzers.LanguageAnalysis}; hand it each {@link org.joinedup.crawler.Harvest}
 * with {@link org.joinedup.indexer.Indexer#ingest(org.joinedup.crawler.Harvest)}, and answer searches with
 * {@link org.joinedup.indexer.Indexer#search(SearchRequest)}.
 *
 * <p>The pipeline for each harvest, in this order (written out in {@code Indexer.ingest}):
 * normalise ({@code indexer.normalise}) -> deduplicate ({@code indexer.dedup}) -> index and close what
 * disappeared ({@code indexer.index}) -> commit -> report the vacancies that are new, for alert matching.
 */
package org.joinedup.indexer;
