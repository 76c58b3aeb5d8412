package org.joinedup.indexer.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
    private final DateParser gb = DateParser.forCountry("GB");
    private final DateParser us = DateParser.forCountry("US");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2021-07-01|2021-07-01",
        "2021-07-01T09:30:00Z|2021-07-01",
        "2021-07-01T23:30:00-05:00|2021-07-01",
        "2021-07-01T00:30:00+02:00|2021-07-01",
        "2024-03-18T00:00|2024-03-18",
        "2006-01-11 16:42:47 -0800|2006-01-11",
        "20210701|2021-07-01",
        "Thu, 01 Jan 2004 19:48:21 GMT|2004-01-01",
        "Fri,  3 Mar 2006 08:00:00 -0800|2006-03-03",
        "Mon, 21 Jan 2008 8:56 am PST|2008-01-21",
        "Thu Jul 01 00:00:00 UTC 2021|2021-07-01",
        "Mon Dec 20 13:05:09 CET 2021|2021-12-20",
        "15/01/2027|2027-01-15",
        "15-01-2027|2027-01-15",
        "15.01.2027|2027-01-15",
        "01/02/2027|2027-02-01",
        "1.2.2027|2027-02-01",
        "7/15/2011|2011-07-15",
        "15. tammikuuta 2027|2027-01-15",
        "1. kesäkuuta 2027|2027-06-01",
        "31. joulukuun 2027|2027-12-31",
        "15. januar 2027|2027-01-15",
        "27. august 2021|2021-08-27",
        "3. marts 2027|2027-03-03",
        "15 januari 2027|2027-01-15",
        "1 mei 2027|2027-05-01",
        "12 mrt. 2027|2027-03-12",
        "15 January 2027|2027-01-15",
        "1st July 2021|2021-07-01",
        "15th of March 2027|2027-03-15",
        "July 1, 2021|2021-07-01",
        "Closing date: 30 June 2027 at noon|2027-06-30",
        "23.1.2023 tai sopimuksen mukaan|2023-01-23",
        "1.2.2023 - 11.5.2023|2023-02-01",
    })
    void readsTheDayAsWritten(String raw, String expected) {
        assertEquals(LocalDate.parse(expected), gb.parse(raw));
    }

    @Test
    void numericDatesAreDayFirstExceptForUsSourcesAndTheDayOver12RuleDecides() {
        assertEquals(LocalDate.of(2011, 4, 7), gb.parse("7/04/2011"));
        assertEquals(LocalDate.of(2011, 7, 4), us.parse("7/04/2011"));
        assertEquals(LocalDate.of(2011, 7, 15), us.parse("7/15/2011"));
        assertEquals(LocalDate.of(2011, 7, 15), gb.parse("7/15/2011"));
        assertEquals(LocalDate.of(2011, 7, 15), us.parse("15/7/2011"));
        assertNull(gb.parse("13/13/2011"));
    }

    @Test
    void epochSecondsAndMillisAreReadInTheSourceCountrysZone() {
        DateParser fi = DateParser.forCountry("FI");
        // 2022-12-31T22:30Z is already 1 January in Helsinki
        assertEquals(LocalDate.of(2023, 1, 1), fi.parse("1672525800"));
        assertEquals(LocalDate.of(2023, 1, 1), fi.parse("1672525800000"));
        assertEquals(LocalDate.of(2022, 12, 31), DateParser.forCountry(null).parse("1672525800"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "'   '", "Ikke oplyst", "heti", "tomorrow", "Sopimuksen mukaan", "2021",
        "31/02/2021", "not a date 99"})
    void unreadableOrRelativeTextGivesNull(String raw) {
        assertNull(gb.parse(raw));
        assertNull(gb.parse(null));
    }

    // ---- real text from the corpus ----

    /** feedparser states the parsed date of each of these feeds in its "Expect:" header: an oracle. */
    @Test
    void feedparserDatesMatchTheirExpectations() {
        Pattern expect = Pattern.compile("_parsed'\\] == \\((\\d{4}), (\\d{1,2}), (\\d{1,2}),");
        Pattern dateElement = Pattern.compile(
            "<(pubDate|lastBuildDate|expirationDate|dc:date|dcterms:\\w+|updated|published|issued|modified|created)>"
                + "([^<]+)</\\1>");
        int checked = 0;
        for (Path p : Corpus.files(Corpus.FEEDPARSER + "wellformed", ".xml")) {
            String xml = Corpus.read(p);
            Matcher e = expect.matcher(xml);
            Matcher d = dateElement.matcher(xml);
            if (!e.find() || !d.find()) continue;
            LocalDate expected = LocalDate.of(Integer.parseInt(e.group(1)), Integer.parseInt(e.group(2)),
                Integer.parseInt(e.group(3)));
            assertEquals(expected, gb.parse(d.group(2)), p.toString());
            checked++;
        }
        assertTrue(checked >= 8, "feedparser oracle cases: " + checked);
    }

    /** Every date element in the feed corpora (ISO, RFC 822 with odd spacing and zones) gives a plausible day. */
    @Test
    void everyFeedDateInTheCorpusParses() {
        Pattern dateElement = Pattern.compile(
            "<(pubDate|lastBuildDate|expirationDate|dc:date|updated|published|issued|modified|created)>([^<]+)</\\1>");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String dir : List.of(Corpus.FEEDPARSER + "wellformed", "feeds/wellformed/rome")) {
            for (Path p : Corpus.files(dir, ".xml")) {
                Matcher m = dateElement.matcher(Corpus.read(p));
                while (m.find()) {
                    LocalDate d = gb.parse(m.group(2));
                    checked++;
                    if (d == null || d.getYear() < 1970 || d.getYear() > 2030) failures.add(m.group(2) + " in " + p);
                }
            }
        }
        assertTrue(checked > 250, "feed dates checked: " + checked);
        assertEquals(List.of(), failures);
    }

    /** jobnet gives each closing date twice: ISO and in Danish words ("27. august 2021"). */
    @Test
    void jobnetDanishDatesAgreeWithTheirIsoTwins() {
        DateParser dk = DateParser.forCountry("DK");
        int checked = 0;
        for (String page : List.of("JobPage01/JobPage01.json.txt", "JobPage02/JobPage02.json.txt")) {
            for (JsonNode ad : Corpus.json(Corpus.JOBNET + page).get("JobPositionPostings")) {
                String danish = ad.get("FormattedLastDateApplication").asText();
                LocalDate iso = dk.parse(ad.get("LastDateApplication").asText());
                if (danish.equals("Ikke oplyst")) {
                    assertNull(dk.parse(danish));
                    assertEquals(1900, iso.getYear()); // the "not stated" placeholder the Normaliser drops
                    continue;
                }
                assertEquals(iso, dk.parse(danish), danish);
                assertTrue(dk.parse(ad.get("PostingCreated").asText()).isBefore(iso), danish);
                checked++;
            }
        }
        assertEquals(39, checked);
    }

    /** City of Helsinki's listings carry Unix-epoch publication dates and Finnish d.m.yyyy durations. */
    @Test
    void helsinkiEpochDatesAndDurations() {
        DateParser fi = DateParser.forCountry("FI");
        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        int epochs = 0;
        int durations = 0;
        for (JsonNode response : Corpus.json(Corpus.HELSINKI)) {
            for (JsonNode hit : response.path("hits").path("hits")) {
                JsonNode src = hit.get("_source");
                for (JsonNode ts : src.path("field_publication_starts")) {
                    LocalDate expected = Instant.ofEpochSecond(ts.asLong()).atZone(helsinki).toLocalDate();
                    assertEquals(expected, fi.parse(ts.asText()));
                    assertTrue(expected.getYear() >= 2022, expected.toString());
                    epochs++;
                }
                for (JsonNode dur : src.path("field_job_duration")) {
                    if (dur.asText().matches("^\\d{1,2}\\.\\d{1,2}\\.\\d{4}.*")) {
                        String[] dmy = dur.asText().split("[ -]")[0].split("\\.");
                        assertEquals(LocalDate.of(Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1]),
                            Integer.parseInt(dmy[0])), fi.parse(dur.asText()), dur.asText());
                        durations++;
                    }
                }
            }
        }
        assertTrue(epochs >= 100, "epoch dates: " + epochs);
        assertTrue(durations > 100, "durations: " + durations);
    }

    @Test
    void javaDateToStringInWorkInDenmarkMicrodata() {
        Document page = Jsoup.parse(Corpus.text(
            "jobposting/numbworks-NW.WIDJobs/tests/NW.WIDJobs.UnitTests/Resources/JobPage02/"
                + "JobPage02_JobPostingExtended19.html"));
        Element posted = page.selectFirst("[itemprop=datePosted]");
        assertEquals("Thu Jul 01 00:00:00 UTC 2021", posted.attr("content"));
        assertEquals(LocalDate.of(2021, 7, 1), DateParser.forCountry("DK").parse(posted.attr("content")));
    }

    @Test
    void jobviteUsDatesAndSchemaOrgDateTimes() {
        List<String> dates = Corpus.xml("jobfeeds/jobvite-xml/jdpace-jobviter/spec/fixtures/jobs.xml")
            .select("job > date").eachText();
        assertEquals(List.of(LocalDate.of(2011, 7, 4), LocalDate.of(2011, 7, 15), LocalDate.of(2011, 7, 1)),
            dates.stream().map(us::parse).toList());
        JsonNode remote = Corpus.json("jobposting/adobe-structured-data-validator/gallery/JobPosting/hybrid-job.json");
        assertEquals(LocalDate.of(2024, 3, 18), gb.parse(remote.get("validThrough").asText()));
        assertEquals(LocalDate.of(2024, 1, 18), gb.parse(remote.get("datePosted").asText()));
    }
}
