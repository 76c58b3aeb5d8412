/**
 * Labour-market statistics over HTTP: {@code /api/v1/stats} (open, new and closed vacancies per month and
 * dimension), {@code /api/v1/stats/salaries}, {@code /api/v1/stats/councils} (each as JSON or CSV) and the
 * server-made chart {@code /api/v1/stats/chart.svg}; the page is {@code /stats/}.
 *
 * <p>To use this package, register a {@link org.joinedup.api.stats.StatsResource} built on
 * {@code Indexer::statistics} with the API application. The figures and their definitions come from
 * {@link org.joinedup.indexer.stats}.
 */
package org.joinedup.api.stats;
