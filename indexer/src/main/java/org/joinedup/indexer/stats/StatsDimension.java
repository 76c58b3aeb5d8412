package org.joinedup.indexer.stats;

import java.util.Arrays;
import java.util.Optional;
import org.joinedup.indexer.Facets;

/** A dimension statistics are broken down by, with its request name and the facet it is read from. */
public enum StatsDimension {
    COUNCIL("council", Facets.EMPLOYER),
    REGION("region", Facets.REGION),
    OCCUPATION("occupation", Facets.OCCUPATION),
    EMPLOYMENT_TYPE("employmentType", Facets.EMPLOYMENT_TYPE);

    private final String param;
    private final String facet;

    StatsDimension(String param, String facet) {
        this.param = param;
        this.facet = facet;
    }

    /** Name used in requests and responses, e.g. {@code employmentType}. */
    public String param() {
        return param;
    }

    /** The facet dimension holding the values (the council is the employer facet). */
    public String facet() {
        return facet;
    }

    /** The dimension with this request name, if any. */
    public static Optional<StatsDimension> byParam(String name) {
        return Arrays.stream(values()).filter(d -> d.param.equals(name)).findFirst();
    }
}
