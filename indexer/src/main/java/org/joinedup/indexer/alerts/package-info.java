/**
 * Matches newly indexed vacancies against saved searches (the alerts behind e-mail subscriptions).
 *
 * <p>To use this package, create an {@link org.joinedup.indexer.alerts.AlertMatcher} with
 * {@link org.joinedup.indexer.Indexer#newAlertMatcher()}, register every confirmed saved search, and pass the
 * {@code added} vacancies of each {@link org.joinedup.indexer.IngestReport} to
 * {@link org.joinedup.indexer.alerts.AlertMatcher#match(java.util.List)}. Re-crawled and merged duplicate
 * vacancies are never in {@code added}, so they never alert twice.
 */
package org.joinedup.indexer.alerts;
