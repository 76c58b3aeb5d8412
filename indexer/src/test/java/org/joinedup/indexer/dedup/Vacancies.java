package org.joinedup.indexer.dedup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.normalise.VacancyIds;

/** Vacancies for tests, built with the record constructor. */
final class Vacancies {
    static final String CARE_TEXT = """
        Northmere District Council is looking for a caring and reliable support worker to join our reablement team \
        in Harrogate. You will help older people regain their independence after a stay in hospital, working with \
        occupational therapists and district nurses. The role involves personal care, medication prompts and \
        encouraging daily living skills in people's own homes. A full driving licence and access to a car are \
        essential. We offer a generous mileage allowance, paid training towards a level 3 diploma in health and \
        social care and a local government pension scheme.""";

    private Vacancies() {
    }

    static Vacancy of(String source, String ref, String title, String employer, String locality, String text,
                      LocalDate closing) {
        return of(source, ref, title, employer, locality, text, closing, null, List.of());
    }

    static Vacancy of(String source, String ref, String title, String employer, String locality, String text,
                      LocalDate closing, String department, List<String> types) {
        return new Vacancy(VacancyIds.of(source, ref), source, ref, "https://example.org/" + ref, null, title, null,
            text, "en", new Vacancy.Employer(employer, null), department,
            locality == null ? List.of() : List.of(new Vacancy.Location(locality, "North Yorkshire", null, "GB",
                null, null)), null, types, null, List.of(), LocalDate.of(2025, 1, 6), closing, null,
            Vacancy.Lifecycle.seenNow(Instant.parse("2025-01-06T09:00:00Z")), null,
            new Vacancy.Licence("OGL-UK-3.0", "Contains public sector information"));
    }

    static Vacancy careWorker(String source, String ref) {
        return of(source, ref, "Reablement Support Worker", "Northmere District Council", "Harrogate", CARE_TEXT,
            LocalDate.of(2025, 2, 3));
    }
}
