package org.joinedup.api.stats;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.indexer.Dimension;
import org.joinedup.indexer.stats.StatsSnapshot;

/** Parses and checks the statistics request parameters; a bad one is a 400 naming it. */
final class StatsParams {
    /** Longest month range one request may ask for. */
    static final int MAX_MONTHS = 240;
    static final List<String> LANGUAGES = List.of("en", "nl", "da", "fi");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    static final MediaType CSV = new MediaType("text", "csv");

    private StatsParams() {
    }

    /** A statistics dimension by its request name; the employer dimension is asked for as {@code council}. */
    static Dimension dimension(String raw) {
        if (raw == null || raw.isEmpty()) return Dimension.EMPLOYER;
        return Dimension.STATISTICS.stream().filter(d -> name(d).equals(raw)).findFirst()
            .orElseThrow(() -> new BadParameterException("dimension",
                "must be one of council, region, occupation, employmentType"));
    }

    /** The name of a statistics dimension in requests and responses, e.g. {@code council}, {@code employmentType}. */
    static String name(Dimension d) {
        return d == Dimension.EMPLOYER ? "council" : d.facet();
    }

    /** The month range; by default the twelve months up to the current one. */
    static YearMonth[] range(String fromRaw, String toRaw, StatsSnapshot s) {
        YearMonth to = toRaw == null || toRaw.isEmpty() ? s.lastMonth() : month("to", toRaw);
        YearMonth from = fromRaw == null || fromRaw.isEmpty() ? to.minusMonths(11) : month("from", fromRaw);
        if (from.isAfter(to)) throw new BadParameterException("from", "must not be after to");
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new BadParameterException("from", "the range may span at most " + MAX_MONTHS + " months");
        }
        return new YearMonth[] {from, to};
    }

    private static YearMonth month(String name, String raw) {
        if (!MONTH.matcher(raw).matches()) throw new BadParameterException(name, "must be a month as YYYY-MM");
        try {
            YearMonth m = YearMonth.parse(raw);
            if (m.getYear() < 1970 || m.getYear() > 9000) throw new BadParameterException(name, "year out of range");
            return m;
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "must be a month as YYYY-MM");
        }
    }

    static String language(String raw) {
        if (raw == null || raw.isEmpty()) return "en";
        if (!LANGUAGES.contains(raw)) throw new BadParameterException("lang", "must be one of " + LANGUAGES);
        return raw;
    }

    /** True for CSV: {@code format=csv}, or no format and an Accept header preferring text/csv. */
    static boolean csv(String format, HttpHeaders headers) {
        if (format != null && !format.isEmpty()) {
            if (format.equals("csv")) return true;
            if (format.equals("json")) return false;
            throw new BadParameterException("format", "must be json or csv");
        }
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isCompatible(CSV) && !t.isWildcardType()) return true;
            if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE)) return false;
        }
        return false;
    }

    /** An optional filter value (a council name, occupation id, ...): at most 200 characters. */
    static String value(String raw) {
        if (raw == null || raw.isEmpty()) return null;
        if (raw.length() > 200) throw new BadParameterException("value", "must be at most 200 characters");
        return raw;
    }
}
