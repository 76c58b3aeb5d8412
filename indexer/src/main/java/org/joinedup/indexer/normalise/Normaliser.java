package org.joinedup.indexer.normalise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joinedup.analyzers.LanguageAnalysis;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.Source;
import org.joinedup.indexer.Vacancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a raw {@link Posting} into a {@link Vacancy}: title and employer cleaned, description sanitised with its
 * plain text, dates parsed ({@link DateParser}), salary parsed and annualised ({@link SalaryParser}), employment
 * and workplace types mapped onto the vocabularies, locations geocoded offline ({@link Gazetteer}) with the
 * source's region and country as fallback, occupations as published plus our own concepts (scheme "joinedup"),
 * language detected with the posting's (else the source's) language as prior. Thread-safe; create once.
 */
public final class Normaliser {
    private static final Logger LOG = LoggerFactory.getLogger(Normaliser.class);
    /** Scheme of our cross-language occupation concepts. */
    public static final String CONCEPT_SCHEME = "joinedup";
    /** Earlier "dates" are placeholders such as .NET's 0001-01-01 or 1900-01-01 ("Ikke oplyst" in jobnet). */
    private static final int FIRST_PLAUSIBLE_YEAR = 1990;

    private final LanguageAnalysis analysis;
    private final Gazetteer gazetteer = Gazetteer.bundled();
    private final SalaryParser salaries = new SalaryParser();
    private final EmploymentTypeMapper employmentTypes = new EmploymentTypeMapper();
    private final WorkplaceTypeMapper workplaceTypes = new WorkplaceTypeMapper();
    private final DescriptionSanitiser sanitiser = new DescriptionSanitiser();

    public Normaliser(LanguageAnalysis analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /**
     * Normalises one posting.
     *
     * @throws IllegalArgumentException when the posting cannot make a vacancy (e.g. no title); the message says why
     */
    public Vacancy normalise(Posting p, Source source, Instant now) {
        Objects.requireNonNull(p, "posting");
        Objects.requireNonNull(source, "source");
        if (!p.sourceId().equals(source.id())) {
            throw new IllegalArgumentException("posting " + p.sourceRef() + " is from source " + p.sourceId()
                + ", not " + source.id());
        }
        if (p.sourceRef().isBlank()) {
            throw new IllegalArgumentException("posting from source " + source.id() + " has a blank reference");
        }
        String title = DescriptionSanitiser.plainLine(p.title());
        if (title.isEmpty()) {
            throw new IllegalArgumentException("posting " + p.sourceRef() + " from source " + source.id()
                + " has no title");
        }
        DescriptionSanitiser.Sanitised description = sanitiser.sanitise(p.descriptionHtml(), p.url());
        String lang = analysis.detect(title + "\n" + description.text(),
            p.language() != null && !p.language().isBlank() ? p.language() : source.language());
        DateParser dates = DateParser.forCountry(source.country());
        String id = VacancyIds.of(source.id(), p.sourceRef());
        return new Vacancy(id, source.id(), p.sourceRef(), p.url(), p.applyUrl() != null ? p.applyUrl() : p.url(),
            title, description.html(), description.text(), lang, employer(p, source),
            blankToNull(DescriptionSanitiser.plainLine(p.department())), locations(p, source),
            workplaceType(p, title), employmentTypes(p, title), salaries.parse(p.salary(), source.country()),
            occupations(p, title, lang), date(dates, p.datePosted(), p, "datePosted"),
            date(dates, p.validThrough(), p, "validThrough"), date(dates, p.startDate(), p, "startDate"),
            Vacancy.Lifecycle.seenNow(now), null,
            new Vacancy.Licence(source.licence().id(), source.licence().attribution()));
    }

    private static Vacancy.Employer employer(Posting p, Source source) {
        String name = DescriptionSanitiser.plainLine(p.employerName());
        return new Vacancy.Employer(name.isEmpty() ? source.council() : name, blankToNull(p.employerId()));
    }

    private List<Vacancy.Location> locations(Posting p, Source source) {
        if (p.locations().isEmpty()) {
            return List.of(new Vacancy.Location(null, source.region(), null, source.country(), null, null));
        }
        List<Vacancy.Location> out = new ArrayList<>();
        for (Posting.Location l : p.locations()) {
            Vacancy.Location v = location(l, source);
            if (!out.contains(v)) out.add(v);
        }
        return out;
    }

    private Vacancy.Location location(Posting.Location l, Source source) {
        String country = l.country() != null && !l.country().isBlank() ? Countries.code(l.country()) : source.country();
        String region = blankToNull(l.region());
        String postcode = blankToNull(l.postcode());
        String locality = blankToNull(l.locality());
        Double lat = l.lat();
        Double lon = l.lon();
        // 0,0 is how several sources (jobnet) say "no coordinates"; a point off the globe (or NaN) is no
        // coordinates either, and would make the index refuse the whole batch (LatLonPoint throws)
        boolean hasCoordinates = lat != null && lon != null && !(lat == 0.0 && lon == 0.0)
            && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
        // The gazetteer also supplies the region when a source gives a town and coordinates but no region.
        if (!hasCoordinates || locality == null || region == null) {
            String name = locality != null ? locality : l.text();
            Optional<Gazetteer.Place> place =
                gazetteer.find(name, postcode, region != null ? region : source.region(), country);
            if (place.isPresent()) {
                Gazetteer.Place g = place.get();
                if (!hasCoordinates) {
                    lat = g.lat();
                    lon = g.lon();
                    hasCoordinates = true;
                }
                if (locality == null) locality = g.name();
                if (region == null) region = g.region();
            }
        }
        if (locality == null) locality = blankToNull(DescriptionSanitiser.plainLine(l.text()));
        if (region == null && Objects.equals(country, source.country())) region = source.region();
        return new Vacancy.Location(locality, region, postcode, country, hasCoordinates ? lat : null,
            hasCoordinates ? lon : null);
    }

    private String workplaceType(Posting p, String title) {
        String mapped = workplaceTypes.map(p.workplaceType());
        return mapped != null ? mapped : workplaceTypes.fromText(title);
    }

    private List<String> employmentTypes(Posting p, String title) {
        List<String> mapped = employmentTypes.map(p.employmentTypes());
        return mapped.isEmpty() ? employmentTypes.mapTitle(title) : mapped;
    }

    private List<Vacancy.Occupation> occupations(Posting p, String title, String lang) {
        Set<Vacancy.Occupation> out = new LinkedHashSet<>();
        for (Posting.Occupation o : p.occupations()) {
            if (blankToNull(o.code()) != null || blankToNull(o.label()) != null) {
                out.add(new Vacancy.Occupation(blankToNull(o.scheme()), blankToNull(o.code()), blankToNull(o.label())));
            }
        }
        for (String concept : analysis.occupationConcepts(title, lang)) {
            out.add(new Vacancy.Occupation(CONCEPT_SCHEME, concept, analysis.occupationLabel(concept, lang)));
        }
        return List.copyOf(out);
    }

    private static LocalDate date(DateParser dates, String raw, Posting p, String field) {
        LocalDate d = dates.parse(raw);
        if (d == null && raw != null && !raw.isBlank()) {
            LOG.debug("{} {}: unreadable {} '{}'", p.sourceId(), p.sourceRef(), field, raw);
        }
        return d == null || d.getYear() < FIRST_PLAUSIBLE_YEAR ? null : d;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
