/**
 * Benchmarks of Joined-up Jobs search, built only with {@code -Pbench} and never part of the default test run.
 *
 * <p>To use this module, run one of the {@code bench/run-*.sh} scripts from the repository root (see
 * {@code bench/README.md}): {@link org.joinedup.bench.generate.VacancyGenerator} makes the deterministic
 * multilingual data; {@code indexing.IndexingBench}, {@code query.QueryBench} and
 * {@code freshness.FreshnessBench} measure the pipeline against bare Lucene and print figures for
 * {@code bench/RESULTS.md}.
 */
package org.joinedup.bench;
