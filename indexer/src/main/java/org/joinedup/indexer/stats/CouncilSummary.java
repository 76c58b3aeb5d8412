package org.joinedup.indexer.stats;

import java.util.List;

/**
 * One council's figures for the side-by-side comparison.
 *
 * @param council          council (employer) name
 * @param openNow          open vacancies today, as the search counts them
 * @param newLast30Days    vacancies posted in the last 30 days (today included)
 * @param closedLast30Days vacancies last open in the last 30 days that are closed now
 * @param salaries         median advertised annual salary of its open vacancies, one per currency
 */
public record CouncilSummary(String council, int openNow, int newLast30Days, int closedLast30Days,
                             List<SalaryMedian> salaries) {
    public CouncilSummary {
        salaries = List.copyOf(salaries);
    }
}
