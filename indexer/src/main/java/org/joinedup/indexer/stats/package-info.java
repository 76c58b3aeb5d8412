/**
 * Labour-market statistics computed from the index, after the Danish Jobindsats model: counts of open, new and
 * closed vacancies per month for councils, regions, occupations and employment types, median advertised annual
 * salaries per occupation and currency, and councils side by side.
 *
 * <p>To use this package, call {@link org.joinedup.indexer.Indexer#statistics()}: it returns an immutable
 * {@link org.joinedup.indexer.stats.StatsSnapshot} computed in one pass over doc values and cached until the
 * searcher refreshes or the day changes.
 *
 * <p>Definitions (all days in UTC; only the canonical member of a duplicate cluster is counted, so a vacancy
 * listed by three sources counts once):
 * <ul>
 *   <li><b>new</b> in month M: the posting day (datePosted, else first seen) falls in M;</li>
 *   <li><b>last open day</b>: for a closed vacancy the day it closed (snapshot disappearance after the grace
 *       period, publisher delete, source deleted) or its closing date (validThrough) if that came first; for an
 *       open vacancy whose closing date has passed, the closing date; otherwise it is still open;</li>
 *   <li><b>closed</b> in month M: the last open day falls in M (and is not in the future);</li>
 *   <li><b>open</b> in month M: open at some point during M, i.e. posted on or before the end of M and last
 *       open on or after its first day (the current month counts up to today);</li>
 *   <li><b>open now</b>: open and not past its closing date today, exactly what the search shows.</li>
 * </ul>
 */
package org.joinedup.indexer.stats;
