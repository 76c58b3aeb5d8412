package org.joinedup.indexer.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinedup.indexer.Vacancy;

/** The edits a listing goes through when another site re-lists it, or when a similar but different post appears. */
final class ListingEdits {
    /** Aggregator sites re-listing council adverts, with the boilerplate they add (in the advert's language). */
    static final List<String> AGGREGATORS = List.of("Nordic Public Jobs Partnership", "EURES Job Mobility Portal",
        "Regional Public Jobs Board");
    private static final Map<String, String> BOILERPLATE = Map.of(
        "en", "This vacancy was originally advertised by %s. Apply on the employer's own website.",
        "da", "Stillingen er oprindeligt slået op af %s. Ansøg via arbejdsgiverens hjemmeside.",
        "nb", "Stillingen er opprinnelig publisert av %s. Søk via arbeidsgiverens nettside.",
        "fi", "Tämän työpaikan on alun perin julkaissut %s. Hae työnantajan omien sivujen kautta.",
        "sv", "Tjänsten har ursprungligen annonserats av %s. Ansök via arbetsgivarens webbplats.");
    private static final Map<String, String> FOOTER = Map.of(
        "en", "Listed by %s, the free job board for the public sector. Set up an e-mail alert for similar jobs.",
        "da", "Opslået via %s. Opret en jobagent og få lignende job tilsendt.",
        "nb", "Publisert via %s. Lag en jobbagent og få varsel om lignende stillinger.",
        "fi", "Ilmoitus välitetty palvelun %s kautta. Tilaa hakuvahti ja saat vastaavat työpaikat sähköpostiisi.",
        "sv", "Annonsen förmedlas av %s. Skapa en jobbevakning för liknande tjänster.");
    private static final List<String> TITLE_PREFIXES = List.of("Vacancy: ", "Job: ", "Ledig stilling: ",
        "HASTER: ", "Avoin työpaikka: ", "New: ");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");

    private ListingEdits() {
    }

    static String boilerplate(String lang, String employer) {
        return BOILERPLATE.getOrDefault(lang, BOILERPLATE.get("en")).formatted(employer);
    }

    static String footer(String lang, String site) {
        return FOOTER.getOrDefault(lang, FOOTER.get("en")).formatted(site);
    }

    /** Reflowed HTML: different line breaks, bullets and spacing; the words stay the same. */
    static String reformat(String text, Random r) {
        String[] lines = text.split("\n");
        String sep = List.of(" ", "\n\n", " • ", "\n- ").get(r.nextInt(4));
        return String.join(sep, Arrays.stream(lines).map(l -> r.nextInt(5) == 0 ? l + " " : l).toList());
    }

    /** Keeps the first 50-85 % of the words, as teaser feeds do. */
    static String truncate(String text, Random r) {
        String[] words = text.split(" ");
        int keep = Math.max(5, (int) (words.length * (0.5 + r.nextDouble() * 0.35)));
        if (keep >= words.length) return text;
        return String.join(" ", Arrays.copyOf(words, keep)) + " …";
    }

    /** Drops one sentence and duplicates nothing: a light editorial change. */
    static String dropSentence(String text, Random r) {
        List<String> s = new ArrayList<>(List.of(SENTENCE.split(text)));
        if (s.size() < 4) return text;
        s.remove(1 + r.nextInt(s.size() - 2));
        return String.join(" ", s);
    }

    static String titleVariant(Draft d, Random r) {
        String t = d.title();
        return switch (r.nextInt(5)) {
            case 0 -> t.toUpperCase(Locale.ROOT);
            case 1 -> TITLE_PREFIXES.get(r.nextInt(TITLE_PREFIXES.size())) + t;
            case 2 -> d.locality() == null ? t.toLowerCase(Locale.ROOT) : t + " - " + d.locality();
            case 3 -> Character.toUpperCase(t.charAt(0)) + t.substring(1).toLowerCase(Locale.ROOT);
            default -> t.strip() + " ";
        };
    }

    /** The same employer written differently: case, legal form. */
    static String employerVariant(String e, Random r) {
        if (e.matches("(?i).* (as|a/s)$")) return e.replaceAll("(?i) (as|a/s)$", r.nextBoolean() ? " A/S" : "");
        return r.nextBoolean() ? e.toUpperCase(Locale.ROOT) : e.toLowerCase(Locale.ROOT);
    }

    /** Salary text of the same amounts written the way another site does. */
    static Vacancy.Salary reformatSalary(Vacancy.Salary s, Random r) {
        if (s == null) return null;
        String raw = r.nextBoolean()
            ? String.format(Locale.ROOT, "%s %.0f–%.0f per %s", s.currency(), s.min(), s.max(),
                s.unit().toLowerCase(Locale.ROOT))
            : String.format(Locale.GERMANY, "%,.0f - %,.0f %s", s.min(), s.max(), s.currency());
        return new Vacancy.Salary(s.min(), s.max(), s.currency(), s.unit(), s.annualMin(), s.annualMax(), raw);
    }

    /** A plausible salary for the advert's country; most adverts carry none. */
    static Vacancy.Salary salaryFor(BaseAd ad, Random r) {
        if (r.nextInt(5) >= 2) return null;
        return switch (ad.country()) {
            case "NO" -> salary(450_000 + 10_000 * r.nextInt(20), 60_000, "NOK", "YEAR", 1, r);
            case "DK" -> salary(28_000 + 500 * r.nextInt(30), 4_000, "DKK", "MONTH", 12, r);
            default -> salary(2_400 + 50 * r.nextInt(30), 400, "EUR", "MONTH", 12, r);
        };
    }

    private static Vacancy.Salary salary(double min, double span, String cur, String unit, int perYear, Random r) {
        double max = min + span * (1 + r.nextInt(2));
        String raw = String.format(Locale.ROOT, "%.0f - %.0f %s/%s", min, max, cur, unit.toLowerCase(Locale.ROOT));
        return new Vacancy.Salary(min, max, cur, unit, min * perYear, max * perYear, raw);
    }

    /** Replaces every occurrence of a phrase, ignoring case. */
    static String replace(String text, String phrase, String with) {
        if (phrase == null || phrase.isBlank() || with == null) return text;
        return Pattern.compile(Pattern.quote(phrase.strip()), Pattern.CASE_INSENSITIVE).matcher(text)
            .replaceAll(Matcher.quoteReplacement(with));
    }
}
