package org.joinedup.analyzers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Front door of the analyzers module. Thread-safe; create once.
 *
 * <p>WALKING-SKELETON VERSION: Lucene's stock analyzers and the declared language. The indexer issue adds
 * detection, compound splitting and occupation synonyms behind this same API.
 */
public final class LanguageAnalysis implements AutoCloseable {

    /** Languages with their own analysis, as BCP-47 primary tags. */
    public static final List<String> LANGUAGES = List.of("en", "nl", "da", "fi");

    /** Tag used for text in any other language; analysed by the fallback analyzer. */
    public static final String FALLBACK = "und";

    private final Map<String, Analyzer> analyzers;
    private final Analyzer fallback = new StandardAnalyzer();

    public LanguageAnalysis() {
        analyzers = Map.of("en", new EnglishAnalyzer(), "nl", new DutchAnalyzer(), "da", new DanishAnalyzer(),
            "fi", new FinnishAnalyzer());
    }

    /** Languages with their own fields plus the fallback, in a stable order. */
    public List<String> fieldLanguages() {
        return List.of("en", "nl", "da", "fi", FALLBACK);
    }

    /** The analyzer for a language tag (index and query time); the fallback for unknown tags. */
    public Analyzer analyzer(String language) {
        return language == null ? fallback : analyzers.getOrDefault(normalise(language), fallback);
    }

    /**
     * Detects the language of a text, using the declared language (from item or feed) as a prior.
     *
     * @return one of {@link #LANGUAGES} or {@link #FALLBACK}
     */
    public String detect(String text, String declaredLanguage) {
        String declared = normalise(declaredLanguage);
        return LANGUAGES.contains(declared) ? declared : FALLBACK;
    }

    /**
     * Analyzer that turns text in any supported language into occupation concept ids (e.g. "occ_nurse"),
     * dropping every other word; used on titles at index time and on queries, so "verpleegkundige" meets "nurse".
     */
    public Analyzer occupationAnalyzer() {
        return fallback;
    }

    /**
     * Occupation concept ids found in a text (usually a title) of the given language, e.g. ["nurse"] for
     * "Wijkverpleegkundige" or "Sairaanhoitaja". Empty when none is recognised.
     */
    public List<String> occupationConcepts(String text, String language) {
        return List.of();
    }

    /** Label of an occupation concept in a language (English when that language has none); the id if unknown. */
    public String occupationLabel(String conceptId, String language) {
        return conceptId;
    }

    /** Every occupation concept id known, in a stable order. */
    public List<String> occupationConceptIds() {
        return List.of();
    }

    /** Primary language subtag in lower case, or "" for null. */
    static String normalise(String tag) {
        if (tag == null) return "";
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        return dash > 0 ? t.substring(0, dash) : t;
    }

    @Override
    public void close() {
        analyzers.values().forEach(Analyzer::close);
        fallback.close();
    }
}
