package org.joinedup.indexer.stats;

import java.time.YearMonth;

/**
 * Counts for one month (see the package description for the definitions).
 *
 * @param month  the month
 * @param open   vacancies open at some point during the month
 * @param opened vacancies posted in the month ("new")
 * @param closed vacancies whose last open day fell in the month
 */
public record MonthCount(YearMonth month, int open, int opened, int closed) {
}
