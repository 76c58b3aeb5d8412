package org.joinedup.indexer.stats;

import java.util.List;

/**
 * Monthly counts of one value of a dimension (or of everything, with a null value).
 *
 * @param value  the facet value (council name, region, occupation concept id, employment type), or null for all
 * @param months one entry per month of the requested range, oldest first
 */
public record Series(String value, List<MonthCount> months) {
    public Series {
        months = List.copyOf(months);
    }

    /** Sum of "new" over the range. */
    public long totalOpened() {
        return months.stream().mapToLong(MonthCount::opened).sum();
    }

    /** Sum of "closed" over the range. */
    public long totalClosed() {
        return months.stream().mapToLong(MonthCount::closed).sum();
    }
}
