package org.joinedup.crawler.xml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * One pass of real-world repair before a second parse: drops junk before the first tag and characters XML
 * forbids, turns HTML named entities (&amp;aring;, &amp;nbsp;, &amp;euro;) into numeric references, and escapes
 * bare ampersands. CDATA sections are left alone. No DTD is consulted.
 */
final class XmlRepair {
    private static final Pattern TOKENS = Pattern.compile(
        "<!\\[CDATA\\[.*?\\]\\]>|&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|([A-Za-z][A-Za-z0-9]{0,31});)?", Pattern.DOTALL);

    private XmlRepair() {
    }

    static String repair(String text) {
        String s = dropLeadingJunk(text);
        s = dropForbiddenChars(s);
        return fixAmpersands(s);
    }

    private static String dropLeadingJunk(String s) {
        int lt = s.indexOf('<');
        return lt > 0 && s.substring(0, lt).isBlank() ? s.substring(lt) : s;
    }

    private static String dropForbiddenChars(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (ok) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String fixAmpersands(String s) {
        Matcher m = TOKENS.matcher(s);
        StringBuilder b = new StringBuilder(s.length() + 64);
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(replacement(m)));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String replacement(Matcher m) {
        String all = m.group();
        if (all.startsWith("<![CDATA[") || m.group(1) != null && m.group(2) == null) {
            return all; // CDATA or a numeric reference
        }
        String name = m.group(2);
        if (name == null) {
            return "&amp;";
        }
        if (name.matches("amp|lt|gt|quot|apos")) {
            return all;
        }
        if (Entities.isNamedEntity(name)) {
            StringBuilder refs = new StringBuilder();
            Entities.getByName(name).codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
            return refs.toString();
        }
        return "&amp;" + name + ";";
    }
}
