package org.joinedup.api.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.joinedup.indexer.Vacancy;
import org.junit.jupiter.api.Test;

class JobPostingLdTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final URI PAGE = URI.create("https://jobs.example/vacancies/a1b2c3d4e5f60718");

    @Test
    void hasGooglesRequiredAndRecommendedProperties() {
        Map<String, Object> ld = JobPostingLd.of(Fixtures.openNurse(), Fixtures.LINDEVEEN, PAGE, NOW);
        for (String p : JobPostingLd.REQUIRED) assertTrue(ld.containsKey(p), p);
        assertEquals("https://schema.org/", ld.get("@context"));
        assertEquals("JobPosting", ld.get("@type"));
        assertEquals("2026-11-01", ld.get("datePosted"));
        assertEquals("2026-12-31T23:59:59Z", ld.get("validThrough"));
        assertEquals("PART_TIME", ld.get("employmentType"), "permanent alone says nothing about hours");
        assertEquals(Map.of("@type", "Organization", "name", "Gemeente Lindeveen"), ld.get("hiringOrganization"));
        @SuppressWarnings("unchecked")
        Map<String, Object> place = (Map<String, Object>) ld.get("jobLocation");
        @SuppressWarnings("unchecked")
        Map<String, Object> address = (Map<String, Object>) place.get("address");
        assertEquals("Zeist", address.get("addressLocality"));
        assertEquals("NL", address.get("addressCountry"));
        @SuppressWarnings("unchecked")
        Map<String, Object> salary = (Map<String, Object>) ld.get("baseSalary");
        assertEquals("MonetaryAmount", salary.get("@type"));
        assertEquals("EUR", salary.get("currency"));
        assertEquals(Map.of("@type", "QuantitativeValue", "minValue", 3200.0, "maxValue", 4100.0, "unitText", "MONTH"),
            salary.get("value"));
        assertEquals(Map.of("@type", "PropertyValue", "name", "Gemeente Lindeveen", "value", "vac-1"),
            ld.get("identifier"));
        assertEquals(false, ld.get("directApply"));
        assertEquals(PAGE.toString(), ld.get("url"));
    }

    @Test
    void closedVacancyIsValidThroughThePast() {
        Instant closedAt = Instant.parse("2026-11-10T08:00:00Z");
        Vacancy closed = Fixtures.openNurse().withLifecycle(new Vacancy.Lifecycle(
            Instant.parse("2026-11-02T10:00:00Z"), closedAt, closedAt, Vacancy.Status.CLOSED));
        Map<String, Object> ld = JobPostingLd.of(closed, Fixtures.LINDEVEEN, PAGE, NOW);
        assertTrue(Instant.parse((String) ld.get("validThrough")).isBefore(NOW), ld.get("validThrough")::toString);
        assertEquals(closedAt.toString(), ld.get("validThrough"));
    }

    @Test
    void remoteJobsAreTelecommuteWithACountryRequirement() {
        Vacancy remote = Fixtures.nurse(Vacancy.Lifecycle.seenNow(NOW), "remote", List.of());
        Map<String, Object> ld = JobPostingLd.of(remote, Fixtures.LINDEVEEN, PAGE, NOW);
        assertEquals("TELECOMMUTE", ld.get("jobLocationType"));
        assertEquals(Map.of("@type", "Country", "name", "NL"), ld.get("applicantLocationRequirements"));
        assertFalse(ld.containsKey("jobLocation"));
    }

    @Test
    void noLocationFallsBackToTheSourcesRegion() {
        Vacancy nowhere = Fixtures.nurse(Vacancy.Lifecycle.seenNow(NOW), null, List.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> place = (Map<String, Object>) JobPostingLd.of(nowhere, Fixtures.LINDEVEEN, PAGE, NOW)
            .get("jobLocation");
        assertEquals(Map.of("@type", "PostalAddress", "addressRegion", "Utrecht", "addressCountry", "NL"),
            place.get("address"));
    }

    @Test
    void scriptSafeJsonCannotCloseTheScriptElement() {
        String safe = VacancyPageServlet.scriptSafe("{\"t\":\"</script><b>&\"}");
        assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&"), safe);
    }
}
