package org.joinedup.analyzers;

import static org.joinedup.analyzers.AnalysisTokens.assertTokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The occupation analyzer emits concept ids only. Finnish and Danish titles are from the corpus, English
 * ones from schema.org and jobnet's English ads; Dutch ones were written for this project.
 */
class OccupationAnalyzerTest {

    private static LanguageAnalysis analysis;

    @BeforeAll
    static void build() {
        analysis = new LanguageAnalysis();
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    @Test
    void emitsOnlyConceptTokensAtTheOccupationsPosition() {
        assertTokens(analysis.occupationAnalyzer(), "Jeugdverpleegkundige consultatiebureau", "nurse");
        assertTokens(analysis.occupationAnalyzer(), "terveydenhoitaja/sairaanhoitaja, kotihoito", "nurse", "nurse");
        assertTokens(analysis.occupationAnalyzer(), "Maatschappelijk werker jeugd en gezin", "social_worker");
        assertTokens(analysis.occupationAnalyzer(), "Vi søger rengøringsassistenter til weekendarbejde", "cleaner");
        assertTokens(analysis.occupationAnalyzer(), "Motivated employees for warehouse work in Vejen");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', value = {
        // nurse: inflections and compounds in all four languages
        "Staff Nurse; nurse", "nurses; nurse", "Nurse Practioner and registered nurse; nurse",
        "Wijkverpleegkundige; nurse", "verpleegkundigen; nurse",
        "Sygeplejerske; nurse", "Sygeplejersker; nurse", "hjemmesygeplejersken; nurse",
        "Sairaanhoitaja; nurse", "sairaanhoitajan; nurse", "vastaava sairaanhoitaja, koskelan seniorikeskus; nurse",
        // care
        "lähihoitaja, kotihoitoon; practical_nurse", "Lähihoitaja; practical_nurse",
        "Social- og sundhedsassistent; practical_nurse", "lähihoitaja/hoitaja; practical_nurse care_worker",
        // teachers
        "Leraar basisonderwijs; teacher", "Folkeskolelærer; teacher", "luokanopettaja; teacher", "Teachers; teacher",
        "varhaiskasvatuksen opettaja, esiopetus; early_childhood_teacher", "Nursery teacher; early_childhood_teacher",
        "erityisluokanopettaja, lähipalvelun erityisluokka; special_needs_teacher",
        "varhaiskasvatuksen lastenhoitaja; childcare_worker", "koulunkäyntiavustaja; school_assistant",
        // social work, youth
        "sosiaalityöntekijä, vammaispalvelut; social_worker", "Social worker; social_worker",
        "Socialrådgivere; social_worker", "nuoriso-ohjaaja; youth_worker", "Jongerenwerker in de wijk; youth_worker",
        // others from the corpus
        "Rengøringsassistent, hotel; cleaner", "Miljøingeniør; environmental_officer", "Tømrer; carpenter",
        "carpenter; carpenter", "Personalekonsulent; hr_advisor", "hr-asiantuntija; hr_advisor",
        "fysioterapeutti, vuorotteluvapaasijaisuus; physiotherapist", "psykologi; psychologist", "kokki; cook",
        "ylilääkäri, puistolan terveysasema; doctor", "tarkastusinsinööri; building_inspector",
        "toimistosihteeri; administrative_officer", "projektinjohtaja; project_manager",
        "Software Developer; it_developer", "Programmør og systemudvikler; it_developer", "electrician; electrician",
        "Kundeservicemedarbejder; customer_service", "Receptionist; receptionist",
    })
    void findsConcepts(String title, String concepts) {
        assertEquals(List.of(concepts.split(" ")), analysis.occupationConcepts(title, null));
    }

    @ParameterizedTest(name = "no occupation in \"{0}\"")
    @CsvSource(delimiter = ';', value = {
        "Business Development Manager", "kokoaikainen työsuhde", "IT-chef", "Marketingchef",
        "Vakinainen työsuhde", "Motivated employees for warehouse work in Kolding", "nursery rhymes",
    })
    void ignoresNonOccupationWords(String text) {
        assertEquals(List.of(), analysis.occupationConcepts(text, "en"));
    }

    @Test
    void dutchQueriesMeetTheOtherLanguages() {
        assertMeet("verpleegkundige", "Staff Nurse", "Sygeplejerske", "Sairaanhoitaja");
        assertMeet("leraar", "Teacher", "Folkeskolelærer", "luokanopettaja");
        assertMeet("maatschappelijk werker", "Social worker", "Socialrådgiver", "sosiaalityöntekijä");
    }

    @Test
    void catalogHasFortyConceptsLabelledInEveryLanguage() {
        List<String> ids = analysis.occupationConceptIds();
        assertTrue(ids.size() >= 40, () -> "only " + ids.size() + " concepts");
        for (String id : ids) {
            for (String language : LanguageAnalysis.LANGUAGES) {
                assertFalse(analysis.occupationLabel(id, language).equals(id), () -> id + " has no " + language + " label");
            }
            assertTrue(analysis.occupationIscoCode(id).matches("\\d{4}"), () -> id + " ISCO code");
        }
        assertEquals("Verpleegkundige", analysis.occupationLabel("nurse", "nl-NL"));
        assertEquals("Sairaanhoitaja", analysis.occupationLabel("nurse", "fi"));
        assertEquals("Nurse", analysis.occupationLabel("nurse", "sv"));
        assertEquals("2221", analysis.occupationIscoCode("nurse"));
        assertEquals("no_such_concept", analysis.occupationLabel("no_such_concept", "en"));
        assertNull(analysis.occupationIscoCode("no_such_concept"));
    }

    @Test
    void everyTermMapsBackToItsOwnConcept() {
        for (OccupationConcept concept : OccupationCatalog.load().values()) {
            concept.termsByLanguage().forEach((language, terms) -> terms.forEach(term ->
                assertEquals(List.of(concept.id()), analysis.occupationConcepts(term, language),
                    () -> language + " term \"" + term + "\"")));
        }
    }

    private static void assertMeet(String dutchQuery, String... titles) {
        List<String> query = analysis.occupationConcepts(dutchQuery, "nl");
        assertFalse(query.isEmpty(), dutchQuery);
        for (String title : titles) {
            List<String> found = analysis.occupationConcepts(title, null);
            assertTrue(found.stream().anyMatch(query::contains), () -> dutchQuery + " " + query + " vs " + title + " " + found);
        }
    }
}
