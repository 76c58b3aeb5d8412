package org.joinedup.indexer;

import java.util.List;
import java.util.Optional;

/**
 * A facet dimension a search can filter on by value (and whose values are counted): searches keep
 * {@link SearchRequest#filters() one map of filters} by dimension, and the labour-market statistics are broken
 * down by {@link #STATISTICS some of them}.
 */
public enum Dimension {
    EMPLOYER(Facets.EMPLOYER),
    REGION(Facets.REGION),
    OCCUPATION(Facets.OCCUPATION),
    EMPLOYMENT_TYPE(Facets.EMPLOYMENT_TYPE),
    WORKPLACE_TYPE(Facets.WORKPLACE_TYPE),
    LANGUAGE(Facets.LANGUAGE);

    /** The dimensions statistics are broken down by, in this order (the employer is the council). */
    public static final List<Dimension> STATISTICS = List.of(EMPLOYER, REGION, OCCUPATION, EMPLOYMENT_TYPE);

    private final String facet;

    Dimension(String facet) {
        this.facet = facet;
    }

    /** The facet's name, also the request parameter and the key in results, e.g. {@code employmentType}. */
    public String facet() {
        return facet;
    }

    /** The dimension whose facet has this name, if any ({@code posted} and {@code salaryBand} are ranges, not one). */
    public static Optional<Dimension> byFacet(String facet) {
        for (Dimension d : values()) {
            if (d.facet.equals(facet)) return Optional.of(d);
        }
        return Optional.empty();
    }
}
