package org.joinedup.bench.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joinedup.crawler.SourceFormat;

/**
 * One language market of the generated data: its country, currency, share of all vacancies, how its
 * councils publish, and how dates are written there.
 *
 * @param language   BCP-47 primary tag
 * @param tag        the tag its feeds declare
 * @param country    ISO 3166-1 alpha-2
 * @param currency   ISO 4217
 * @param share      fraction of all generated vacancies
 * @param payFactor  local pay level relative to the occupation's EUR reference
 * @param format     the source format its councils use
 */
record Market(String language, String tag, String country, String currency, double share, double payFactor,
              SourceFormat format) {

    /** en/GB 35 %, nl/NL 25 %, da/DK 20 %, fi/FI 20 %. */
    static final List<Market> ALL = List.of(
        new Market("en", "en-GB", "GB", "GBP", 0.35, 1.0, SourceFormat.FEED),
        new Market("nl", "nl-NL", "NL", "EUR", 0.25, 1.05, SourceFormat.FEED),
        new Market("da", "da-DK", "DK", "DKK", 0.20, 1.25, SourceFormat.CAREER_SITE),
        new Market("fi", "fi-FI", "FI", "EUR", 0.20, 0.95, SourceFormat.JOB_XML));

    /** A closing date as a council in this market writes it in prose. */
    String longDate(LocalDate d) {
        return DATE_FORMATS.get(language).format(d);
    }

    private static final Map<String, DateTimeFormatter> DATE_FORMATS = Map.of(
        "en", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK),
        "nl", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL")),
        "da", DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.of("da", "DK")),
        "fi", DateTimeFormatter.ofPattern("d.M.yyyy"));

    Locale locale() {
        return Locale.of(language, country);
    }
}
