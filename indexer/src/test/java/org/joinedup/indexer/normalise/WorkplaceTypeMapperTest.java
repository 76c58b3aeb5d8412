package org.joinedup.indexer.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkplaceTypeMapperTest {
    private final WorkplaceTypeMapper mapper = new WorkplaceTypeMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "TELECOMMUTE|remote", "remote|remote", "Fully remote|remote", "thuiswerken|remote", "hjemmearbejde|remote",
        "etätyö|remote", "Work from home|remote",
        "hybrid|hybrid", "Hybrid working|hybrid", "hybridityö|hybrid", "hybride|hybrid", "deels thuiswerken|hybrid",
        "mulighed for hjemmearbejde|hybrid", "osittainen etätyö|hybrid",
        "on-site|onsite", "Onsite|onsite", "ON_SITE|onsite", "op locatie|onsite", "lähityö|onsite",
    })
    void mapsFieldValues(String raw, String expected) {
        assertEquals(expected, mapper.map(raw));
    }

    @Test
    void unknownOrBlankFieldsGiveNull() {
        assertNull(mapper.map(null));
        assertNull(mapper.map(" "));
        assertNull(mapper.map("Tampere"));
    }

    @Test
    void freeTextNeedsAnUnmistakablePhrase() {
        assertEquals("hybrid", mapper.fromText("Project Officer (hybrid working)"));
        assertEquals("remote", mapper.fromText("Data Analyst - fully remote"));
        assertNull(mapper.fromText("Support for remote rural communities"));
        assertNull(mapper.fromText("Hybrid vehicle technician"));
    }

    /** Google's examples say TELECOMMUTE in jobLocationType for remote jobs. */
    @Test
    void schemaOrgJobLocationTypeInTheAdobeGallery() {
        int checked = 0;
        for (Path p : Corpus.files("jobposting/adobe-structured-data-validator/gallery/JobPosting", ".json")) {
            JsonNode jobLocationType = Corpus.json(Corpus.path("").relativize(p).toString()).get("jobLocationType");
            if (jobLocationType != null) {
                assertEquals("remote", mapper.map(jobLocationType.asText()), p.toString());
                checked++;
            }
        }
        assertEquals(4, checked);
    }
}
