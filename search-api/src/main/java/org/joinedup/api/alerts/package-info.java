/**
 * Saved-search e-mail alerts: sign-up with double opt-in, signed manage and unsubscribe links, matching of newly
 * indexed vacancies, instant mails and daily/weekly digests.
 *
 * <p>To use this package, build one {@link org.joinedup.api.alerts.AlertService} over the migrated database, the
 * mail outbox, a matcher from {@code Indexer.newAlertMatcher()} and the indexer's
 * {@link org.joinedup.api.alerts.AlertBacklog}; hand it every ingest's and every push's {@code added} vacancies
 * ({@link org.joinedup.api.alerts.AlertService#onNewVacancies}); register an
 * {@link org.joinedup.api.alerts.AlertResource}; and run {@link org.joinedup.api.alerts.PeriodicAlertTasks} for the purge,
 * digests and the backlog retry. Order of events for a vacancy: harvest or push -> index (commit also lists it
 * as unmatched) -> {@code IngestReport.added()} -> match -> {@code subscriber_sent_matches} (at most once per
 * address) -> outbox (instant) or pending digest -> acknowledge to the backlog -> SMTP.
 */
package org.joinedup.api.alerts;
