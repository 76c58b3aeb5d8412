package org.joinedup.indexer;

import java.util.List;

/** Names of the facet dimensions, as used in requests and results. */
public final class Facets {
    public static final String EMPLOYER = "employer";
    public static final String REGION = "region";
    public static final String OCCUPATION = "occupation";
    public static final String EMPLOYMENT_TYPE = "employmentType";
    public static final String WORKPLACE_TYPE = "workplaceType";
    public static final String LANGUAGE = "language";
    public static final String SALARY_BAND = "salaryBand";
    public static final String POSTED = "posted";

    /** Every dimension counted on each search, in display order. */
    public static final List<String> ALL =
        List.of(EMPLOYER, REGION, OCCUPATION, EMPLOYMENT_TYPE, WORKPLACE_TYPE, LANGUAGE, SALARY_BAND, POSTED);

    private Facets() {
    }
}
