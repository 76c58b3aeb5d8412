package org.joinedup.indexer.reliability;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.joinedup.crawler.Harvest;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;

/**
 * The deterministic harvest stream the crash harness replays: batch n is always the same, whichever process
 * ingests it. Four sources take turns: a council RSS feed (full snapshot, a sliding window that drops two
 * items and adds two each round), an aggregator re-listing three of the council's items with edited text
 * (cross-source duplicates) plus its own, a Dutch council (full snapshot), and a push source (adds only).
 */
final class Workload {
    static final Source COUNCIL = source("northmere", "Northmere District Council", "en", "GB", "North Yorkshire",
        true, SourceFormat.FEED);
    static final Source AGGREGATOR = source("nyjobs", "North Yorkshire Public Jobs Partnership", "en", "GB",
        "North Yorkshire", true, SourceFormat.FEED);
    static final Source DUTCH = source("lindeveen", "Gemeente Lindeveen", "nl", "NL", "Utrecht", true,
        SourceFormat.FEED);
    static final Source PUSH = source("pushed", "Northmere Schools", "en", "GB", "North Yorkshire", false,
        SourceFormat.PUSH);

    private static final String[] EN_JOBS = {"Library Assistant", "Staff Nurse", "Highways Engineer", "Cleaner",
        "Care Worker", "Data Analyst", "Primary Class Teacher", "Refuse Collection Driver", "Social Worker",
        "Environmental Health Officer"};
    private static final String[] EN_TOWNS = {"Harrogate", "Ripon", "Knaresborough", "Northallerton", "Skipton",
        "Thirsk", "Selby", "Scarborough"};
    private static final String[] NL_JOBS = {"Medewerker groenonderhoud", "Verpleegkundige wijkteam",
        "Civiel ingenieur", "Schoonmaker gemeentehuis", "Jurist omgevingsrecht", "Leerkracht basisonderwijs"};
    private static final String[] NL_TOWNS = {"Utrecht", "Amersfoort", "Zeist", "Nieuwegein", "Houten",
        "Veenendaal"};

    private Workload() {
    }

    /** A harvest of batch n (a push batch is a harvest of the push source, ingested with Indexer.push). */
    static Harvest batch(long n) {
        long round = n / 4;
        Instant at = Instant.parse("2026-11-20T09:00:00Z").plusSeconds(n * 60);
        List<Posting> ps = new ArrayList<>();
        Source s;
        switch ((int) (n % 4)) {
            case 0 -> {
                s = COUNCIL;
                for (long r = round * 2; r < round * 2 + 10; r++) ps.add(english(s, "nm-" + r, r, ""));
            }
            case 1 -> {
                s = AGGREGATOR;
                for (long r = round * 2 + 4; r < round * 2 + 7; r++) {
                    ps.add(english(s, "ny-relist-" + r, r, " Listed by the partnership on behalf of the council."));
                }
                for (long r = round; r < round + 3; r++) ps.add(english(s, "ny-" + r, r + 1000, ""));
            }
            case 2 -> {
                s = DUTCH;
                for (long r = round * 3; r < round * 3 + 8; r++) ps.add(dutch(s, "lv-" + r, r));
            }
            default -> {
                s = PUSH;
                for (long k = 0; k < 3; k++) ps.add(english(s, "push-" + (n * 3 + k), n * 3 + k + 5000, ""));
            }
        }
        return new Harvest(s, ps, false, true, 200, List.of(), at, at.plusMillis(200));
    }

    private static Posting english(Source s, String ref, long r, String note) {
        String job = EN_JOBS[(int) (r % EN_JOBS.length)];
        String town = EN_TOWNS[(int) (r % EN_TOWNS.length)];
        return Posting.builder(s.id(), ref).title(job + " (" + town + ", post " + r + ")")
            .descriptionHtml("<p>Northmere District Council is looking for a " + job.toLowerCase()
                + " to join the team in " + town + ". You will work with residents and colleagues across the"
                + " district, and we offer flexible hours, a pension and training. Reference " + r + "." + note
                + "</p>")
            .url("https://northmere.example/vacancies/" + r).language("en").employerName(COUNCIL.council())
            .location(new Posting.Location(town + ", North Yorkshire", town, "North Yorkshire", null, "GB", null,
                null))
            .employmentType(r % 3 == 0 ? "Part-time" : "Full-time")
            .salary(new Posting.Salary(null, null, null, null, "£" + (24000 + r % 9 * 1000) + " - £"
                + (28000 + r % 9 * 1000) + " per annum"))
            .datePosted("2026-11-02").validThrough("2099-12-31").build();
    }

    private static Posting dutch(Source s, String ref, long r) {
        String job = NL_JOBS[(int) (r % NL_JOBS.length)];
        String town = NL_TOWNS[(int) (r % NL_TOWNS.length)];
        return Posting.builder(s.id(), ref).title(job + " " + town + " (" + r + ")")
            .descriptionHtml("<p>De gemeente Lindeveen zoekt een " + job.toLowerCase() + " voor het team in "
                + town + ". Je werkt samen met inwoners en collega's en wij bieden flexibele werktijden.</p>")
            .url("https://lindeveen.example/vacatures/" + r).language("nl")
            .location(new Posting.Location(town, town, "Utrecht", null, "NL", null, null))
            .employmentType("Vast").datePosted("2026-11-02").validThrough("2099-12-31").build();
    }

    private static Source source(String id, String council, String lang, String country, String region,
                                 boolean snapshot, SourceFormat format) {
        URI url = format == SourceFormat.PUSH ? null : URI.create("https://" + id + ".example/feed.xml");
        return new Source(id, council, url, format, region, country, lang,
            new Licence("OGL-UK-3.0", "Contains public sector information (fictional)."), Duration.ofHours(1),
            snapshot, true);
    }
}
