package org.joinedup.crawler.parse;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Guesses what a body is from its first bytes, trusting the Content-Type only as a tie-breaker. */
final class BodySniffer {
    enum Kind { JSON, HTML, XML, UNKNOWN }

    private BodySniffer() {
    }

    static Kind sniff(byte[] body, String contentType) {
        String head = head(body);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (head.startsWith("{") || head.startsWith("[")) {
            return Kind.JSON;
        }
        if (head.startsWith("<")) {
            String h = head.toLowerCase(Locale.ROOT);
            if (h.startsWith("<!doctype html") || h.contains("<html") || h.contains("<head") || h.contains("<body")
                || h.contains("<script") || h.contains("<div") || h.contains("<meta")) {
                return h.startsWith("<?xml") && !h.contains("<html") ? Kind.XML : Kind.HTML;
            }
            return Kind.XML;
        }
        if (type.contains("json")) return Kind.JSON;
        if (type.contains("html")) return Kind.HTML;
        if (type.contains("xml")) return Kind.XML;
        return Kind.UNKNOWN;
    }

    /** The first ~1 KiB as text, without BOMs, NULs (UTF-16/32) and leading whitespace. */
    private static String head(byte[] body) {
        int n = Math.min(body.length, 4096);
        StringBuilder b = new StringBuilder();
        for (char c : new String(body, 0, n, StandardCharsets.ISO_8859_1).toCharArray()) {
            if (c != 0 && c != 0xFE && c != 0xFF && c != 0xEF && c != 0xBB && c != 0xBF) {
                b.append(c);
            }
        }
        return b.toString().stripLeading();
    }
}
