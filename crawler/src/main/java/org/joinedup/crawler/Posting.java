package org.joinedup.crawler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One job item as found in a source, before normalisation: fields are kept as published (raw dates,
 * raw salary text, raw employment type words) plus provenance. The indexer turns it into a vacancy.
 *
 * @param sourceId         the source it came from
 * @param sourceRef        the item's own id in that source (guid, referencenumber, identifier); never null
 * @param url              the item's page
 * @param applyUrl         where to apply, if given separately
 * @param title            job title as published
 * @param descriptionHtml  description as published (unsanitised HTML or text)
 * @param language         language declared by the item or feed, or null
 * @param employerName     hiring organisation, or null (the source's council is used then)
 * @param employerId       hiring organisation id if published
 * @param department       department or unit
 * @param locations        places of work as published
 * @param employmentTypes  raw employment type words (e.g. "FULL_TIME", "Fuldtid", "Määräaikainen")
 * @param workplaceType    raw workplace type (e.g. "TELECOMMUTE", "hybrid") or null
 * @param salary           salary as published, or null
 * @param occupations      occupation codes or labels as published
 * @param datePosted       raw date text
 * @param validThrough     raw closing date text
 * @param startDate        raw start date text
 * @param extra            other named fields kept for normalisation (e.g. "hoursPerWeek")
 * @param fetchedUrl       the URL the item was fetched from (feed or page)
 * @param fetchedAt        when it was fetched
 * @param format           the format it was parsed from
 */
public record Posting(String sourceId, String sourceRef, String url, String applyUrl, String title,
                      String descriptionHtml, String language, String employerName, String employerId,
                      String department, List<Location> locations, List<String> employmentTypes,
                      String workplaceType, Salary salary, List<Occupation> occupations, String datePosted,
                      String validThrough, String startDate, Map<String, String> extra, String fetchedUrl,
                      Instant fetchedAt, SourceFormat format) {

    public Posting {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(sourceRef, "sourceRef");
        title = title == null ? "" : title;
        descriptionHtml = descriptionHtml == null ? "" : descriptionHtml;
        locations = locations == null ? List.of() : List.copyOf(locations);
        employmentTypes = employmentTypes == null ? List.of() : List.copyOf(employmentTypes);
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
        fetchedAt = fetchedAt == null ? Instant.now() : fetchedAt;
    }

    /** A place of work as published; any part may be null. */
    public record Location(String text, String locality, String region, String postcode, String country,
                           Double lat, Double lon) {
    }

    /** Salary as published: structured parts when the source gives them, and the raw text. */
    public record Salary(Double min, Double max, String currency, String unit, String text) {
    }

    /** An occupation as published. scheme is e.g. "ISCO-08", "ESCO" or "local". */
    public record Occupation(String scheme, String code, String label) {
    }

    /** Starts a builder; handy for parsers that fill fields one at a time. */
    public static Builder builder(String sourceId, String sourceRef) {
        return new Builder(sourceId, sourceRef);
    }

    /** Mutable builder for {@link Posting}, used by parsers only. */
    public static final class Builder {
        private final String sourceId;
        private String sourceRef;
        private String url, applyUrl, title, descriptionHtml, language, employerName, employerId, department;
        private final ArrayList<Location> locations = new ArrayList<>();
        private final ArrayList<String> employmentTypes = new ArrayList<>();
        private String workplaceType;
        private Salary salary;
        private final ArrayList<Occupation> occupations = new ArrayList<>();
        private String datePosted, validThrough, startDate;
        private final LinkedHashMap<String, String> extra = new LinkedHashMap<>();
        private String fetchedUrl;
        private Instant fetchedAt;
        private SourceFormat format;

        Builder(String sourceId, String sourceRef) {
            this.sourceId = sourceId;
            this.sourceRef = sourceRef;
        }

        public Builder sourceRef(String v) { sourceRef = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder applyUrl(String v) { applyUrl = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder descriptionHtml(String v) { descriptionHtml = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder employerName(String v) { employerName = v; return this; }
        public Builder employerId(String v) { employerId = v; return this; }
        public Builder department(String v) { department = v; return this; }
        public Builder location(Location v) { if (v != null) locations.add(v); return this; }
        public Builder employmentType(String v) { if (v != null && !v.isBlank()) employmentTypes.add(v.strip()); return this; }
        public Builder workplaceType(String v) { workplaceType = v; return this; }
        public Builder salary(Salary v) { salary = v; return this; }
        public Builder occupation(Occupation v) { if (v != null) occupations.add(v); return this; }
        public Builder datePosted(String v) { datePosted = v; return this; }
        public Builder validThrough(String v) { validThrough = v; return this; }
        public Builder startDate(String v) { startDate = v; return this; }
        public Builder extra(String k, String v) { if (v != null) extra.put(k, v); return this; }
        public Builder fetchedUrl(String v) { fetchedUrl = v; return this; }
        public Builder fetchedAt(Instant v) { fetchedAt = v; return this; }
        public Builder format(SourceFormat v) { format = v; return this; }

        public Posting build() {
            return new Posting(sourceId, sourceRef, url, applyUrl, title, descriptionHtml, language, employerName,
                employerId, department, locations, employmentTypes, workplaceType, salary, occupations, datePosted,
                validThrough, startDate, extra, fetchedUrl, fetchedAt, format);
        }
    }
}
