package org.joinedup.indexer.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.indexer.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmploymentTypeMapperTest {
    private final EmploymentTypeMapper mapper = new EmploymentTypeMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "FULL_TIME|full-time", "PART_TIME|part-time", "CONTRACTOR|fixed-term", "TEMPORARY|temporary",
        "INTERN|temporary", "PER_DIEM|casual", "VOLUNTEER|''", "OTHER|''",
        "Full-time|full-time", "part time|part-time", "Permanent|permanent", "fixed term|fixed-term",
        "Fixed-term contract|fixed-term", "Temporary|temporary", "Casual|casual", "Zero hours|casual",
        "zero-hours contract|casual", "Shift|casual", "Relief|casual",
        "Full-Time, Permanent Contract|full-time permanent",
        "Fuldtid|full-time", "Deltid|part-time", "Fastansættelse|permanent",
        "Tidsbegrænset ansættelse|fixed-term", "Vikariat|temporary", "Fleksjob|part-time",
        "voltijd|full-time", "deeltijd|part-time", "vast|permanent", "tijdelijk|temporary",
        "bepaalde tijd|fixed-term", "contract voor bepaalde tijd|fixed-term", "onbepaalde tijd|permanent",
        "oproepkracht|casual", "tijdelijk contract|fixed-term",
        "kokoaikatyö|full-time", "osa-aikatyö|part-time", "vakinainen|permanent", "vakinainen työsuhde|permanent",
        "määräaikainen|fixed-term", "määräaikainen työsuhde|fixed-term", "sijaisuus|temporary",
        "keikkatyö|casual", "vuorotyö|casual", "Almindelige vilkår|''",
    })
    void mapsWordsOntoTheVocabulary(String raw, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
        assertEquals(want, mapper.map(List.of(raw)));
    }

    @Test
    void combinesValuesInVocabularyOrderWithoutRepeats() {
        assertEquals(List.of("full-time", "part-time", "casual"),
            mapper.map(List.of("Tuntityö", "Kokoaikatyö, Osa-aikatyö", "FULL_TIME")));
        assertTrue(Vacancy.EMPLOYMENT_TYPES.containsAll(mapper.map(List.of("Fuldtid", "Vikariat", "keikkatyö"))));
    }

    @Test
    void titlesOnlyYieldFullOrPartTime() {
        assertEquals(List.of("part-time"), mapper.mapTitle("Care Assistant - Part Time"));
        assertEquals(List.of(), mapper.mapTitle("Food Bank Coordinator"));
        assertEquals(List.of(), mapper.mapTitle("Building Contractor Liaison (temporary cover)"));
    }

    // ---- real text from the corpus ----

    /** jobnet.dk facets and ads: WorkHours (Fuldtid/Deltid) and EmploymentType (Fastansættelse/Tidsbegrænset). */
    @Test
    void jobnetWorkHoursAndEmploymentTypes() {
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (String page : List.of("JobPage01/JobPage01.json.txt", "JobPage02/JobPage02.json.txt")) {
            JsonNode root = Corpus.json(Corpus.JOBNET + page);
            for (String facet : List.of("WorkHours", "EmploymentType")) {
                for (JsonNode v : root.get("Facets").get(facet)) {
                    seen.put(v.get("Value").asText(), mapper.map(List.of(v.get("Value").asText())));
                }
            }
            for (JsonNode ad : root.get("JobPositionPostings")) {
                List<String> types = mapper.map(List.of(ad.get("WorkHours").asText(), ad.get("EmploymentType").asText()));
                assertTrue(types.contains("full-time") || types.contains("part-time"), ad.get("Title").asText());
            }
        }
        assertEquals(Map.of("Fuldtid", List.of("full-time"), "Deltid", List.of("part-time"),
            "Fastansættelse", List.of("permanent"), "Tidsbegrænset ansættelse", List.of("fixed-term")), seen);
    }

    /** jobnet's WorkConditions list names Fleksjob among other conditions. */
    @Test
    void jobnetWorkConditionsFleksjob() {
        JsonNode ad = Corpus.json(Corpus.JOBNET + "JobPage01/JobPage01_JobPostingExtended01.json.txt");
        Map<String, List<String>> mapped = new LinkedHashMap<>();
        for (JsonNode c : ad.get("WorkConditions")) mapped.put(c.get("Name").asText(), mapper.map(c.get("Name").asText()));
        assertEquals(List.of("part-time"), mapped.get("Fleksjob"));
        assertEquals(List.of(), mapped.get("Almindelige vilkår"));
    }

    /** City of Helsinki listings: every employment type in the data maps (Finnish and Swedish). */
    @Test
    void helsinkiEmploymentTypes() {
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (JsonNode response : Corpus.json(Corpus.HELSINKI)) {
            for (JsonNode hit : response.path("hits").path("hits")) {
                for (JsonNode t : hit.get("_source").path("field_employment_type")) {
                    seen.put(t.asText(), mapper.map(t.asText()));
                }
            }
        }
        assertEquals(Map.of(
            "Määräaikainen työsuhde", List.of("fixed-term"), "Vakinainen työsuhde", List.of("permanent"),
            "Määräaikainen virkasuhde", List.of("fixed-term"), "Vakinainen virkasuhde", List.of("permanent"),
            "Fast anställning", List.of("permanent"), "Tidsbundet arbetsförhållande", List.of("fixed-term"),
            "Fast tjänst", List.of("permanent")), seen);
    }

    /** Kuntarekry ads: "employment" (working time) and "employmentType" (contract) fields. */
    @Test
    void kuntarekryEmployment() {
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (JsonNode r : Corpus.json(Corpus.KUNTAREKRY + "dummySearchResults.json").get("searchResults")) {
            JsonNode ad = r.get("jobAdvertisement");
            for (String f : List.of("employment", "employmentType")) {
                if (ad.has(f)) seen.put(ad.get(f).asText(), mapper.map(ad.get(f).asText()));
            }
        }
        assertEquals(List.of("full-time"), seen.get("Kokoaikatyö"));
        assertEquals(List.of("full-time", "part-time", "casual"), seen.get("Kokoaikatyö, Osa-aikatyö, Tuntityö"));
        assertEquals(List.of("part-time", "casual"), seen.get("Osa-aikatyö, 3-vuorotyö, Tuntityö"));
        assertEquals(List.of("permanent"), seen.get("Vakinainen"));
        assertEquals(List.of("fixed-term"), seen.get("Määräaikainen"));
    }

    /** schema.org / Google examples and the Jobvite feed. */
    @Test
    void schemaOrgAndJobviteValues() {
        JsonNode hybrid = Corpus.json("jobposting/adobe-structured-data-validator/gallery/JobPosting/hybrid-job.json");
        List<String> raw = new ArrayList<>();
        hybrid.get("employmentType").forEach(n -> raw.add(n.asText()));
        assertEquals(List.of("FULL_TIME", "CONTRACTOR"), raw);
        assertEquals(List.of("full-time", "fixed-term"), mapper.map(raw));
        assertEquals(List.of("full-time", "full-time", "part-time"),
            Corpus.xml("jobfeeds/jobvite-xml/jdpace-jobviter/spec/fixtures/jobs.xml").select("job > jobtype")
                .eachText().stream().flatMap(t -> mapper.map(t).stream()).toList());
    }
}
