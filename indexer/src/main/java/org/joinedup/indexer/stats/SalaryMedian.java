package org.joinedup.indexer.stats;

/**
 * Median advertised annual salary of one group in one currency (currencies are never mixed or converted).
 *
 * @param group    the occupation concept id, or the council name
 * @param currency ISO 4217 code as advertised
 * @param median   median of the advertised annual amounts (midpoint of each vacancy's range)
 * @param count    vacancies behind the median
 */
public record SalaryMedian(String group, String currency, double median, int count) {
}
