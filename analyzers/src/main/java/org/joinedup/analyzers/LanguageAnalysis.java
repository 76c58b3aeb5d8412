package org.joinedup.analyzers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Front door of the analyzers module: per-language analyzers (with compound splitting for nl/da/fi), a
 * fallback analyzer, language detection with the declared language as prior, and the cross-language
 * occupation analyzer. Thread-safe; create once and share (analyzers reuse their token streams per
 * thread; dictionaries, synonym maps and the language detector are built once).
 */
public final class LanguageAnalysis implements AutoCloseable {

    /** Languages with their own analysis, as BCP-47 primary tags. */
    public static final List<String> LANGUAGES = List.of("en", "nl", "da", "fi");

    /** Tag used for text in any other language; analysed by the fallback analyzer. */
    public static final String FALLBACK = "und";

    private final Map<String, Analyzer> analyzers;
    private final Analyzer fallback = LanguageAnalyzers.fallback();
    private final Map<String, OccupationConcept> occupations = OccupationCatalog.load();
    private final Analyzer occupationAnalyzer = OccupationAnalyzer.build(occupations.values());

    /** Builds every analyzer and reads the occupation catalog; the language detector loads on first use. */
    public LanguageAnalysis() {
        Map<String, Analyzer> perLanguage = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> perLanguage.put(language, LanguageAnalyzers.forLanguage(language)));
        analyzers = Collections.unmodifiableMap(perLanguage);
    }

    /** Languages with their own fields plus the fallback, in a stable order. */
    public List<String> fieldLanguages() {
        return List.of("en", "nl", "da", "fi", FALLBACK);
    }

    /** The analyzer for a language tag (index and query time); the fallback for unknown tags. */
    public Analyzer analyzer(String language) {
        return analyzers.getOrDefault(normalise(language), fallback);
    }

    /**
     * Detects the language of a text, using the declared language (from item or feed) as a prior: a
     * supported declared language is kept for very short texts and whenever the detector gives it
     * reasonable confidence; otherwise the detector's best guess wins. Text in Swedish, Norwegian or German
     * (the neighbours the detector knows) and text in undeclared other languages give {@link #FALLBACK}.
     *
     * @return one of {@link #LANGUAGES} or {@link #FALLBACK}
     */
    public String detect(String text, String declaredLanguage) {
        return PriorLanguageDetector.detect(text, normalise(declaredLanguage));
    }

    /**
     * Analyzer that turns text in any supported language into occupation concept ids (e.g. "nurse"),
     * dropping every other word; used on titles at index time and on queries, so "verpleegkundige" meets
     * "Staff Nurse", "Sygeplejerske" and "Sairaanhoitaja".
     */
    public Analyzer occupationAnalyzer() {
        return occupationAnalyzer;
    }

    /**
     * Occupation concept ids found in a text (usually a title), distinct and in order of appearance, e.g.
     * ["nurse"] for "Wijkverpleegkundige" or "Sairaanhoitaja". Empty when none is recognised. Exactly what
     * {@link #occupationAnalyzer()} emits: matching does not depend on the language, which is accepted for
     * symmetry with the other calls (titles mix languages, e.g. English job names in Danish ads).
     */
    public List<String> occupationConcepts(String text, String language) {
        if (text == null || text.isBlank()) return List.of();
        Set<String> found = new LinkedHashSet<>();
        try (TokenStream stream = occupationAnalyzer.tokenStream("occupation", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) found.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(found);
    }

    /** Label of an occupation concept in a language (English when that language has none); the id if unknown. */
    public String occupationLabel(String conceptId, String language) {
        OccupationConcept concept = occupations.get(conceptId);
        return concept == null ? conceptId : concept.label(normalise(language));
    }

    /** ISCO-08 unit group code of an occupation concept (e.g. "2221" for nurse), or null if the id is unknown. */
    public String occupationIscoCode(String conceptId) {
        OccupationConcept concept = occupations.get(conceptId);
        return concept == null ? null : concept.isco08();
    }

    /** Every occupation concept id known, in a stable order (the order of {@code occupations.tsv}). */
    public List<String> occupationConceptIds() {
        return List.copyOf(occupations.keySet());
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
        occupationAnalyzer.close();
    }
}
