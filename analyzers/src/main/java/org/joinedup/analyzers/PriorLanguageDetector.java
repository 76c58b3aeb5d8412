package org.joinedup.analyzers;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Language detection with Lingua, restricted to our languages and three close neighbours, with the declared
 * language of the item or feed as a prior.
 *
 * <p>Why the neighbours: Swedish (Helsinki and other Finnish employers publish in Swedish too), Norwegian
 * Bokmål (EURES/NAV feeds) and German are what our sources actually contain besides en/nl/da/fi. Without them
 * in the model Lingua would force Swedish or Norwegian text onto Danish and German onto Dutch, and that text
 * would be stemmed with the wrong rules; with them it goes to the fallback fields.
 *
 * <p>Lingua loads its n-gram models on first use and keeps them in static maps; we build one detector per
 * JVM lazily (holder idiom), in high-accuracy mode because titles are short.
 */
final class PriorLanguageDetector {

    /** Below this many letters, a supported declared language is trusted without asking the detector. */
    static final int SHORT_TEXT_LETTERS = 4;

    /**
     * The declared language is kept when Lingua rates it at least this high (the best language has 1.0): it
     * lies between the wrong declarations and the right ones that lost narrowly on langid/titles.tsv (figures:
     * docs/decisions/0021).
     */
    static final double PRIOR_MIN_CONFIDENCE = 0.90;

    /**
     * When a neighbour language wins but one of ours scores at least this, ours is taken: Danish job names
     * ("Truckfører", "Direktør") are spelled the same in Norwegian, and our sources are mostly en/nl/da/fi.
     * A Norwegian or Swedish feed that declares its language still goes to the fallback through the prior.
     */
    static final double NEIGHBOUR_MARGIN = 0.93;

    /**
     * Only the start of a long text is given to the detector, whose cost grows with the text and was most of the
     * normaliser's time; a longer start was not more accurate on the labelled adverts (docs/decisions/0021).
     */
    static final int MAX_DETECTED_CHARS = 200;

    /**
     * When the first {@value #MAX_DETECTED_CHARS} characters do not confirm the declared language, the stop-word
     * vote (a string scan, far cheaper than Lingua) reads this many: Finnish has so few function words that only
     * a longer text shows enough, while English and Dutch go first on the short text, which meets fewer of
     * another language's words (figures: docs/decisions/0021).
     */
    static final int MAX_VOTED_CHARS = 1_000;

    private static final Map<Language, String> TAGS = Map.of(
        Language.ENGLISH, "en", Language.DUTCH, "nl", Language.DANISH, "da", Language.FINNISH, "fi",
        Language.SWEDISH, "sv", Language.BOKMAL, "nb", Language.GERMAN, "de");

    /**
     * Texts at least this long (a title plus the start of a description, i.e. nearly every vacancy) go to
     * Lingua's low-accuracy mode, which looks at trigrams only: several times faster, and per Lingua's own
     * evaluation reliable from about 120 characters. Shorter texts (titles, queries) use the full models.
     */
    static final int LOW_ACCURACY_FROM_CHARS = 120;

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder
            .fromLanguages(TAGS.keySet().toArray(Language[]::new))
            .build();
    }

    private static final class FastHolder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder
            .fromLanguages(TAGS.keySet().toArray(Language[]::new))
            .withLowAccuracyMode()
            .build();
    }

    private PriorLanguageDetector() {}

    /**
     * Detects the language of a text, as one of {@link LanguageAnalysis#LANGUAGES} or
     * {@link LanguageAnalysis#FALLBACK}.
     *
     * @param declared normalised primary subtag of the declared language, "" when none
     */
    static String detect(String text, String declared) {
        String prior = canonical(declared);
        String whole = text == null ? "" : text.strip();
        String stripped = head(whole, MAX_DETECTED_CHARS);
        if (letters(stripped) < SHORT_TEXT_LETTERS) return supportedOrFallback(prior);
        // Most adverts are in their source's language, and their function words show it without Lingua.
        if (LanguageAnalysis.LANGUAGES.contains(prior) && confirmedByVote(whole, prior)) return prior;
        Map<String, Double> confidence = new HashMap<>();
        LanguageDetector detector = stripped.length() >= LOW_ACCURACY_FROM_CHARS ? FastHolder.DETECTOR : Holder.DETECTOR;
        detector.computeLanguageConfidenceValues(stripped).forEach((l, c) -> confidence.put(TAGS.get(l), c));
        if (confidence.getOrDefault(prior, 0.0) >= PRIOR_MIN_CONFIDENCE) return supportedOrFallback(prior);
        Optional<Map.Entry<String, Double>> best = best(confidence, tag -> true);
        if (best.isEmpty()) return supportedOrFallback(prior);
        if (LanguageAnalysis.LANGUAGES.contains(best.get().getKey())) return best.get().getKey();
        return best(confidence, LanguageAnalysis.LANGUAGES::contains)
            .filter(ours -> ours.getValue() >= NEIGHBOUR_MARGIN)
            .map(Map.Entry::getKey)
            .orElse(LanguageAnalysis.FALLBACK);
    }

    private static Optional<Map.Entry<String, Double>> best(Map<String, Double> confidence, Predicate<String> among) {
        return confidence.entrySet().stream().filter(e -> among.test(e.getKey())).max(Map.Entry.comparingByValue());
    }

    /** Maps tags of the same language onto the one our detector uses ("no" and "nn" read as "nb"). */
    private static String canonical(String tag) {
        return switch (tag) {
            case "no", "nn" -> "nb";
            default -> tag;
        };
    }

    private static String supportedOrFallback(String tag) {
        return LanguageAnalysis.LANGUAGES.contains(tag) ? tag : LanguageAnalysis.FALLBACK;
    }

    /**
     * Whether the stop-word vote confirms the declared language: on the first {@value #MAX_DETECTED_CHARS}
     * characters, or else on the first {@value #MAX_VOTED_CHARS}.
     */
    static boolean confirmedByVote(String text, String prior) {
        return StopWordVote.confirms(head(text, MAX_DETECTED_CHARS), prior)
            || text.length() > MAX_DETECTED_CHARS && StopWordVote.confirms(head(text, MAX_VOTED_CHARS), prior);
    }

    private static String head(String text, int chars) {
        return text.length() > chars ? text.substring(0, chars) : text;
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < SHORT_TEXT_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) n++;
        }
        return n;
    }
}
