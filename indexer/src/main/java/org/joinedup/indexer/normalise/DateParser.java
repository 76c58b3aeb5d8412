package org.joinedup.indexer.normalise;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar day out of a published date in the forms found in feeds and job pages: ISO 8601 dates and
 * date-times (with or without offset), RFC 822/1123, java {@code Date.toString()} ("Thu Jul 01 00:00:00 UTC 2021"),
 * numeric dd/mm/yyyy, dd-mm-yyyy and dd.mm.yyyy, day-month-year and month-day-year with month names in English,
 * Dutch, Danish and Finnish, and Unix epoch seconds or milliseconds.
 *
 * <p>The day is taken as written: "2021-07-01T23:30:00-05:00" is 1 July, because the publisher meant that day and
 * converting to another zone would move closing dates. Only epoch numbers, which have no written day, are read in
 * the source country's zone. Numeric dates are day first except for US sources; either way a number above 12 decides.
 * Relative words ("tomorrow", "heti") are out of scope. Thread-safe.
 */
final class DateParser {
    private static final Map<String, String> ZONES = Map.of("GB", "Europe/London", "NL", "Europe/Amsterdam",
        "DK", "Europe/Copenhagen", "FI", "Europe/Helsinki", "US", "America/New_York");

    private static final Pattern EPOCH = Pattern.compile("^-?\\d{9,13}$");
    private static final Pattern BASIC_ISO = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?=$|[T\\s])");
    private static final Pattern NUMERIC =
        Pattern.compile("(?<![\\d.:/-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/]|\\.\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
        "(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th)?\\.?[\\s-]*(?:of\\s+)?(\\p{L}{3,}\\.?),?[\\s-]+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
        "(?<!\\p{L})(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
            + "(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[\\p{L}+\\-\\d:]+\\s+)?)?(\\d{4})(?!\\d)");

    private final ZoneId zone;
    private final boolean monthFirst;

    private DateParser(ZoneId zone, boolean monthFirst) {
        this.zone = zone;
        this.monthFirst = monthFirst;
    }

    /** A parser for dates from a source in this ISO 3166 country (null: day-first, UTC). */
    static DateParser forCountry(String country) {
        String cc = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        ZoneId zone = ZONES.containsKey(cc) ? ZoneId.of(ZONES.get(cc)) : ZoneOffset.UTC;
        return new DateParser(zone, "US".equals(cc));
    }

    /** The day the text names, or null when it is blank or no supported form is found. */
    LocalDate parse(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip().replaceAll("\\s+", " ");
        LocalDate d = epoch(s);
        if (d == null) d = isoPrefix(s);
        if (d == null) d = numeric(s);
        if (d == null) d = named(s, DAY_MONTH_YEAR, 1, 2);
        if (d == null) d = named(s, MONTH_DAY_YEAR, 2, 1);
        return d;
    }

    private LocalDate epoch(String s) {
        Matcher basic = BASIC_ISO.matcher(s);
        if (basic.matches()) return date(basic.group(1), basic.group(2), basic.group(3));
        if (!EPOCH.matcher(s).matches()) return null;
        long n = Long.parseLong(s);
        Instant at = s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        return at.atZone(zone).toLocalDate();
    }

    private static LocalDate isoPrefix(String s) {
        Matcher m = ISO.matcher(s);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    private LocalDate numeric(String s) {
        Matcher m = NUMERIC.matcher(s);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            String year = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
            boolean aIsMonth = monthFirst ? a <= 12 : b > 12;
            LocalDate d = aIsMonth ? date(year, a, b) : date(year, b, a);
            if (d != null) return d;
        }
        return null;
    }

    private static LocalDate named(String s, Pattern p, int dayGroup, int monthGroup) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int month = MonthNames.month(m.group(monthGroup));
            if (month > 0) {
                LocalDate d = date(m.group(3), month, Integer.parseInt(m.group(dayGroup)));
                if (d != null) return d;
            }
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        return date(year, Integer.parseInt(month), Integer.parseInt(day));
    }

    private static LocalDate date(String year, int month, int day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
