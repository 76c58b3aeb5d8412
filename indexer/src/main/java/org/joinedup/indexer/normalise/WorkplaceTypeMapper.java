package org.joinedup.indexer.normalise;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Maps a published workplace type (schema.org jobLocationType TELECOMMUTE, "remote", "hybrid", "thuiswerken",
 * "hjemmearbejde", "etätyö", "hybridityö", "on-site", ...) onto onsite, hybrid or remote.
 *
 * <p>Partial home working ("deels thuiswerken", "mulighed for hjemmearbejde", "osittainen etätyö") is hybrid; a
 * field that says only home working is remote. In free text (titles, descriptions) only unmistakable phrases count
 * ("hybrid working", "fully remote"), because words like "remote" also mean remote areas. Thread-safe.
 */
final class WorkplaceTypeMapper {
    private static final String B = "(?<![\\p{L}])";
    private static final String E = "(?![\\p{L}])";
    private static final Pattern HYBRID = Pattern.compile(B + "(?:hybrid\\p{L}*|hybride?|hybridt|hybridityö\\p{L}*"
        + "|(?:deels|gedeeltelijk|delvis|osittai\\p{L}*|partly|partially|part) ?(?:thuis\\p{L}*|hjemme\\p{L}*|etä\\p{L}*"
        + "|remote|home)|mulighed for hjemmearbejde|mogelijkheid (?:tot|om) thuis\\p{L}*|etätyömahdollisuu\\p{L}*"
        + "|flexible working location)" + E);
    private static final Pattern REMOTE = Pattern.compile(B + "(?:telecommute|remote\\p{L}*|fully remote|thuiswerk\\p{L}*"
        + "|thuis|hjemmearbejd\\p{L}*|fjernarbejd\\p{L}*|etätyö\\p{L}*|etänä|home ?based|work(?:ing)? from home|wfh"
        + "|distansarbete)" + E);
    private static final Pattern ONSITE = Pattern.compile(B + "(?:on ?site|onsite|in office|office based|op locatie"
        + "|op kantoor|på arbejdspladsen|fysisk fremmøde|lähityö\\p{L}*|paikan päällä|työpaikalla)" + E);
    private static final Pattern TEXT_HYBRID = Pattern.compile(B + "(?:hybrid (?:working|work|role|model|position)"
        + "|hybride? werken|hybridityö\\p{L}*|hybridt arbejde|delvis hjemmearbejde|deels thuiswerken)" + E);
    private static final Pattern TEXT_REMOTE = Pattern.compile(B + "(?:fully remote|100% remote|remote (?:role|position"
        + "|job|first)|volledig thuiswerken|fuld hjemmearbejde|täysin etänä|täysi etätyö)" + E);

    /** onsite, hybrid or remote for a workplace type field, or null when it names none of them. */
    String map(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String t = normalise(raw);
        if (HYBRID.matcher(t).find()) return "hybrid";
        if (REMOTE.matcher(t).find()) return "remote";
        if (ONSITE.matcher(t).find()) return "onsite";
        return null;
    }

    /** hybrid or remote when free text states it unmistakably, otherwise null (never guesses onsite). */
    String fromText(String text) {
        if (text == null || text.isBlank()) return null;
        String t = normalise(text);
        if (TEXT_HYBRID.matcher(t).find()) return "hybrid";
        if (TEXT_REMOTE.matcher(t).find()) return "remote";
        return null;
    }

    private static String normalise(String raw) {
        return raw.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
    }
}
