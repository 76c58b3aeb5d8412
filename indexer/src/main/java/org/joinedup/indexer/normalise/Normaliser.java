package org.joinedup.indexer.normalise;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.indexer.Vacancy;
import org.jsoup.Jsoup;

/**
 * Turns a raw {@link Posting} into a {@link Vacancy}: dates, salary, employment and workplace type, locations
 * (geocoded offline), sanitised description, detected language.
 *
 * <p>WALKING-SKELETON VERSION: copies fields and parses ISO dates only. The indexer issue fills it in.
 */
public final class Normaliser {
    private final LanguageAnalysis analysis;

    public Normaliser(LanguageAnalysis analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * Normalises one posting.
     *
     * @throws IllegalArgumentException when the posting cannot make a vacancy (e.g. no title); the message says why
     */
    public Vacancy normalise(Posting p, Source source, Instant now) {
        if (p.title().isBlank()) {
            throw new IllegalArgumentException("posting " + p.sourceRef() + " has no title");
        }
        String text = Jsoup.parse(p.descriptionHtml()).text();
        String lang = analysis.detect(p.title() + "\n" + text, p.language() != null ? p.language() : source.language());
        String employer = p.employerName() != null && !p.employerName().isBlank() ? p.employerName() : source.council();
        List<Vacancy.Location> locs = p.locations().isEmpty()
            ? List.of(new Vacancy.Location(null, source.region(), null, source.country(), null, null))
            : p.locations().stream().map(l -> new Vacancy.Location(l.locality(),
                l.region() != null ? l.region() : source.region(), l.postcode(),
                l.country() != null ? l.country() : source.country(), l.lat(), l.lon())).toList();
        return new Vacancy(VacancyIds.of(source.id(), p.sourceRef()), source.id(), p.sourceRef(), p.url(),
            p.applyUrl() != null ? p.applyUrl() : p.url(), p.title().strip(),
            org.jsoup.Jsoup.clean(p.descriptionHtml(), org.jsoup.safety.Safelist.basic()), text, lang,
            new Vacancy.Employer(employer, p.employerId()), p.department(), locs, null, List.of(), null, List.of(),
            date(p.datePosted()), date(p.validThrough()), date(p.startDate()), Vacancy.Lifecycle.seenNow(now), null,
            new Vacancy.Licence(source.licence().id(), source.licence().attribution()));
    }

    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        try {
            if (s.length() == 10) return LocalDate.parse(s);
            if (s.endsWith("Z")) return Instant.parse(s).atOffset(java.time.ZoneOffset.UTC).toLocalDate();
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
