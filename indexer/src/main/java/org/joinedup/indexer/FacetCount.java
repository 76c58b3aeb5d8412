package org.joinedup.indexer;

/**
 * One facet value with its count.
 *
 * @param value    value to filter on
 * @param label    human label
 * @param count    matching vacancies
 * @param selected whether this value is currently a filter
 */
public record FacetCount(String value, String label, long count, boolean selected) {
}
