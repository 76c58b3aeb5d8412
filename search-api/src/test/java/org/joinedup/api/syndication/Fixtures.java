package org.joinedup.api.syndication;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.indexer.Vacancy;

/** Vacancies and a source for syndication tests. */
final class Fixtures {
    static final Source LINDEVEEN = new Source("lindeveen", "Gemeente Lindeveen",
        URI.create("https://lindeveen.example/feed.atom"), SourceFormat.FEED, "Utrecht", "NL", "nl",
        new Licence("CC0-1.0", "Vacatures van Gemeente Lindeveen"), Duration.ofHours(1), true, true);

    private Fixtures() {
    }

    static Vacancy nurse(Vacancy.Lifecycle lifecycle, String workplace, List<Vacancy.Location> places) {
        return new Vacancy("a1b2c3d4e5f60718", "lindeveen", "vac-1", "https://lindeveen.example/vacatures/1", null,
            "Wijkverpleegkundige", "<p>Zorg in de wijk &amp; thuis</p>", "Zorg in de wijk & thuis", "nl",
            new Vacancy.Employer("Gemeente Lindeveen", null), "Zorg", places, workplace,
            List.of("part-time", "permanent"),
            new Vacancy.Salary(3200.0, 4100.0, "EUR", "MONTH", 38400.0, 49200.0, "€3.200 - €4.100"),
            List.of(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), null, lifecycle, null,
            new Vacancy.Licence("CC0-1.0", "Vacatures van Gemeente Lindeveen"));
    }

    static Vacancy openNurse() {
        return nurse(Vacancy.Lifecycle.seenNow(Instant.parse("2026-11-02T10:00:00Z")), "onsite",
            List.of(new Vacancy.Location("Zeist", "Utrecht", "3701", "NL", 52.09, 5.23)));
    }
}
