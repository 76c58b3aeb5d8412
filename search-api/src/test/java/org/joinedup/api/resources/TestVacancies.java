package org.joinedup.api.resources;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.joinedup.indexer.Vacancy;

/** Vacancy records for API tests. */
final class TestVacancies {

    private TestVacancies() {
    }

    static Vacancy nurse() {
        return new Vacancy("lindeveen-1", "lindeveen", "vac-1", "https://lindeveen.example/vacatures/1",
            null, "Wijkverpleegkundige", "<p>Zorg in de wijk</p>", "Zorg in de wijk", "nl",
            new Vacancy.Employer("Gemeente Lindeveen", null), "Zorg",
            List.of(new Vacancy.Location("Zeist", "Utrecht", null, "NL", 52.09, 5.23)), "onsite",
            List.of("part-time", "permanent"),
            new Vacancy.Salary(3200.0, 4100.0, "EUR", "MONTH", 38400.0, 49200.0, "€3.200 - €4.100"),
            List.of(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), null,
            Vacancy.Lifecycle.seenNow(Instant.parse("2026-11-02T10:00:00Z")), null,
            new Vacancy.Licence("CC-BY-4.0", "Gemeente Lindeveen"));
    }

    static Vacancy planner() {
        return new Vacancy("northmere-7", "northmere", "nm-7", "https://northmere.example/jobs/7",
            "https://northmere.example/apply/7", "Planning Officer", "", "", "en",
            new Vacancy.Employer("Northmere District Council", null), null, List.of(), null,
            List.of("full-time"), null, List.of(), null, null, null,
            Vacancy.Lifecycle.seenNow(Instant.parse("2026-11-02T10:00:00Z")),
            new Vacancy.Cluster("northmere-7", true, List.of(new Vacancy.Listing("nyjobs-3", "nyjobs",
                "North Yorkshire Public Jobs Partnership", "https://nyjobs.example/3"))),
            new Vacancy.Licence("OGL-UK-3.0", "Contains public sector information"));
    }
}
