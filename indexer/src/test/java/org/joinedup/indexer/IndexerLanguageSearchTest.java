package org.joinedup.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multilingual search through the real {@link Indexer}: postings in English, Dutch, Danish and Finnish go in
 * through {@link Indexer#ingest}, and queries go out through {@link Indexer#search}, so the per-language fields,
 * the compound splitting and the occupation-concept field are exercised as the service uses them (the analyzers
 * module tests the same analysers on token lists and a hand-built index only).
 */
class IndexerLanguageSearchTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;
    private static LanguageAnalysis analysis;
    private Indexer indexer;

    private final Source northmere = source("northmere", "Northmere District Council", "en", "GB");
    private final Source lindeveen = source("lindeveen", "Gemeente Lindeveen", "nl", "NL");
    private final Source fjordby = source("fjordby", "Fjordby Kommune", "da", "DK");
    private final Source koivula = source("koivula", "Koivulan kaupunki", "fi", "FI");

    @BeforeAll
    static void loadAnalysis() {
        analysis = new LanguageAnalysis();
    }

    @AfterAll
    static void closeAnalysis() {
        analysis.close();
    }

    @BeforeEach
    void openAndIngest() throws Exception {
        indexer = Indexer.open(new IndexConfig(dir, Duration.ofMillis(100), Duration.ofDays(2)), analysis,
            new MutableClock(T0));
        // Texts written for this test in the style of the demo councils' adverts (no real people or addresses).
        ingest(northmere,
            posting(northmere, "en-nurse", "Staff Nurse – Community Team",
                "You will visit patients at home and work with GPs across the district."),
            posting(northmere, "en-engineer", "Highways Engineer",
                "Design and supervise road maintenance schemes across the district."));
        ingest(lindeveen,
            posting(lindeveen, "nl-nurse", "Verpleegkundige wijkteam",
                "Je biedt zorg aan ouderen in de wijk en werkt samen met de huisarts."),
            posting(lindeveen, "nl-policy", "Beleidsmedewerker wonen",
                "Je schrijft beleid over wonen en de woningmarkt in onze gemeente."),
            posting(lindeveen, "nl-cleaner", "Schoonmaker gemeentehuis",
                "Je houdt het gemeentehuis schoon, in de ochtend en de avond."));
        ingest(fjordby,
            posting(fjordby, "da-nurse", "Sygeplejerske til akutteamet",
                "Du skal pleje borgere i eget hjem sammen med kommunens akutteam."),
            posting(fjordby, "da-cleaning", "Rengøringsassistent til rådhuset",
                "Du gør rent på rådhuset og i borgerservice om morgenen."),
            posting(fjordby, "da-service", "Kundeservicemedarbejder i Borgerservice",
                "Du hjælper borgerne ved skranken og i telefonen."),
            posting(fjordby, "da-teacher", "Lærer til udskolingen",
                "Du underviser i dansk og historie i 7. til 9. klasse."));
        ingest(koivula,
            posting(koivula, "fi-nurse", "Sairaanhoitaja, kotisairaala",
                "Hoidat potilaita heidän kotonaan kotisairaalan tiimissä."),
            posting(koivula, "fi-practical", "Lähihoitaja, kotihoito",
                "Autat ikäihmisiä arjessa heidän kotonaan."),
            posting(koivula, "fi-teacher", "Luokanopettaja",
                "Opetat alakoulun oppilaita Koivulan koulussa."));
        indexer.refresh();
    }

    @AfterEach
    void close() throws Exception {
        indexer.close();
    }

    @Test
    void dutchOccupationQueryFindsNursingVacanciesInEveryLanguage() throws Exception {
        SearchResult r = indexer.search(SearchRequest.of("verpleegkundige"));
        assertEquals(Set.of("en-nurse", "nl-nurse", "da-nurse", "fi-nurse"), refs(r),
            "the nurse concept reaches English, Danish and Finnish vacancies; nothing else matches");
        assertEquals(Set.of("en", "nl", "da", "fi"), languages(r));
        assertEquals("nl-nurse", r.hits().get(0).vacancy().sourceRef(), "the own-language title ranks first");
    }

    @Test
    void eachLanguagesNurseWordFindsTheOthers() throws Exception {
        for (String q : List.of("nurse", "sygeplejerske", "sairaanhoitaja")) {
            Set<String> found = refs(indexer.search(SearchRequest.of(q)));
            assertTrue(found.containsAll(Set.of("en-nurse", "nl-nurse", "da-nurse", "fi-nurse")),
                q + " -> " + found);
        }
    }

    @Test
    void dutchPartFindsTheDutchCompound() throws Exception {
        assertEquals(Set.of("nl-policy"), refs(indexer.search(SearchRequest.of("medewerker"))),
            "\"medewerker\" finds \"Beleidsmedewerker\"");
    }

    @Test
    void finnishPartFindsTheFinnishCompound() throws Exception {
        Set<String> found = refs(indexer.search(SearchRequest.of("hoitaja")));
        assertTrue(found.contains("fi-practical"), "\"hoitaja\" finds \"Lähihoitaja\": " + found);
        assertEquals(Set.of(), intersection(found, Set.of("fi-teacher", "da-teacher", "nl-cleaner", "en-engineer")),
            "no unrelated vacancy");
    }

    @Test
    void danishPartsFindTheDanishCompounds() throws Exception {
        assertEquals(Set.of("da-cleaning"), refs(indexer.search(SearchRequest.of("assistent"))),
            "\"assistent\" finds \"Rengøringsassistent\"");
        assertEquals(Set.of("da-service"), refs(indexer.search(SearchRequest.of("medarbejder"))),
            "\"medarbejder\" finds \"Kundeservicemedarbejder\"");
    }

    private void ingest(Source s, Posting... postings) throws Exception {
        indexer.ingest(new Harvest(s, List.of(postings), false, true, 200, List.of(), T0, T0));
    }

    private static Source source(String id, String council, String lang, String country) {
        return new Source(id, council, URI.create("http://127.0.0.1/" + id), SourceFormat.FEED, null, country, lang,
            new Licence("CC-BY-4.0", council), Duration.ofHours(1), true, true);
    }

    private static Posting posting(Source s, String ref, String title, String text) {
        return Posting.builder(s.id(), ref).title(title).descriptionHtml("<p>" + text + "</p>")
            .url("https://example.org/" + s.id() + "/" + ref).datePosted("2026-11-18").validThrough("2027-03-01")
            .language(s.language()).build();
    }

    private static Set<String> refs(SearchResult r) {
        Set<String> out = new TreeSet<>();
        r.hits().forEach(h -> out.add(h.vacancy().sourceRef()));
        assertEquals(out.size(), r.total(), "every hit is on the first page");
        return out;
    }

    private static Set<String> languages(SearchResult r) {
        Set<String> out = new TreeSet<>();
        r.hits().forEach(h -> out.add(h.vacancy().language()));
        return out;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }
}
