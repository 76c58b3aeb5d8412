package org.joinedup.api.alerts;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.joinedup.indexer.Indexer;
import org.joinedup.indexer.Vacancy;

/**
 * Newly indexed vacancies whose alert matches are not yet recorded in the database. The index keeps them in the
 * same commit as the vacancies, so neither a crash after that commit nor a database failure loses an alert: the
 * {@link AlertService} acknowledges a batch once its matches are recorded and matches what is left on start-up
 * and periodically.
 */
public interface AlertBacklog {

    /** No backlog (tests that hand vacancies to the service directly). */
    AlertBacklog NONE = new AlertBacklog() {
        @Override
        public List<Vacancy> unmatched() {
            return List.of();
        }

        @Override
        public void matched(Collection<String> vacancyIds) {
            // nothing is kept
        }
    };

    /** Vacancies added but not acknowledged. */
    List<Vacancy> unmatched() throws IOException;

    /** Their matches are recorded (idempotently, so acknowledging late only costs a second look). */
    void matched(Collection<String> vacancyIds);

    /** The indexer's backlog; from this call on the indexer lists what it adds (call before harvesting). */
    static AlertBacklog of(Indexer indexer) {
        indexer.trackUnmatched();
        return new AlertBacklog() {
            @Override
            public List<Vacancy> unmatched() throws IOException {
                return indexer.unmatched();
            }

            @Override
            public void matched(Collection<String> vacancyIds) {
                indexer.matched(vacancyIds);
            }
        };
    }
}
