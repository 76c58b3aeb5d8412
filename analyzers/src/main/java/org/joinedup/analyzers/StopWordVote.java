package org.joinedup.analyzers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * A cheap confirmation, before asking Lingua, that a text is written in the language its source declares:
 * the text's function words that belong to one language's stop list only (Snowball's lists, as Lucene ships them,
 * for our languages and the neighbours the detector knows). The declared language is confirmed when at least
 * {@value #MIN_WORDS} of them are its own and none is another language's; anything less clear-cut goes to Lingua
 * as before. Danish and Norwegian share most function words, so only the ones that differ ("af" / "av",
 * "hvad" / "hva") count, and an English advert in a Danish feed has English ones.
 *
 * <p>Confirming is a string scan with one hash lookup per word, against Lingua's n-gram look-ups for seven
 * languages; how many adverts it confirms, and that it confirmed none wrongly, is in docs/decisions/0021.
 */
final class StopWordVote {
    /** Own function words needed, with none of another language, to confirm the declared language. */
    static final int MIN_WORDS = 3;
    /**
     * Shorter words do not vote, nor words in capitals: those are as often abbreviations or legal forms ("AS" in
     * a Norwegian employer's name is an English stop word) as function words.
     */
    private static final int MIN_WORD = 2;
    private static final int MAX_WORD = 16;
    private static final List<String> TAGS = List.of("en", "nl", "da", "fi", "sv", "nb", "de");
    /**
     * Everyday words of a language that only another language's stop list has. Each list is a stemmer's stop
     * list, not a lexicon: "will" and "also" are German's alone, "want" and "dit" (Danish: your) Dutch's, "hver",
     * "ved", "kun", "både" Norwegian's and "kunde" (Danish: customer) Swedish's, yet English and Danish adverts
     * have them in their first sentences. Marked as words of both languages, they count for neither. Not listed: words that are
     * one language's strongest own sign, such as Danish "af" (a Dutch particle too; Norwegian has "av") and
     * Finnish "se".
     */
    private static final Map<String, List<String>> ALSO_WORDS_OF = Map.of(
        "en", List.of("will", "want", "also"),
        "da", List.of("hver", "dit", "ved", "kun", "samme", "bare", "både", "før", "hvem", "hvorfor", "hvordan",
            "siden", "ja", "kom", "kunde"));
    /** Function word -> bit set of the languages (TAGS order) whose stop list, or ALSO_WORDS_OF, has it. */
    private static final CharArrayMap<Integer> LANGUAGES_OF = languagesOf(List.of("english_stop.txt",
        "dutch_stop.txt", "danish_stop.txt", "finnish_stop.txt", "swedish_stop.txt", "norwegian_stop.txt",
        "german_stop.txt"));

    private StopWordVote() {
    }

    /** True when the text's distinctive function words show it is written in {@code tag} (one of TAGS). */
    static boolean confirms(String text, String tag) {
        int language = TAGS.indexOf(tag);
        if (language < 0) return false;
        int own = 0;
        char[] word = new char[MAX_WORD];
        int length = 0;
        boolean lower = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (length < MAX_WORD) word[length] = Character.toLowerCase(c);
                if (Character.isLowerCase(c)) lower = true;
                length++;
                continue;
            }
            if (length >= MIN_WORD && length <= MAX_WORD && lower) {
                Integer languages = LANGUAGES_OF.get(word, 0, length);
                if (languages != null && Integer.bitCount(languages) == 1) {
                    if (languages != 1 << language) return false; // another language's own word
                    own++;
                }
            }
            length = 0;
            lower = false;
        }
        return own >= MIN_WORDS;
    }

    /** Snowball's stop lists as Lucene ships them (the language analyzers' defaults, and a fuller English one). */
    private static CharArrayMap<Integer> languagesOf(List<String> snowballLists) {
        CharArrayMap<Integer> map = new CharArrayMap<>(1024, false);
        for (int l = 0; l < snowballLists.size(); l++) {
            for (Object word : snowball(snowballLists.get(l))) mark(map, word, l);
        }
        ALSO_WORDS_OF.forEach((tag, words) -> words.forEach(w -> mark(map, w, TAGS.indexOf(tag))));
        return map;
    }

    /** Adds a language to a word's languages ({@code word} a char[] or a CharSequence). */
    private static void mark(CharArrayMap<Integer> map, Object word, int language) {
        Integer before = map.get(word);
        map.put(word, (before == null ? 0 : before) | 1 << language);
    }

    private static CharArraySet snowball(String file) {
        try (Reader reader = IOUtils.getDecodingReader(IOUtils.requireResourceNonNull(
            SnowballFilter.class.getResourceAsStream(file), file), StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene's stop list " + file + " is unreadable", e);
        }
    }
}
