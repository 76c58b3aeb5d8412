package org.joinedup.indexer.dedup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.normalise.VacancyIds;

/** A listing being edited by the pair generator; turned into a {@link Vacancy} at the end. */
record Draft(String sourceId, String sourceRef, String lang, String title, String text, String employer,
             String department, String locality, String region, String country, List<String> types,
             LocalDate posted, LocalDate closing, Vacancy.Salary salary) {

    static Draft of(BaseAd ad, String sourceId, Vacancy.Salary salary) {
        return new Draft(sourceId, ad.key().substring(ad.key().indexOf(':') + 1), ad.lang(), ad.title(), ad.text(),
            ad.employer(), ad.department(), ad.locality(), ad.region(), ad.country(), ad.types(),
            ad.posted() == null ? null : LocalDate.parse(ad.posted()),
            ad.closing() == null ? null : LocalDate.parse(ad.closing()), salary);
    }

    Draft withSource(String s, String ref) {
        return new Draft(s, ref, lang, title, text, employer, department, locality, region, country, types, posted,
            closing, salary);
    }

    Draft withTitle(String t) {
        return new Draft(sourceId, sourceRef, lang, t, text, employer, department, locality, region, country, types,
            posted, closing, salary);
    }

    Draft withText(String t) {
        return new Draft(sourceId, sourceRef, lang, title, t, employer, department, locality, region, country, types,
            posted, closing, salary);
    }

    Draft withEmployer(String e) {
        return new Draft(sourceId, sourceRef, lang, title, text, e, department, locality, region, country, types,
            posted, closing, salary);
    }

    Draft withDepartment(String d) {
        return new Draft(sourceId, sourceRef, lang, title, text, employer, d, locality, region, country, types,
            posted, closing, salary);
    }

    Draft withPlace(String l, String r) {
        return new Draft(sourceId, sourceRef, lang, title, text, employer, department, l, r, country, types, posted,
            closing, salary);
    }

    Draft withTypes(List<String> t) {
        return new Draft(sourceId, sourceRef, lang, title, text, employer, department, locality, region, country, t,
            posted, closing, salary);
    }

    Draft withClosing(LocalDate c) {
        return new Draft(sourceId, sourceRef, lang, title, text, employer, department, locality, region, country,
            types, posted, c, salary);
    }

    Draft withSalary(Vacancy.Salary s) {
        return new Draft(sourceId, sourceRef, lang, title, text, employer, department, locality, region, country,
            types, posted, closing, s);
    }

    Vacancy toVacancy() {
        List<Vacancy.Location> locs = locality == null && region == null
            ? List.of() : List.of(new Vacancy.Location(locality, region, null, country, null, null));
        return new Vacancy(VacancyIds.of(sourceId, sourceRef), sourceId, sourceRef, null, null, title, null, text,
            lang, new Vacancy.Employer(employer, null), department, locs, null, types, salary, List.of(), posted,
            closing, null, Vacancy.Lifecycle.seenNow(Instant.parse("2025-01-01T00:00:00Z")), null,
            new Vacancy.Licence("test", "labelled set"));
    }
}
