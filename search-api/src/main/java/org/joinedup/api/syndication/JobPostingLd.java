package org.joinedup.api.syndication;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joinedup.api.web.Markup;
import org.joinedup.crawler.Source;
import org.joinedup.indexer.Vacancy;

/**
 * A vacancy as schema.org JobPosting JSON-LD with Google's required properties (title, description,
 * datePosted, hiringOrganization, jobLocation or applicantLocationRequirements with TELECOMMUTE) and the
 * recommended ones we know (validThrough, employmentType, baseSalary, identifier, directApply). A closed
 * vacancy gets a validThrough in the past, which is how search engines learn a posting has expired.
 */
public final class JobPostingLd {
    /** Google's required JobPosting properties (jobLocation may be replaced for remote jobs). */
    public static final List<String> REQUIRED = List.of("title", "description", "datePosted", "hiringOrganization",
        "jobLocation");

    private static final Map<String, String> EMPLOYMENT_TYPES = Map.of("full-time", "FULL_TIME",
        "part-time", "PART_TIME", "temporary", "TEMPORARY", "fixed-term", "TEMPORARY", "casual", "PER_DIEM");

    private JobPostingLd() {
    }

    /**
     * @param v      the vacancy
     * @param source its source (fallback region and country), or null
     * @param page   the vacancy's page on this service, or null to name the original listing
     * @param now    the current time (decides whether an open vacancy has already expired)
     */
    public static Map<String, Object> of(Vacancy v, Source source, URI page, Instant now) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org/");
        ld.put("@type", "JobPosting");
        ld.put("title", v.title());
        ld.put("description", v.descriptionHtml().isBlank() ? "<p>" + Markup.escape(v.descriptionText()) + "</p>"
            : v.descriptionHtml());
        ld.put("datePosted", (v.datePosted() != null ? v.datePosted() : day(v.lifecycle().firstSeen())).toString());
        validThrough(v, now).ifPresent(t -> ld.put("validThrough", t));
        ld.put("hiringOrganization", organisation(v));
        place(v, source, ld);
        List<String> types = employmentTypes(v);
        if (!types.isEmpty()) ld.put("employmentType", types.size() == 1 ? types.getFirst() : types);
        if (salary(v.salary()) != null) ld.put("baseSalary", salary(v.salary()));
        ld.put("identifier", Map.of("@type", "PropertyValue", "name",
            source != null ? source.council() : v.employer().name(), "value", v.sourceRef()));
        ld.put("directApply", false);
        String url = page != null ? page.toString() : v.url();
        if (url != null) ld.put("url", url);
        if (v.language() != null && !"und".equals(v.language())) ld.put("inLanguage", v.language());
        if (v.startDate() != null) ld.put("jobStartDate", v.startDate().toString());
        if (v.department() != null) ld.put("occupationalCategory", v.department());
        return ld;
    }

    private static Optional<String> validThrough(Vacancy v, Instant now) {
        boolean closed = v.lifecycle().status() == Vacancy.Status.CLOSED;
        if (!closed) return Optional.ofNullable(v.validThrough()).map(d -> d + "T23:59:59Z");
        // Closed before its closing date (or without one): say so with the moment it closed, in the past.
        Instant closedAt = Objects.requireNonNullElse(v.lifecycle().closedAt(), v.lifecycle().lastSeen());
        if (closedAt.isAfter(now)) closedAt = now.minusSeconds(1);
        Instant stated = v.validThrough() == null ? null : v.validThrough().atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
        return Optional.of((stated != null && stated.isBefore(closedAt) ? stated : closedAt).toString());
    }

    private static Map<String, Object> organisation(Vacancy v) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", v.employer().name());
        if (v.employer().id() != null && v.employer().id().startsWith("http")) org.put("sameAs", v.employer().id());
        return org;
    }

    private static void place(Vacancy v, Source source, Map<String, Object> ld) {
        String country = v.locations().stream().map(Vacancy.Location::country).filter(Objects::nonNull).findFirst()
            .orElse(source == null ? null : source.country());
        if ("remote".equals(v.workplaceType())) {
            ld.put("jobLocationType", "TELECOMMUTE");
            ld.put("applicantLocationRequirements", Map.of("@type", "Country", "name", country == null ? "" : country));
            if (v.locations().isEmpty()) return;
        }
        List<Map<String, Object>> places = new ArrayList<>();
        for (Vacancy.Location l : v.locations()) {
            places.add(placeOf(l.locality(), l.region(), l.postcode(), l.country() != null ? l.country() : country,
                l.lat(), l.lon()));
        }
        if (places.isEmpty()) {
            places.add(placeOf(null, source == null ? null : source.region(), null, country, null, null));
        }
        ld.put("jobLocation", places.size() == 1 ? places.getFirst() : places);
    }

    private static Map<String, Object> placeOf(String locality, String region, String postcode, String country,
                                               Double lat, Double lon) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        if (locality != null) address.put("addressLocality", locality);
        if (region != null) address.put("addressRegion", region);
        if (postcode != null) address.put("postalCode", postcode);
        if (country != null) address.put("addressCountry", country);
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("address", address);
        if (lat != null && lon != null) {
            place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", lat, "longitude", lon));
        }
        return place;
    }

    /** Our vocabulary onto Google's: permanent says nothing about hours, so it only counts when alone. */
    static List<String> employmentTypes(Vacancy v) {
        List<String> out = v.employmentTypes().stream().map(EMPLOYMENT_TYPES::get).filter(Objects::nonNull)
            .distinct().toList();
        return out.isEmpty() && !v.employmentTypes().isEmpty() ? List.of("OTHER") : out;
    }

    private static Map<String, Object> salary(Vacancy.Salary s) {
        if (s == null || s.currency() == null || (s.min() == null && s.max() == null)) return null;
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@type", "QuantitativeValue");
        if (s.min() != null && s.max() != null && !s.min().equals(s.max())) {
            value.put("minValue", s.min());
            value.put("maxValue", s.max());
        } else {
            value.put("value", s.min() != null ? s.min() : s.max());
        }
        value.put("unitText", s.unit() == null ? "YEAR" : s.unit());
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("@type", "MonetaryAmount");
        amount.put("currency", s.currency());
        amount.put("value", value);
        return amount;
    }

    private static LocalDate day(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
