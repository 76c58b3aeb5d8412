package org.joinedup.indexer.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.joinedup.indexer.TestData;

/**
 * Reads real adverts from the test corpus in testdata/ (City of Helsinki listings, jobnet.dk ads, NAV ads, Kuntarekry ads)
 * into {@link BaseAd}s, with e-mail addresses, phone numbers and contact sentences removed. Deterministic.
 *
 * <p>The only real Danish advert text in the corpus is the Danish half of six bilingual jobnet adverts; there is
 * no Dutch advert text at all (see testdata/SOURCES.md). Contact people, e-mail addresses and phone numbers are
 * already placeholders in that copy; they are stripped here as well.
 */
final class CorpusAdExtractor {
    static final Path DEFAULT_CORPUS = TestData.root();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DANISH_WORDS = Pattern.compile(
        "(?U)\\b(og|at|til|med|som|er|af|vi|du|på|ikke|har|det|den|skal|kan)\\b");
    private static final Pattern ENGLISH_WORDS = Pattern.compile(
        "(?U)\\b(the|and|to|with|of|you|we|is|are|for|will|can|in)\\b");
    private final Path corpus;

    CorpusAdExtractor(Path corpus) {
        this.corpus = corpus;
    }

    List<BaseAd> extract() throws IOException {
        Map<String, BaseAd> byTitlePlace = new LinkedHashMap<>();
        List<BaseAd> all = new ArrayList<>();
        all.addAll(helsinki());
        all.addAll(jobnet());
        all.addAll(nav());
        all.addAll(kuntarekry());
        for (BaseAd ad : all) {
            // The corpus lists some adverts twice; keep one so base ads are distinct vacancies.
            byTitlePlace.putIfAbsent(TextFold.fold(ad.title() + " " + ad.locality() + " " + ad.text()), ad);
        }
        return List.copyOf(byTitlePlace.values());
    }

    private List<BaseAd> helsinki() throws IOException {
        JsonNode root = read("multilingual/fi/City-of-Helsinki-drupal-helfi-rekry/public/modules/custom/"
            + "helfi_rekry_job_search/js/src/test/MockResponse.json");
        List<BaseAd> out = new ArrayList<>();
        for (JsonNode part : root) {
            for (JsonNode hit : part.path("hits").path("hits")) {
                JsonNode s = hit.path("_source");
                if (!s.has("field_organization")) continue;
                String unit = first(s, "field_organization_name");
                String text = String.join("\n", nonNull(unit, first(s, "field_employment_type"),
                    first(s, "field_employment"), first(s, "field_job_duration"), first(s, "field_task_area")));
                List<String> types = new ArrayList<>();
                String et = first(s, "field_employment_type") + " " + first(s, "field_employment");
                if (et.contains("Vakinainen") || et.contains("Fast")) types.add("permanent");
                if (et.contains("Määräaikainen") || et.contains("Visstid")) types.add("fixed-term");
                if (et.contains("Kokoaika") || et.contains("Heltid")) types.add("full-time");
                if (et.contains("Osa-aika") || et.contains("Deltid")) types.add("part-time");
                out.add(new BaseAd("helsinki:" + first(s, "uuid"), first(s, "_language"), first(s, "title"),
                    first(s, "field_organization").strip(), unit, orElse(first(s, "field_postal_area"), "Helsinki"),
                    "Uusimaa", "FI", PersonalData.strip(text), epochDay(s.path("field_publication_starts").path(0)),
                    epochDay(s.path("unpublish_on").path(0)), types, null));
            }
        }
        return out;
    }

    private List<BaseAd> jobnet() throws IOException {
        List<BaseAd> out = new ArrayList<>();
        Path dir = corpus.resolve("multilingual/da/numbworks-NW.WIDJobs/tests/NW.WIDJobs.UnitTests/Resources");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().contains("JobPostingExtended")).sorted()
                .toList()) {
                JsonNode j = JSON.readTree(f.toFile()).path("JobPositionPosting");
                JsonNode info = j.path("JobPositionInformation");
                JsonNode loc = info.path("WorkLocation");
                String hours = info.path("WeeklyWorkHours").path("TypeName").asText("");
                List<String> types = new ArrayList<>();
                if (hours.contains("Fuldtid")) types.add("full-time");
                if (hours.contains("Deltid")) types.add("part-time");
                String full = PersonalData.htmlToText(info.path("Purpose").asText(""));
                String danish = danishPart(full);
                String text = PersonalData.strip(danish != null ? danish : full);
                out.add(new BaseAd("jobnet:" + j.path("Id").asText(), danish != null ? "da" : danishOrEnglish(text),
                    info.path("PositionTitle").asText(), j.path("HiringOrg").path("Name").asText(), null,
                    orElse(loc.path("Municipality").path("Name").asText(null), loc.path("City").asText(null)),
                    loc.path("Region").path("Name").asText(null), "DK", text,
                    day(j.path("PublicationStartDate").asText(null)), day(j.path("PublicationEndDate").asText(null)),
                    types, null));
            }
        }
        return out;
    }

    /**
     * Some jobnet adverts are bilingual: a first line "English version below the Danish", the Danish advert, then a
     * line "English version" and its translation. The Danish advert alone is the real Danish text; null otherwise.
     */
    static String danishPart(String text) {
        List<String> lines = List.of(text.split("\n"));
        if (lines.isEmpty() || !lines.get(0).strip().toLowerCase(Locale.ROOT).startsWith(
            "english version below")) {
            return null;
        }
        List<String> danish = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.strip().equalsIgnoreCase("English version")) break;
            danish.add(line);
        }
        return String.join("\n", danish);
    }

    /** The jobnet adverts are Danish or English; the more frequent function words decide. */
    static String danishOrEnglish(String text) {
        Matcher da = DANISH_WORDS.matcher(text.toLowerCase(Locale.ROOT));
        Matcher en = ENGLISH_WORDS.matcher(text.toLowerCase(Locale.ROOT));
        return da.results().count() > en.results().count() ? "da" : "en";
    }

    private List<BaseAd> nav() throws IOException {
        List<BaseAd> out = new ArrayList<>();
        String base = "jobfeeds/eures-hrxml/navikt-pam-eures-stilling-eksport/src/test/resources/mockdata/";
        for (String page : List.of("elektriker_page1.json", "elektriker_page2.json")) {
            for (JsonNode c : read(base + page).path("content")) {
                JsonNode p = c.path("properties");
                String employer = orElse(c.path("businessName").asText(null), p.path("employer").asText(null));
                if (employer == null) continue;
                List<String> types = new ArrayList<>();
                if ("Heltid".equals(p.path("extent").asText())) types.add("full-time");
                if ("Deltid".equals(p.path("extent").asText())) types.add("part-time");
                String eng = p.path("engagementtype").asText("");
                if (eng.equals("Fast")) types.add("permanent");
                if (eng.equals("Vikariat") || eng.equals("Prosjekt") || eng.equals("Engasjement")) {
                    types.add("temporary");
                }
                out.add(new BaseAd("nav:" + c.path("id").asText(), "nb", c.path("title").asText().strip(), employer,
                    null, titleCase(c.path("location").path("city").asText(null)),
                    titleCase(c.path("location").path("county").asText(null)), "NO",
                    PersonalData.strip(PersonalData.htmlToText(p.path("adtext").asText(""))),
                    day(c.path("published").asText(null)), day(c.path("expires").asText(null)), types, null));
            }
        }
        return out;
    }

    private List<BaseAd> kuntarekry() throws IOException {
        List<BaseAd> out = new ArrayList<>();
        JsonNode root = read("multilingual/fi/PetriKiviniemi-KuntarekryMobile/navigation/dummySearchResults.json");
        for (JsonNode r : root.path("searchResults")) {
            JsonNode j = r.path("jobAdvertisement");
            if (!j.has("organization")) continue;
            List<String> types = new ArrayList<>();
            if (j.path("employment").asText("").startsWith("Kokoaika")) types.add("full-time");
            if (j.path("employmentType").asText("").startsWith("Vakinainen")) types.add("permanent");
            String text = j.path("jobDesc").asText("") + "\n" + j.path("organizationDesc").asText("");
            out.add(new BaseAd("kuntarekry:" + j.path("id").asText(), "fi", j.path("title").asText(),
                j.path("profitCenter").asText(), j.path("organization").asText(), j.path("location").asText(null),
                j.path("region").asText(null), "FI", PersonalData.strip(text),
                day(j.path("publicationStarts").asText(null)), null, types, j.path("salary").asText(null)));
        }
        return out;
    }

    private JsonNode read(String relative) throws IOException {
        return JSON.readTree(corpus.resolve(relative).toFile());
    }

    private static String first(JsonNode s, String field) {
        JsonNode n = s.path(field);
        return n.isArray() ? n.path(0).asText("") : n.asText("");
    }

    private static List<String> nonNull(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).toList();
    }

    private static String orElse(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b;
    }

    private static String epochDay(JsonNode seconds) {
        return seconds.isNumber()
            ? Instant.ofEpochSecond(seconds.asLong()).atZone(ZoneOffset.UTC).toLocalDate().toString() : null;
    }

    private static String day(String iso) {
        return iso == null || iso.length() < 10 || iso.startsWith("0001") ? null : iso.substring(0, 10);
    }

    private static String titleCase(String upper) {
        if (upper == null || upper.isBlank()) return null;
        StringBuilder b = new StringBuilder(upper.toLowerCase(Locale.ROOT));
        for (int i = 0; i < b.length(); i++) {
            if (i == 0 || !Character.isLetter(b.charAt(i - 1))) b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
        }
        return b.toString();
    }
}
