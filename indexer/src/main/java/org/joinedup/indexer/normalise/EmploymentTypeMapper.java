package org.joinedup.indexer.normalise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.joinedup.indexer.Vacancy;

/**
 * Maps published employment-type words onto the vocabulary {@link Vacancy#EMPLOYMENT_TYPES}: schema.org codes
 * (FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, PER_DIEM; VOLUNTEER and OTHER map to nothing) and
 * English, Danish, Dutch and Finnish words, also inside phrases ("Full-Time, Permanent Contract",
 * "Vakinainen työsuhde", "Kokoaikatyö, Osa-aikatyö, Tuntityö").
 *
 * <p>Decisions: CONTRACTOR means a contract for a term, so fixed-term. INTERN is temporary. Shift, relief, zero hours,
 * on-call (oproepkracht), gig (keikkatyö), hourly (tuntityö) and shift work (vuorotyö) all land in "casual", the
 * vocabulary's casual/shift bucket. Danish Fleksjob (a subsidised job on reduced hours for people with reduced
 * working capacity) is part-time. Vikariat and sijaisuus (covering for someone) are temporary; Tidsbegrænset
 * ansættelse, bepaalde tijd and määräaikainen are fixed-term; tijdelijk alone is temporary, "tijdelijk contract"
 * fixed-term. Thread-safe.
 */
final class EmploymentTypeMapper {
    private static final Map<String, Pattern> RULES = Map.of(
        "full-time", words("full ?time|fulltime|voltijd|volledige? tijd|fuldtid|heltid|kokoaika\\p{L}*"),
        "part-time", words("part ?time|deeltijd|deltid|osa ?aika\\p{L}*|fleksjob"),
        "permanent", words("permanent|vast|vaste (?:aanstelling|baan|dienst)|vast dienstverband|onbepaalde tijd"
            + "|fast ?ansæt\\p{L}*|fastansat|fast stilling|vakinai\\p{L}*|vakitui\\p{L}*|toistaiseksi voimassa\\p{L}*"
            + "|fast anställning|fast tjänst|tillsvidare\\p{L}*"),
        "fixed-term", words("fixed ?term|contractor|bepaalde tijd|tijdelijk contract|tidsbegræns\\p{L}*"
            + "|måneders ansættelse|määräaikai\\p{L}*|tidsbund\\p{L}*|tidsbestämd\\p{L}*|visstid\\p{L}*"),
        "temporary", words("temporary|temp|interim|intern|internship|stage|tijdelijk(?! contract)|vikar|vikariat"
            + "|midlertidig\\p{L}*|sijai\\p{L}*|vikariaatti|tillfällig\\p{L}*"),
        "casual", words("casual|zero hours?|zero hours? contract|relief|bank|sessional|shifts?|shift work|per diem"
            + "|on call|oproep\\p{L}*|nulurencontract|min max contract|keikka\\p{L}*|\\d? ?vuorotyö\\p{L}*"
            + "|tuntityö\\p{L}*|tilkald\\p{L}*|afløser\\p{L}*|timelønnet"));

    /** Employment types named by the raw values, in vocabulary order, without repeats. */
    List<String> map(Collection<String> raw) {
        Set<String> found = new LinkedHashSet<>();
        for (String value : raw) {
            if (value != null) found.addAll(map(value));
        }
        return ordered(found);
    }

    /** Employment types named by one raw value (which may list several). */
    List<String> map(String raw) {
        if (raw == null || raw.isBlank()) return List.of();
        String t = normalise(raw);
        List<String> found = new ArrayList<>();
        for (String type : Vacancy.EMPLOYMENT_TYPES) {
            if (RULES.get(type).matcher(t).find()) found.add(type);
        }
        return found;
    }

    /**
     * Full-time or part-time when a title says so ("Care Assistant - Part Time"); other words are too ambiguous in
     * titles ("Food Bank Coordinator", "Building Contractor Liaison").
     */
    List<String> mapTitle(String title) {
        if (title == null || title.isBlank()) return List.of();
        String t = normalise(title);
        return Vacancy.EMPLOYMENT_TYPES.stream().filter(type -> type.endsWith("-time"))
            .filter(type -> RULES.get(type).matcher(t).find()).toList();
    }

    static String normalise(String raw) {
        return raw.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    private static List<String> ordered(Set<String> found) {
        return Vacancy.EMPLOYMENT_TYPES.stream().filter(found::contains).toList();
    }
}
