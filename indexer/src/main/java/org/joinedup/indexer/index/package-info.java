/**
 * The Lucene index itself: how a vacancy becomes a document and back, the writer with its commits and refreshes,
 * write batches that see their own writes, duplicate clusters, and the per-segment caches searches count facets
 * from. Internal to the indexer (the rule in search-api's {@code ModuleBoundariesTest} keeps it so).
 *
 * <p>Front door, for the indexer's own packages: {@link org.joinedup.indexer.index.IndexStore} (open one per index
 * directory with an {@link org.joinedup.indexer.index.IndexSchema}; {@code openBatch} for ingests,
 * {@code withSearcher} for reads). {@link org.joinedup.indexer.index.IngestBatch} holds an ingest's writes until
 * its one commit, and {@link org.joinedup.indexer.index.DuplicateClusters} keeps clusters consistent inside it.
 */
package org.joinedup.indexer.index;
