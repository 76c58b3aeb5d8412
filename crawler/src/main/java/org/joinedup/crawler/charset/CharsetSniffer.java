package org.joinedup.crawler.charset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Second-guesses a declared charset against the bytes, for the two wrong declarations councils' servers really
 * make: a Latin-1 / ASCII / windows-1252 header on a UTF-8 body (the header is a server default; real Latin-1
 * text is almost never valid UTF-8 with multi-byte sequences), and UTF-8 (declared or defaulted) on a body that
 * is not valid UTF-8 (an old windows-1252 export). ISO-8859-1 and US-ASCII are read as windows-1252, their
 * superset, as browsers do. Any other declaration is kept.
 */
public final class CharsetSniffer {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> SINGLE_BYTE_LATIN = Set.of("US-ASCII", "ISO-8859-1", "windows-1252",
        "ISO-8859-15");

    private CharsetSniffer() {
    }

    /** The charset to decode {@code body} with, given the one declared (null when none: UTF-8 is assumed). */
    public static Charset correct(Charset declared, byte[] body) {
        Charset d = declared == null ? StandardCharsets.UTF_8 : declared;
        if (d.equals(StandardCharsets.UTF_8) && !validUtf8(body)) {
            return WINDOWS_1252;
        }
        if (SINGLE_BYTE_LATIN.contains(d.name()) && hasMultiByteSequence(body) && validUtf8(body)) {
            return StandardCharsets.UTF_8;
        }
        if (d.equals(StandardCharsets.ISO_8859_1) || d.equals(StandardCharsets.US_ASCII)) {
            // as the WHATWG Encoding Standard does: bytes 0x80-0x9F are windows-1252 quotes and dashes, not C1 controls
            return WINDOWS_1252;
        }
        return d;
    }

    /**
     * Replaces C1 control characters (U+0080-U+009F), which never belong in a job text, by the windows-1252
     * characters they stand for: a feed exported from windows-1252 and mislabelled, or written as {@code &#146;},
     * means a quote or a dash there ("don&#146;t" is "don’t", as feedparser and HTML5 read it).
     */
    public static String c1ToWindows1252(String text) {
        if (text == null || text.chars().noneMatch(c -> c >= 0x80 && c <= 0x9F)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char m = c >= 0x80 && c <= 0x9F ? C1_AS_1252.charAt(c - 0x80) : c;
            b.append(m == '\uFFFD' ? c : m);
        }
        return b.toString();
    }

    /** windows-1252 bytes 0x80-0x9F decoded; the five unassigned ones stay as they were. */
    private static final String C1_AS_1252 = new String(c1Bytes(), WINDOWS_1252);

    private static byte[] c1Bytes() {
        byte[] b = new byte[32];
        for (int i = 0; i < 32; i++) b[i] = (byte) (0x80 + i);
        return b;
    }

    static boolean validUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasMultiByteSequence(byte[] body) {
        for (byte b : body) {
            if (b < 0) return true; // any byte >= 0x80: in valid UTF-8 that is part of a multi-byte sequence
        }
        return false;
    }
}
