package org.joinedup.indexer.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.Vacancy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Wiring tests. They rely on LanguageAnalysis only for what holds for any implementation (detect returns a
 * supported tag or "und"); what the occupation concepts are is tested in {@link NormaliserConceptsTest}.
 */
class NormaliserTest {
    static final LanguageAnalysis ANALYSIS = new LanguageAnalysis();
    static final Instant NOW = Instant.parse("2027-01-10T08:00:00Z");
    static final Source NORTHMERE = source("northmere", "Northmere District Council", "North Yorkshire", "GB", "en");
    static final Source FJORDBY = source("fjordby", "Fjordby Kommune", "Region Midtjylland", "DK", "da");
    private final Normaliser normaliser = new Normaliser(ANALYSIS);

    @AfterAll
    static void close() {
        ANALYSIS.close();
    }

    static Source source(String id, String council, String region, String country, String lang) {
        return new Source(id, council, URI.create("http://127.0.0.1/demo/" + id), SourceFormat.FEED, region, country,
            lang, new Licence("OGL-UK-3.0", "Contains public sector information"), Duration.ofHours(1), true, true);
    }

    @Test
    void wiresEveryPart() {
        Posting p = Posting.builder("northmere", "NM-101").url("http://127.0.0.1/demo/northmere/jobs/101")
            .title("  Environmental   Health Officer \n(hybrid working) ")
            .descriptionHtml("<p>Join us in <b>Harrogate</b>.</p><script>steal()</script>")
            .location(new Posting.Location(null, "Harrogate", null, "HG1 2SG", null, null, null))
            .location(new Posting.Location("Ripon, North Yorkshire", null, null, null, null, null, null))
            .employmentType("Full-time").employmentType("Permanent")
            .salary(new Posting.Salary(null, null, null, null, "£32,000 - £36,000 per annum"))
            .occupation(new Posting.Occupation("ISCO-08", "2263", "Environmental and occupational health"))
            .datePosted("Mon, 04 Jan 2027 09:00:00 GMT").validThrough("31/01/2027").startDate("1. marts 2027")
            .build();
        Vacancy v = normaliser.normalise(p, NORTHMERE, NOW);
        assertEquals(VacancyIds.of("northmere", "NM-101"), v.id());
        assertEquals("Environmental Health Officer (hybrid working)", v.title());
        assertEquals("<p>Join us in <b>Harrogate</b>.</p>", v.descriptionHtml());
        assertEquals("Join us in Harrogate.", v.descriptionText());
        assertEquals("en", v.language());
        assertEquals(new Vacancy.Employer("Northmere District Council", null), v.employer());
        assertEquals(p.url(), v.applyUrl());
        assertEquals(List.of(new Vacancy.Location("Harrogate", "North Yorkshire", "HG1 2SG", "GB", 53.9908, -1.5373),
            new Vacancy.Location("Ripon", "North Yorkshire", null, "GB", 54.1358, -1.5283)), v.locations());
        assertEquals("hybrid", v.workplaceType());
        assertEquals(List.of("full-time", "permanent"), v.employmentTypes());
        assertEquals(new Vacancy.Salary(32000.0, 36000.0, "GBP", "YEAR", 32000.0, 36000.0,
            "£32,000 - £36,000 per annum"), v.salary());
        assertEquals(new Vacancy.Occupation("ISCO-08", "2263", "Environmental and occupational health"),
            v.occupations().getFirst());
        assertEquals(LocalDate.of(2027, 1, 4), v.datePosted());
        assertEquals(LocalDate.of(2027, 1, 31), v.validThrough());
        assertEquals(LocalDate.of(2027, 3, 1), v.startDate());
        assertEquals(Vacancy.Lifecycle.seenNow(NOW), v.lifecycle());
        assertEquals(Vacancy.Cluster.single(v.id()), v.cluster());
        assertEquals(new Vacancy.Licence("OGL-UK-3.0", "Contains public sector information"), v.licence());
    }

    @Test
    void fallsBackToTheSourceForEmployerAndLocation() {
        Posting p = Posting.builder("fjordby", "FB-7").title("Pædagog").employerName("  ").build();
        Vacancy v = normaliser.normalise(p, FJORDBY, NOW);
        assertEquals("Fjordby Kommune", v.employer().name());
        assertEquals(List.of(new Vacancy.Location(null, "Region Midtjylland", null, "DK", null, null)), v.locations());
        assertEquals("da", v.language());
        assertNull(v.salary());
        assertNull(v.workplaceType());
        assertEquals(List.of(), v.employmentTypes());
        assertNull(v.datePosted());
    }

    @Test
    void keepsPublishedCoordinatesAndReplacesTheZeroPlaceholder() {
        Posting p = Posting.builder("fjordby", "FB-8").title("Sygeplejerske")
            .location(new Posting.Location(null, "Silkeborg", null, "8600", "Danmark", 56.17, 9.55))
            .location(new Posting.Location(null, "Aarhus N", null, "8200", "DK", 0.0, 0.0))
            .location(new Posting.Location(null, "Helsingfors", null, null, "Finland", null, null))
            .datePosted("0001-01-01T00:00:00").validThrough("Ikke oplyst").build();
        Vacancy v = normaliser.normalise(p, FJORDBY, NOW);
        assertEquals(new Vacancy.Location("Silkeborg", "Region Midtjylland", "8600", "DK", 56.17, 9.55),
            v.locations().get(0));
        assertEquals(new Vacancy.Location("Aarhus N", "Region Midtjylland", "8200", "DK", 56.1567, 10.2108),
            v.locations().get(1));
        assertEquals(new Vacancy.Location("Helsingfors", "Uusimaa", null, "FI", 60.1695, 24.9354),
            v.locations().get(2));
        assertNull(v.datePosted(), "0001-01-01 is a placeholder");
        assertNull(v.validThrough());
    }

    /**
     * Found by PushBodyFuzzTest (issue 26): a latitude of 91.5 (or a NaN longitude) reached the index schema, whose
     * LatLonPoint threw, failing the whole harvest or push batch. Off-globe points count as no coordinates.
     */
    @Test
    void coordinatesOffTheGlobeAreDropped() throws Exception {
        Posting p = Posting.builder("fjordby", "FB-9").title("Sygeplejerske")
            .location(new Posting.Location(null, "Silkeborg", null, "8600", "DK", 91.5, 9.55))
            .location(new Posting.Location("Ukendt sted", null, null, null, "DK", 56.17, Double.NaN))
            .location(new Posting.Location("Andet sted", null, null, null, "DK", 56.17, -180.5)).build();
        Vacancy v = normaliser.normalise(p, FJORDBY, NOW);
        assertEquals(new Vacancy.Location("Silkeborg", "Region Midtjylland", "8600", "DK", 56.1697, 9.5451),
            v.locations().get(0), "the gazetteer's point instead");
        assertEquals(new Vacancy.Location("Ukendt sted", "Region Midtjylland", null, "DK", null, null),
            v.locations().get(1));
        assertNotNull(new org.joinedup.indexer.index.IndexSchema(ANALYSIS).toDocument(v));
    }

    @Test
    void structuredSalaryWinsAndTitleWordsGiveWorkingTime() {
        Posting p = Posting.builder("northmere", "NM-9").title("Care Assistant - Part Time")
            .salary(new Posting.Salary(11.5, 12.0, "GBP", "HOUR", "£10 - £11 per hour")).build();
        Vacancy v = normaliser.normalise(p, NORTHMERE, NOW);
        assertEquals(new Vacancy.Salary(11.5, 12.0, "GBP", "HOUR", 22425.0, 23400.0, "£10 - £11 per hour"),
            v.salary());
        assertEquals(List.of("part-time"), v.employmentTypes());
    }

    @Test
    void rejectsPostingsThatCannotMakeAVacancy() {
        IllegalArgumentException noTitle = assertThrows(IllegalArgumentException.class, () -> normaliser.normalise(
            Posting.builder("northmere", "NM-1").title(" <b> </b> ").build(), NORTHMERE, NOW));
        assertTrue(noTitle.getMessage().contains("NM-1") && noTitle.getMessage().contains("no title"),
            noTitle.getMessage());
        IllegalArgumentException wrongSource = assertThrows(IllegalArgumentException.class, () -> normaliser
            .normalise(Posting.builder("fjordby", "FB-1").title("Job").build(), NORTHMERE, NOW));
        assertTrue(wrongSource.getMessage().contains("fjordby"), wrongSource.getMessage());
    }

    /** A real jobnet.dk ad (Danish PES JSON) mapped the way a crawler would, end to end. */
    @Test
    void jobnetAdEndToEnd() {
        JsonNode ad = Corpus.json(Corpus.JOBNET + "JobPage02/JobPage02.json.txt").get("JobPositionPostings").get(13);
        Posting p = Posting.builder("fjordby", ad.get("ID").asText()).url(ad.get("Url").asText())
            .title(ad.get("Title").asText()).descriptionHtml(ad.get("Presentation").asText())
            .employerName(ad.get("HiringOrgName").asText())
            .location(new Posting.Location(null, ad.get("WorkPlaceCity").asText(), null,
                ad.get("PostalCode").asText(), ad.get("Country").asText(), null, null))
            .employmentType(ad.get("WorkHours").asText()).employmentType(ad.get("EmploymentType").asText())
            .datePosted(ad.get("PostingCreated").asText()).validThrough(ad.get("FormattedLastDateApplication").asText())
            .build();
        Vacancy v = normaliser.normalise(p, FJORDBY, NOW);
        assertEquals("Aalborg", v.locations().getFirst().locality());
        assertEquals("Region Nordjylland", v.locations().getFirst().region());
        assertTrue(GazetteerTest.km(ad.get("Latitude").asDouble(), ad.get("Longitude").asDouble(),
            v.locations().getFirst().lat(), v.locations().getFirst().lon()) < 10);
        assertEquals(List.of("full-time", "permanent"), v.employmentTypes());
        assertEquals(LocalDate.of(2021, 7, 20), v.validThrough());
        assertFalse(v.descriptionText().isBlank());
        assertEquals(ad.get("HiringOrgName").asText(), v.employer().name());
    }
}
