/**
 * Saved-search e-mail alerts: sign-up with double opt-in, signed manage and unsubscribe links, matching of newly
 * indexed vacancies, instant mails and daily/weekly digests.
 *
 * <p>To use this package, build one {@link org.joinedup.api.alerts.AlertService} over the migrated database, the
 * mail outbox and a matcher from {@code Indexer.newAlertMatcher()}; hand it every ingest's {@code added}
 * vacancies ({@link org.joinedup.api.alerts.AlertService#onNewVacancies}); register an
 * {@link org.joinedup.api.alerts.AlertResource}; and run {@link org.joinedup.api.alerts.AlertJobs} for the purge
 * and digests. Order of events for a vacancy: harvest -> index -> {@code IngestReport.added()} -> match ->
 * {@code alert_sent_matches} (at most once) -> outbox (instant) or pending digest -> SMTP.
 */
package org.joinedup.api.alerts;
