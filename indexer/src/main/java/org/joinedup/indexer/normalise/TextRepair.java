package org.joinedup.indexer.normalise;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.joinedup.crawler.Crawler;
import org.jsoup.parser.Parser;

/**
 * Repairs the usual text damage in harvested feeds: entities escaped twice ("&amp;amp;", "&amp;nbsp;"), UTF-8
 * read as Latin-1 or Windows-1252 ("â€¦" for "…", "Ã¸" for "ø") and Windows-1252 code points stored as C1
 * controls (U+0092 for ’). Each repair only applies when the text shows that damage, so clean text is untouched.
 */
final class TextRepair {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\\d{1,7}|#[xX][0-9a-fA-F]{1,6});");
    private static final Pattern MOJIBAKE = Pattern.compile("[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161"
        + "\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]");
    private static final Pattern C1 = Pattern.compile("[\u0080-\u009F]");

    private TextRepair() {
    }

    /** Text with all three repairs applied where they are needed. */
    static String repair(String s) {
        if (s == null || s.isEmpty() || clean(s)) return s;
        String t = ENTITY.matcher(s).find() ? Parser.unescapeEntities(s, false) : s;
        t = undoMojibake(t);
        return C1.matcher(t).find() ? c1ToCp1252(t) : t;
    }

    /**
     * True when the text shows none of what a repair starts from: no '&amp;' before a letter or '#' (every
     * entity starts so), no C1 control (U+0080-U+009F) and no U+00C2-U+00F4 followed by a non-ASCII character
     * (every mojibake pair is that). One cheap scan spares the three pattern searches on most text, Danish and
     * Finnish letters and "health &amp; safety" included.
     */
    private static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' && i + 1 < s.length() && (isAsciiLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '#')) {
                return false;
            }
            if (c >= '\u0080' && c <= '\u009F') return false;
            if (c >= '\u00C2' && c <= '\u00F4' && i + 1 < s.length() && s.charAt(i + 1) >= '\u0080') return false;
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Re-reads text that was UTF-8 decoded as Latin-1/Windows-1252; returns it unchanged if that fails. */
    static String undoMojibake(String s) {
        if (!MOJIBAKE.matcher(s).find()) return s;
        byte[] bytes = new byte[s.length()];
        CharsetEncoder enc = CP1252.newEncoder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else {
                try {
                    ByteBuffer b = enc.encode(CharBuffer.wrap(new char[] {c}));
                    bytes[i] = b.get();
                } catch (CharacterCodingException e) {
                    return s;
                }
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }

    private static String c1ToCp1252(String s) {
        // What is left in U+0080-U+009F after the mapping are the bytes unassigned in Windows-1252 (0x81, 0x8D,
        // 0x8F, 0x90, 0x9D): controls that stand for nothing, so they are dropped.
        return C1.matcher(Crawler.c1ToWindows1252(s)).replaceAll("");
    }
}
