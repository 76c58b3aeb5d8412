package org.joinedup.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OccupationCatalogTest {

    @Test
    void parsesLabelsAndTermsSkippingComments() {
        Map<String, OccupationConcept> concepts = OccupationCatalog.parse(List.of(
            "# comment", "", "nurse\t2221\tNurse|staff nurse\tVerpleegkundige\t\tSairaanhoitaja"));
        OccupationConcept nurse = concepts.get("nurse");
        assertEquals(List.of("Nurse", "staff nurse"), nurse.termsByLanguage().get("en"));
        assertEquals("Nurse", nurse.label("da"));
        assertEquals("Sairaanhoitaja", nurse.label("fi"));
    }

    @Test
    void namesTheLineOfABadRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> OccupationCatalog.parse(List.of("# header", "nurse\t2221\tNurse")));
        assertTrue(e.getMessage().startsWith("occupations.tsv line 2:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OccupationCatalog.parse(List.of(
            "a\t1\tx\ty\tz\tw", "a\t1\tx\ty\tz\tw")));
    }

    @Test
    void lexiconRefusesOneStemForTwoConcepts() {
        assertThrows(IllegalStateException.class, () -> OccupationLexicon.build(Map.of(
            "en", Map.of("nurse", "nurse", "nurses", "carer"))));
    }
}
