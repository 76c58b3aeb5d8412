package org.joinedup.analyzers;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * Builds the per-language analyzers: standard tokenizer, lower case, stop words, (for nl/da/fi) dictionary
 * compound splitting, Snowball stemming. The same analyzer serves index and query time.
 *
 * <p>Why Snowball everywhere: Lucene's FinnishLightStemFilter stems the inflections of one word to different
 * stems ("sairaanhoitaja" -> "sairaanhoit", "sairaanhoitajan" -> "sairaanhoita"), Snowball Finnish keeps
 * them together ("sairaanhoitaj"). Compound parts are emitted at the whole word's position before
 * stemming, so parts and whole words are stemmed alike and "medewerker" meets "beleidsmedewerker".
 */
final class LanguageAnalyzers {

    private static final String SNOWBALL_STOP = "/org/apache/lucene/analysis/snowball/%s_stop.txt";
    private static final String COMPOUND_DICTIONARY = "compound/%s.txt";

    private LanguageAnalyzers() {}

    /** The analyzer for a supported language tag (en, nl, da, fi). */
    static Analyzer forLanguage(String language) {
        return switch (language) {
            case "en" -> english();
            case "nl" -> withCompounds("nl", "dutch", "Dutch", true);
            case "da" -> withCompounds("da", "danish", "Danish", false);
            case "fi" -> withCompounds("fi", "finnish", "Finnish", false);
            default -> throw new IllegalArgumentException("unsupported language: " + language);
        };
    }

    /** Standard tokenizer, lower case and ASCII folding; no stemming, since we do not know the language. */
    static Analyzer fallback() {
        try {
            return builder()
                .withTokenizer(StandardTokenizerFactory.NAME)
                .addTokenFilter(LowerCaseFilterFactory.NAME)
                .addTokenFilter(ASCIIFoldingFilterFactory.NAME)
                .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer english() {
        try {
            return builder()
                .withTokenizer(StandardTokenizerFactory.NAME)
                .addTokenFilter(EnglishPossessiveFilterFactory.NAME)
                .addTokenFilter(LowerCaseFilterFactory.NAME)
                .addTokenFilter(StopFilterFactory.NAME) // Lucene's English stop set
                .addTokenFilter(SnowballPorterFilterFactory.NAME, "language", "English")
                .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param stripApostropheS Dutch writes some plurals with an apostrophe ("foto's", "cv's"): strip it so
     *     the plural meets the singular
     */
    private static Analyzer withCompounds(String tag, String stopName, String snowball, boolean stripApostropheS) {
        try {
            CustomAnalyzer.Builder b = builder().withTokenizer(StandardTokenizerFactory.NAME);
            if (stripApostropheS) b.addTokenFilter(EnglishPossessiveFilterFactory.NAME);
            return b.addTokenFilter(LowerCaseFilterFactory.NAME)
                .addTokenFilter(StopFilterFactory.NAME, "words", SNOWBALL_STOP.formatted(stopName), "format", "snowball")
                .addTokenFilter(DictionaryCompoundWordTokenFilterFactory.NAME,
                    "dictionary", COMPOUND_DICTIONARY.formatted(tag),
                    "minWordSize", "6", "minSubwordSize", "4", "maxSubwordSize", "20", "onlyLongestMatch", "true")
                .addTokenFilter(SnowballPorterFilterFactory.NAME, "language", snowball)
                // a word that is itself a dictionary entry comes out twice (whole word and part): keep one
                .addTokenFilter(RemoveDuplicatesTokenFilterFactory.NAME)
                .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CustomAnalyzer.Builder builder() {
        return CustomAnalyzer.builder(new ClasspathResourceLoader(LanguageAnalyzers.class));
    }
}
