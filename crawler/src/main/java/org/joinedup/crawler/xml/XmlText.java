package org.joinedup.crawler.xml;

import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import org.joinedup.crawler.charset.CharsetSniffer;
import java.nio.charset.StandardCharsets;

/**
 * Decodes XML bytes to text the way feed readers must: BOM, then HTTP charset vs XML declaration per
 * RFC 3023 (ROME's lenient {@link XmlReader}, the same rules as feedparser), falling back to BOM sniffing
 * (including UTF-32) and UTF-8 with replacement when declarations are bogus; a declaration the bytes
 * contradict (Latin-1 on UTF-8, UTF-8 on windows-1252) is corrected by {@link CharsetSniffer}.
 */
final class XmlText {
    private XmlText() {
    }

    static String decode(byte[] body, String contentType) {
        return CharsetSniffer.c1ToWindows1252(decodeAsDeclared(body, contentType));
    }

    private static String decodeAsDeclared(byte[] body, String contentType) {
        Charset bom = bomCharset(body);
        if (bom != null) {
            return stripBom(new String(body, bom)); // a BOM (or UTF-16/32 '<' pattern) outranks any declaration
        }
        try (XmlReader r = new XmlReader(new ByteArrayInputStream(body), contentType, true, "UTF-8")) {
            Charset chosen = Charset.forName(r.getEncoding());
            Charset corrected = CharsetSniffer.correct(chosen, body);
            if (!corrected.equals(chosen)) {
                return stripBom(new String(body, corrected)); // the declaration contradicts the bytes
            }
            StringWriter w = new StringWriter(body.length);
            r.transferTo(w);
            return stripBom(w.toString());
        } catch (IOException | RuntimeException e) {
            return stripBom(new String(body, CharsetSniffer.correct(null, body)));
        }
    }

    static Charset bomCharset(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF) || starts(b, 0x00, 0x00, 0x00, 0x3C)) return Charset.forName("UTF-32BE");
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00) || starts(b, 0x3C, 0x00, 0x00, 0x00)) return Charset.forName("UTF-32LE");
        if (starts(b, 0xFE, 0xFF) || starts(b, 0x00, 0x3C, 0x00, 0x3F)) return StandardCharsets.UTF_16BE;
        if (starts(b, 0x3C, 0x00, 0x3F, 0x00)) return StandardCharsets.UTF_16LE;
        if (starts(b, 0xFF, 0xFE)) return StandardCharsets.UTF_16LE;
        if (starts(b, 0xEF, 0xBB, 0xBF)) return StandardCharsets.UTF_8;
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) return false;
        }
        return true;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
