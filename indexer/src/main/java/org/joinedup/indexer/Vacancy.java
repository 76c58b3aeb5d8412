package org.joinedup.indexer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The common vacancy record every source format is mapped onto (see DESIGN.md). Immutable.
 *
 * @param id               stable vacancy id (derived from sourceId and sourceRef)
 * @param sourceId         source it was harvested from
 * @param sourceRef        the item's id within that source
 * @param url              the vacancy's page at the source
 * @param applyUrl         where to apply (falls back to url)
 * @param title            title
 * @param descriptionHtml  sanitised description HTML (no script, no event handlers)
 * @param descriptionText  plain text of the description
 * @param language         detected language (BCP-47 primary tag, or "und")
 * @param employer         hiring organisation
 * @param department       department or unit, or null
 * @param locations        places of work, geocoded where possible
 * @param workplaceType    onsite, hybrid or remote, or null
 * @param employmentTypes  from the vocabulary {@link #EMPLOYMENT_TYPES}
 * @param salary           salary or null
 * @param occupations      occupations
 * @param datePosted       date posted, or null
 * @param validThrough     closing date, or null
 * @param startDate        start date, or null
 * @param lifecycle        first/last seen, closing state
 * @param cluster          duplicate cluster membership
 * @param licence          licence inherited from the source
 */
public record Vacancy(String id, String sourceId, String sourceRef, String url, String applyUrl, String title,
                      String descriptionHtml, String descriptionText, String language, Employer employer,
                      String department, List<Location> locations, String workplaceType,
                      List<String> employmentTypes, Salary salary, List<Occupation> occupations,
                      LocalDate datePosted, LocalDate validThrough, LocalDate startDate, Lifecycle lifecycle,
                      Cluster cluster, Licence licence) {

    /** Vocabulary for employment types. */
    public static final List<String> EMPLOYMENT_TYPES =
        List.of("full-time", "part-time", "permanent", "fixed-term", "temporary", "casual");

    /** Vocabulary for workplace types. */
    public static final List<String> WORKPLACE_TYPES = List.of("onsite", "hybrid", "remote");

    public Vacancy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(sourceRef, "sourceRef");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(licence, "licence");
        title = title == null ? "" : title;
        descriptionHtml = descriptionHtml == null ? "" : descriptionHtml;
        descriptionText = descriptionText == null ? "" : descriptionText;
        locations = locations == null ? List.of() : List.copyOf(locations);
        employmentTypes = employmentTypes == null ? List.of() : List.copyOf(employmentTypes);
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
        cluster = cluster == null ? Cluster.single(id) : cluster;
    }

    /** Copy with another lifecycle. */
    public Vacancy withLifecycle(Lifecycle l) {
        return new Vacancy(id, sourceId, sourceRef, url, applyUrl, title, descriptionHtml, descriptionText, language,
            employer, department, locations, workplaceType, employmentTypes, salary, occupations, datePosted,
            validThrough, startDate, l, cluster, licence);
    }

    /** Copy with another cluster. */
    public Vacancy withCluster(Cluster c) {
        return new Vacancy(id, sourceId, sourceRef, url, applyUrl, title, descriptionHtml, descriptionText, language,
            employer, department, locations, workplaceType, employmentTypes, salary, occupations, datePosted,
            validThrough, startDate, lifecycle, c, licence);
    }

    /** True when open for applications on the given day. */
    public boolean openOn(LocalDate day) {
        return lifecycle.status() == Status.OPEN && (validThrough == null || !validThrough.isBefore(day));
    }

    /** Hiring organisation. */
    public record Employer(String name, String id) {
        public Employer {
            Objects.requireNonNull(name, "employer name");
        }
    }

    /** A place of work; lat/lon from the source or the offline gazetteer. */
    public record Location(String locality, String region, String postcode, String country, Double lat, Double lon) {
    }

    /**
     * Salary as advertised plus annualised values for comparison.
     *
     * @param unit one of HOUR, DAY, WEEK, MONTH, YEAR
     */
    public record Salary(Double min, Double max, String currency, String unit, Double annualMin, Double annualMax,
                         String rawText) {
    }

    /** An occupation in a scheme: ISCO-08, ESCO or local; concept is our cross-language occupation id, if known. */
    public record Occupation(String scheme, String code, String label) {
    }

    /** Open, or closed (by expiry, by disappearing from a full snapshot, or by the publisher). */
    public enum Status { OPEN, CLOSED }

    /** When the vacancy was first and last seen, and whether and when it closed. */
    public record Lifecycle(Instant firstSeen, Instant lastSeen, Instant closedAt, Status status) {
        public Lifecycle {
            Objects.requireNonNull(firstSeen, "firstSeen");
            Objects.requireNonNull(lastSeen, "lastSeen");
            Objects.requireNonNull(status, "status");
        }

        /** A vacancy seen for the first time now. */
        public static Lifecycle seenNow(Instant now) {
            return new Lifecycle(now, now, null, Status.OPEN);
        }
    }

    /**
     * Duplicate cluster: the canonical vacancy's id and where else the same vacancy is listed.
     *
     * @param clusterId   cluster id (the canonical member's id)
     * @param canonical   true when this record is the one shown in search
     * @param alsoListedAt the other members' listings: for the canonical member, its cluster's other open members
     *                     (derived when the vacancy is read, not stored with it); for another member, the
     *                     canonical one
     */
    public record Cluster(String clusterId, boolean canonical, List<Listing> alsoListedAt) {
        public Cluster {
            Objects.requireNonNull(clusterId, "clusterId");
            alsoListedAt = alsoListedAt == null ? List.of() : List.copyOf(alsoListedAt);
        }

        /** A vacancy alone in its own cluster. */
        public static Cluster single(String id) {
            return new Cluster(id, true, List.of());
        }
    }

    /** Another listing of the same vacancy. */
    public record Listing(String vacancyId, String sourceId, String council, String url) {
    }

    /** Licence and attribution inherited from the source. */
    public record Licence(String id, String attribution) {
    }
}
