/**
 * Turns harvested postings into vacancies and keeps one multilingual Lucene index of them.
 *
 * <p>Front door: open an {@link org.joinedup.indexer.Indexer} with an {@link org.joinedup.indexer.IndexConfig}
 * and a shared {@link org.joinedup.analyzers.LanguageAnalysis}; hand it each {@link org.joinedup.crawler.Harvest}
 * with {@link org.joinedup.indexer.Indexer#ingest(org.joinedup.crawler.Harvest)}, and answer searches with
 * {@link org.joinedup.indexer.Indexer#search(SearchRequest)}. The records and enums of this package
 * ({@link org.joinedup.indexer.Vacancy}, {@link org.joinedup.indexer.SearchRequest},
 * {@link org.joinedup.indexer.Dimension}, {@link org.joinedup.indexer.SearchResult}, ...) are what callers see;
 * the subpackages are the indexer's own, except the alert matcher and statistics snapshot the indexer hands out.
 *
 * <p>{@code Indexer} only wires four parts: the ingest algorithm in {@code IngestPipeline} (its {@code run}
 * for a harvest, in this order: normalise ({@code indexer.normalise}) and sign for dedup on all cores, outside
 * the write lock -> look up, deduplicate ({@code indexer.dedup}) and join clusters ({@code indexer.index}) ->
 * for a full snapshot, {@code closeMissing} schedules or carries out the closing of what disappeared -> one
 * commit with the checkpoint and the alert backlog -> report what is new), the alert backlog in
 * {@code AlertBacklog}, the read side in {@code SearchFacade} ({@code indexer.search}, {@code indexer.suggest},
 * {@code indexer.stats}), and the background load of the dedup signatures in {@code SignatureLoad}.
 */
package org.joinedup.indexer;
