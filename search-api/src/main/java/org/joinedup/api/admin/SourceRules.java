package org.joinedup.api.admin;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.joinedup.api.config.SelfUrl;
import org.joinedup.api.config.SourceInput;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.api.persistence.SourceRecord;
import org.joinedup.crawler.Crawler;
import org.joinedup.crawler.Licence;
import org.joinedup.crawler.Source;
import org.joinedup.crawler.SourceFormat;

/**
 * Checks an admin's {@link SourceInput} and turns it into a {@link SourceRecord}; the first problem becomes a
 * 400 naming its field ({@code url}, {@code licence.id}, ...). URLs get the crawler's own check up front
 * ({@link Crawler#checkUrl}); host names are not resolved here, the crawler checks every address it connects to.
 */
final class SourceRules {
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,100}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Shorter polling is impolite to councils' servers. */
    static final Duration MIN_SCHEDULE = Duration.ofMinutes(1);
    private static final int MAX_TEXT = 500;

    private final boolean allowLoopback;

    /** @param allowLoopback the crawler's setting: loopback URLs (and "{self}") only for the demo and tests */
    SourceRules(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** A new admin row from the input; {@code pathId} is the id from the URL on PUT, or null. */
    SourceRecord toRecord(SourceInput in, String pathId, Instant now) {
        if (in == null) throw new BadParameterException("body", "a source object is required");
        String id = id(in.id(), pathId);
        String council = text("council", in.council(), true);
        SourceFormat format = format(in.format());
        String url = url(in.url(), format);
        Source source = new Source(id, council, SelfUrl.parse(url), format, text("region", in.region(), false),
            country(in.country()), language(in.language()), licence(in.licence()), schedule(in.schedule()),
            in.fullSnapshot() == null || in.fullSnapshot(), in.enabled() == null || in.enabled());
        return new SourceRecord(source, false, SourceRecord.Origin.ADMIN, now, now);
    }

    private static String id(String id, String pathId) {
        if (pathId != null && id != null && !id.equals(pathId)) {
            throw new BadParameterException("id", "must match the id in the path ('" + abbreviate(pathId) + "')");
        }
        String v = id != null ? id : pathId;
        if (v == null || !ID.matcher(v).matches()) {
            throw new BadParameterException("id", "required; 1-100 characters of a-z, 0-9 and -");
        }
        return v;
    }

    private static String text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) throw new BadParameterException(field, "must not be empty");
            return null;
        }
        if (value.length() > MAX_TEXT) throw new BadParameterException(field, "longer than " + MAX_TEXT);
        return value.strip();
    }

    private static SourceFormat format(String value) {
        if (value == null) return SourceFormat.AUTO;
        try {
            return SourceFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("format", "must be one of " + Arrays.toString(SourceFormat.values()));
        }
    }

    private String url(String value, SourceFormat format) {
        if (value == null || value.isBlank()) {
            if (format == SourceFormat.PUSH) return null;
            throw new BadParameterException("url", "required unless format is PUSH");
        }
        if (format == SourceFormat.PUSH) throw new BadParameterException("url", "PUSH sources have no URL");
        String u = value.strip();
        if (u.length() > 2000) throw new BadParameterException("url", "longer than 2000 characters");
        if (u.contains(SelfUrl.SELF)) {
            if (!allowLoopback || !SelfUrl.isSelf(u)) {
                throw new BadParameterException("url", "\"{self}\" is only for demo sources on this server");
            }
            checkUrl(u.replace(SelfUrl.SELF, "http://127.0.0.1:1"));
            return u;
        }
        checkUrl(u);
        return u;
    }

    private void checkUrl(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new BadParameterException("url", "not a valid URL: " + e.getReason());
        }
        Crawler.checkUrl(uri, allowLoopback).ifPresent(r -> {
            throw new BadParameterException("url", r);
        });
    }

    private static String country(String value) {
        if (value == null || value.isBlank()) return null;
        if (!COUNTRIES.contains(value.strip())) {
            throw new BadParameterException("country", "not an ISO 3166-1 alpha-2 code (e.g. GB, NL)");
        }
        return value.strip();
    }

    private static String language(String value) {
        if (value == null || value.isBlank()) return null;
        if (!LANGUAGE.matcher(value.strip()).matches()) {
            throw new BadParameterException("language", "not a BCP-47 language tag (e.g. en, nl)");
        }
        return value.strip();
    }

    private static Licence licence(SourceInput.LicenceInput in) {
        if (in == null || in.id() == null || in.id().isBlank()) {
            throw new BadParameterException("licence.id", "required (e.g. OGL-UK-3.0, CC-BY-4.0)");
        }
        if (in.id().length() > 100) throw new BadParameterException("licence.id", "longer than 100 characters");
        String attribution = in.attribution() == null ? "" : in.attribution().strip();
        if (attribution.length() > 2000) {
            throw new BadParameterException("licence.attribution", "longer than 2000 characters");
        }
        return new Licence(in.id().strip(), attribution);
    }

    private static Duration schedule(String value) {
        if (value == null) return Duration.ofHours(1);
        try {
            Duration d = Duration.parse(value.strip());
            if (d.compareTo(MIN_SCHEDULE) < 0) throw new BadParameterException("schedule", "must be at least PT1M");
            return d;
        } catch (DateTimeParseException e) {
            throw new BadParameterException("schedule", "not an ISO-8601 duration (e.g. PT1H)");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "...";
    }
}
