/**
 * Searching the index: a {@link org.joinedup.indexer.SearchRequest} becomes Lucene queries and filters
 * ({@code QueryBuilder}, after {@code QueryGuard} has refused expensive or unsupported query text), runs with
 * facet counts that keep the counts of a selected dimension's siblings ({@code FacetCounter}), and comes back as
 * hits with snippets and a cursor for deep paging. {@code SavedSearchQueries} builds the same queries for alert
 * matching. Internal to the indexer.
 *
 * <p>Front door, for the indexer's own packages: {@link org.joinedup.indexer.search.VacancySearcher}; callers
 * outside the indexer search through {@link org.joinedup.indexer.Indexer#search}.
 */
package org.joinedup.indexer.search;
