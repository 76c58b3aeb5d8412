package org.joinedup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.joinedup.indexer.index.CurrencyRates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every search parameter, facet, sort and error of /api/v1/vacancies and /api/v1/suggest over HTTP. */
@Timeout(300)
class SearchApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    private static DemoServer demo;
    private static JsonNode all;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start(dataDir, Duration.ofSeconds(180));
        all = demo.getJson("/api/v1/vacancies?size=100&sort=date", 200);
    }

    @AfterAll
    static void stop() {
        if (demo != null) demo.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode search(String query) throws Exception {
        return demo.getJson("/api/v1/vacancies?size=100&" + query, 200);
    }

    private static List<String> ids(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    private static long count(JsonNode result, String dim, String value) {
        for (JsonNode f : result.get("facets").get(dim)) {
            if (f.get("value").asText().equals(value)) return f.get("count").asLong();
        }
        return -1;
    }

    @Test
    void freeTextSyntaxWordsPhrasesExclusionOrAndHighlights() throws Exception {
        JsonNode nurse = search("q=nurse");
        JsonNode planner = search("q=planning");
        long either = search("q=" + enc("nurse OR planning")).get("total").asLong();
        assertTrue(nurse.get("total").asLong() > 0 && planner.get("total").asLong() > 0);
        assertTrue(either >= Math.max(nurse.get("total").asLong(), planner.get("total").asLong()), "OR widens");
        assertTrue(search("q=" + enc("nurse planning")).get("total").asLong() <= nurse.get("total").asLong(),
            "words are ANDed");
        String firstWord = nurse.get("hits").get(0).get("title").asText().split("\\s+")[0];
        long without = search("q=" + enc("nurse -" + firstWord)).get("total").asLong();
        assertTrue(without < nurse.get("total").asLong(), "-exclusion removes " + firstWord);
        JsonNode titled = all.get("hits").get(0);
        JsonNode phrase = search("q=" + enc("\"" + titled.get("title").asText() + "\""));
        assertTrue(ids(phrase).contains(titled.get("id").asText()), "a title as a phrase finds its vacancy");
        assertTrue(search("q=nurs*").get("total").asLong() >= nurse.get("total").asLong(), "prefix");
        boolean marked = false;
        for (JsonNode h : nurse.get("hits")) marked |= h.get("snippet").asText().contains("<mark>");
        assertTrue(marked, "some snippet highlights the word");
    }

    @Test
    void everyTermFacetNarrowsToItsCountAndKeepsItsSiblings() throws Exception {
        for (String dim : List.of("employer", "region", "occupation", "employmentType", "workplaceType", "language")) {
            JsonNode values = all.get("facets").get(dim);
            if (values.isEmpty()) continue;
            String value = values.get(0).get("value").asText();
            JsonNode narrowed = search(dim + "=" + enc(value));
            assertEquals(values.get(0).get("count").asLong(), narrowed.get("total").asLong(), dim + "=" + value);
            for (JsonNode sibling : values) {
                assertEquals(sibling.get("count").asLong(), count(narrowed, dim, sibling.get("value").asText()),
                    dim + ": sibling " + sibling.get("value") + " keeps its count while " + value + " is selected");
            }
        }
    }

    @Test
    void postedFacetValuesFilterToTheirCounts() throws Exception {
        JsonNode posted = all.get("facets").get("posted");
        assertEquals(List.of("1", "7", "30"), List.of(posted.get(0).get("value").asText(),
            posted.get(1).get("value").asText(), posted.get(2).get("value").asText()));
        for (JsonNode f : posted) {
            JsonNode r = search("posted=" + f.get("value").asText());
            assertEquals(f.get("count").asLong(), r.get("total").asLong(), "posted=" + f.get("value"));
            for (JsonNode p : r.get("facets").get("posted")) {
                assertEquals(count(all, "posted", p.get("value").asText()), p.get("count").asLong(),
                    "posted siblings keep their counts");
                assertEquals(p.get("value").equals(f.get("value")), p.get("selected").asBoolean());
            }
        }
    }

    @Test
    void salaryBandsFilterToTheirCountsAndKeepSiblings() throws Exception {
        JsonNode bands = all.get("facets").get("salaryBand");
        assertEquals(4, bands.size());
        boolean any = false;
        for (JsonNode band : bands) {
            if (band.get("count").asLong() == 0) continue;
            any = true;
            JsonNode r = search("salaryBand=" + enc(band.get("value").asText()));
            assertEquals(band.get("count").asLong(), r.get("total").asLong(), "salaryBand=" + band.get("value"));
            for (JsonNode b : r.get("facets").get("salaryBand")) {
                assertEquals(count(all, "salaryBand", b.get("value").asText()), b.get("count").asLong());
                assertEquals(b.get("value").equals(band.get("value")), b.get("selected").asBoolean());
            }
        }
        assertTrue(any, "the demo has salaries");
    }

    @Test
    void salaryMinAndMaxAreAnnualAndCurrencyAware() throws Exception {
        double minGbp = 30_000;
        JsonNode r = search("salaryMin=" + (long) minGbp + "&currency=GBP");
        long expected = 0;
        for (JsonNode h : all.get("hits")) {
            JsonNode s = h.get("salary");
            if (s == null || !s.hasNonNull("currency")) continue;
            JsonNode top = s.hasNonNull("annualMax") ? s.get("annualMax") : s.get("annualMin");
            if (top == null || top.isNull()) continue;
            Double eur = CurrencyRates.toEur(top.asDouble(), s.get("currency").asText());
            if (eur != null && eur >= CurrencyRates.toEur(minGbp, "GBP")) expected++;
        }
        assertEquals(expected, r.get("total").asLong());
        assertTrue(search("salaryMax=1").get("total").asLong() < all.get("total").asLong());
        long eur = search("salaryMin=30000&currency=EUR").get("total").asLong();
        long dkk = search("salaryMin=30000&currency=DKK").get("total").asLong();
        assertTrue(dkk >= eur, "30,000 DKK is less than 30,000 EUR, so it keeps more");
    }

    @Test
    void closingAfterKeepsLaterClosingDates() throws Exception {
        LocalDate cut = LocalDate.now().plusMonths(3);
        JsonNode r = search("closingAfter=" + cut);
        assertTrue(r.get("total").asLong() < all.get("total").asLong());
        for (JsonNode h : r.get("hits")) {
            if (h.hasNonNull("validThrough")) assertFalse(LocalDate.parse(h.get("validThrough").asText()).isBefore(cut));
        }
    }

    @Test
    void radiusByPlaceOrCoordinatesAndDistanceSort() throws Exception {
        JsonNode byPlace = search("place=Harrogate&radius=40&sort=distance");
        assertTrue(byPlace.get("total").asLong() > 0);
        double last = -1;
        for (JsonNode h : byPlace.get("hits")) {
            double km = h.get("distanceKm").asDouble();
            assertTrue(km <= 40.5 && km >= last, "ascending within the radius: " + km);
            last = km;
        }
        JsonNode byPoint = search("lat=53.99&lon=-1.54&radius=40");
        assertEquals(byPlace.get("total").asLong(), byPoint.get("total").asLong());
        assertTrue(search("place=Aarhus&radius=40").get("total").asLong() > 0);
        assertEquals(0, search("place=Harrogate&radius=40&language=da").get("total").asLong());
    }

    @Test
    void sortsByDateClosingAndSalary() throws Exception {
        String prev = null;
        for (JsonNode h : search("sort=date").get("hits")) {
            String d = h.path("datePosted").asText(null);
            if (d == null) continue;
            if (prev != null) assertTrue(d.compareTo(prev) <= 0, "newest first");
            prev = d;
        }
        prev = null;
        boolean seenOpenEnded = false;
        for (JsonNode h : search("sort=closing").get("hits")) {
            String d = h.path("validThrough").asText(null);
            if (d == null) {
                seenOpenEnded = true;
                continue;
            }
            assertFalse(seenOpenEnded, "open-ended vacancies come last");
            if (prev != null) assertTrue(d.compareTo(prev) >= 0, "soonest closing first");
            prev = d;
        }
        JsonNode bySalary = search("sort=salary");
        assertTrue(bySalary.get("hits").get(0).hasNonNull("salary"), "the best paid comes first");
        assertEquals(all.get("total"), search("sort=relevance&q=").get("total"));
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource({"customer", "health"})
    void titleMatchesRankAboveBodyOnlyMatches(String word) throws Exception {
        // In the demo, "customer" is in one title (Customer Services Advisor) and in the text of the Cleaner and
        // Library Assistant adverts; "health" is in Environmental Health Officer and in several other texts.
        JsonNode r = search("q=" + word);
        int lastTitle = -1;
        int firstOther = Integer.MAX_VALUE;
        int i = 0;
        for (JsonNode h : r.get("hits")) {
            if (h.get("title").asText().toLowerCase(Locale.ROOT).contains(word)) {
                lastTitle = i;
            } else {
                firstOther = Math.min(firstOther, i);
                if (h.get("language").asText().equals("en")) {
                    assertTrue(h.get("snippet").asText().toLowerCase(Locale.ROOT).contains("<mark>" + word),
                        () -> "an English body-only match shows the word in its snippet: " + h);
                }
            }
            i++;
        }
        assertTrue(lastTitle >= 0, "some title contains " + word + ": " + ids(r));
        assertTrue(firstOther < Integer.MAX_VALUE, "some hit matches " + word + " only in its text");
        assertTrue(lastTitle < firstOther, word + ": every title match (last at " + lastTitle
            + ") ranks above every body-only match (first at " + firstOther + "): " + titles(r));
    }

    @Test
    void salarySortIsNonIncreasingOverTheWholeFirstPage() throws Exception {
        for (String size : List.of("", "&size=100")) {
            JsonNode r = demo.getJson("/api/v1/vacancies?sort=salary" + size, 200);
            int expectedSize = size.isEmpty() ? 20 : (int) Math.min(100, r.get("total").asLong());
            assertEquals(expectedSize, r.get("hits").size());
            double previous = Double.POSITIVE_INFINITY;
            boolean seenUnpaid = false;
            int paid = 0;
            for (JsonNode h : r.get("hits")) {
                Double eur = annualEur(h.get("salary"));
                if (eur == null) {
                    seenUnpaid = true;
                    continue;
                }
                assertFalse(seenUnpaid, "vacancies without a salary come after every salaried one: " + h.get("id"));
                assertTrue(eur <= previous + 0.01, "non-increasing annual salary (EUR): " + eur + " after "
                    + previous + " at " + h.get("id"));
                previous = eur;
                paid++;
            }
            assertTrue(paid >= 10, "the demo has salaries to sort: " + paid);
        }
    }

    /** The annual amount the salary sort uses: the top of the range (or its only end), in EUR. */
    private static Double annualEur(JsonNode salary) {
        if (salary == null || salary.isNull() || !salary.hasNonNull("currency")) return null;
        JsonNode top = salary.hasNonNull("annualMax") ? salary.get("annualMax") : salary.get("annualMin");
        return top == null || top.isNull() ? null : CurrencyRates.toEur(top.asDouble(), salary.get("currency").asText());
    }

    @Test
    void aCrossSourceDuplicateShowsOnceAndItsDetailListsTheOtherSource() throws Exception {
        // config/demo: nyjobs re-lists four Northmere vacancies (NYPJ-88101, -88117, -88142, -88150).
        // The phrase also finds engineers in other languages through the occupation concept; count the English.
        JsonNode r = search("q=" + enc("\"Highways Engineer\""));
        List<JsonNode> engineers = new ArrayList<>();
        r.get("hits").forEach(h -> {
            if (h.get("title").asText().contains("Highways Engineer")) engineers.add(h);
        });
        assertEquals(1, engineers.size(), () -> "one highways engineer vacancy, not two: " + titles(r));
        JsonNode hit = engineers.get(0);
        assertEquals("northmere", hit.get("source").get("id").asText(), "the council's own listing is shown");
        assertEquals(List.of("nyjobs"), listedAt(hit.get("alsoListedAt")));

        JsonNode detail = demo.getJson("/api/v1/vacancies/" + enc(hit.get("id").asText()), 200);
        JsonNode also = detail.get("cluster").get("alsoListedAt");
        assertEquals(List.of("nyjobs"), listedAt(also));
        assertEquals("North Yorkshire Public Jobs Partnership", also.get(0).get("council").asText());
        assertTrue(also.get(0).get("url").asText().startsWith("http"), also::toString);
        demo.getJson("/api/v1/vacancies/" + enc(also.get(0).get("vacancyId").asText()), 200);

        int clustered = 0;
        Set<String> seenTitles = new HashSet<>();
        for (JsonNode h : all.get("hits")) {
            if (!h.get("alsoListedAt").isEmpty()) {
                clustered++;
                assertEquals("northmere", h.get("source").get("id").asText(), h::toString);
                assertEquals(List.of("nyjobs"), listedAt(h.get("alsoListedAt")), h::toString);
            }
            if (h.get("source").get("id").asText().equals("nyjobs")) {
                assertTrue(seenTitles.add(h.get("title").asText()), () -> "no re-listing shown twice: " + h);
            }
        }
        assertEquals(4, clustered, "the four re-listed Northmere vacancies: " + titles(all));
        long nurses = 0;
        for (JsonNode h : all.get("hits")) {
            if (h.get("title").asText().replace('-', '–').contains("Staff Nurse – Community Team")) nurses++;
        }
        assertEquals(2, nurses, "the same-title near-miss at Easterfell stays a vacancy of its own");
    }

    private static List<String> listedAt(JsonNode listings) {
        List<String> out = new ArrayList<>();
        listings.forEach(l -> out.add(l.get("sourceId").asText()));
        return out;
    }

    private static List<String> titles(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("hits").forEach(h -> out.add(h.get("title").asText()));
        return out;
    }

    @Test
    void pagesAndCursorWalkTheSameResults() throws Exception {
        List<String> everything = ids(all);
        JsonNode page2 = demo.getJson("/api/v1/vacancies?sort=date&size=3&page=2", 200);
        assertEquals(everything.subList(3, 6), ids(page2));
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode p = demo.getJson("/api/v1/vacancies?sort=date&size=4" + (cursor == null ? "" : "&cursor="
                + cursor), 200);
            walked.addAll(ids(p));
            cursor = p.path("nextCursor").asText(null);
        } while (cursor != null && walked.size() <= everything.size());
        assertEquals(everything, walked, "the cursor visits every hit once, in order");
    }

    @ParameterizedTest(name = "{0} -> 400 {1}")
    @CsvSource(delimiter = '|', value = {
        "q=*urse|q", "q=%2Fnurs.*%2F|q", "q=nurse~2|q", "q=nu%3Fse|q", "q=n*|q",
        "page=101&size=100|page", "page=2&cursor=abc|page", "cursor=bm90LWEtY3Vyc29y|cursor", "cursor=%21%21|cursor",
        "posted=0|posted", "posted=x|posted", "closingAfter=tomorrow|closingAfter", "salaryMin=-5|salaryMin",
        "salaryMin=9&salaryMax=1|salaryMax", "currency=ZZZ|currency", "salaryBand=lots|salaryBand",
        "salaryBand=0-30000&salaryMin=1|salaryBand", "place=Atlantis&radius=5|place", "place=Harrogate|radius",
        "lat=53&lon=-1|radius", "radius=5000&lat=1&lon=1|radius", "sort=distance|sort", "sort=cheap|sort",
        "employmentType=weekend|employmentType", "workplaceType=moon|workplaceType", "language=english|language",
        "size=101|size", "page=0|page", "colour=red|colour", "q=%C3%28|q", "q=%E2%82|q"
    })
    void badParametersAre400NamingTheParameter(String query, String parameter) throws Exception {
        JsonNode e = demo.getJson("/api/v1/vacancies?" + query, 400).get("error");
        assertEquals("bad_parameter", e.get("code").asText());
        assertEquals(parameter, e.get("parameter").asText(), e::toString);
        assertTrue(e.get("message").asText().startsWith(parameter + ": "), e::toString);
    }

    @Test
    void overLongQueriesAndTooManyTermsAre400() throws Exception {
        assertEquals("q", demo.getJson("/api/v1/vacancies?q=" + "a".repeat(501), 400).path("error")
            .path("parameter").asText());
        assertEquals("q", demo.getJson("/api/v1/vacancies?q=" + enc("w ".repeat(65)), 400).path("error")
            .path("parameter").asText());
    }

    @Test
    void suggestCompletesTitlesAndOccupations() throws Exception {
        JsonNode s = demo.getJson("/api/v1/suggest?q=nur", 200);
        assertEquals("nur", s.get("q").asText());
        assertTrue(s.get("suggestions").size() > 0, s::toString);
        for (JsonNode x : s.get("suggestions")) {
            String text = x.get("text").asText().toLowerCase();
            assertTrue(text.startsWith("nur") || text.contains(" nur"), text);
            assertTrue(Set.of("title", "occupation").contains(x.get("kind").asText()));
        }
        JsonNode os = demo.getJson("/api/v1/suggest?q=nur&format=opensearch&size=2", 200);
        assertEquals("nur", os.get(0).asText());
        assertTrue(os.get(1).isArray() && os.get(1).size() <= 2);
        assertEquals("q", demo.getJson("/api/v1/suggest?q=n", 400).get("error").get("parameter").asText());
        assertEquals("q", demo.getJson("/api/v1/suggest?q=" + "n".repeat(101), 400).get("error").get("parameter")
            .asText());
        assertEquals("q", demo.getJson("/api/v1/suggest", 400).get("error").get("parameter").asText());
        assertEquals("size", demo.getJson("/api/v1/suggest?q=nu&size=99", 400).get("error").get("parameter").asText());
        assertEquals("format", demo.getJson("/api/v1/suggest?q=nu&format=xml", 400).get("error").get("parameter")
            .asText());
    }

    @Test
    void hitsCarrySourceAndLicenceAttribution() throws Exception {
        Set<String> sources = new HashSet<>();
        for (JsonNode h : all.get("hits")) {
            assertFalse(h.get("source").get("council").asText().isBlank(), h::toString);
            assertFalse(h.get("licence").get("id").asText().isBlank(), h::toString);
            assertNotNull(h.get("licence").get("attribution"), h::toString);
            sources.add(h.get("source").get("id").asText());
        }
        assertTrue(sources.size() >= 4, "vacancies of several sources: " + sources);
        JSON.readTree(demo.get("/api/v1/vacancies/" + all.get("hits").get(0).get("id").asText()).body())
            .get("licence").get("id").asText();
    }
}
