package org.joinedup.api.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * The one escaper for text put into HTML, SVG or XML we write (element content and quoted attribute values):
 * jsoup's, in its XHTML mode, so the result is valid in both HTML and XML ({@code & < > " '} as references,
 * U+00A0 as {@code &#xa0;}, characters XML 1.0 cannot carry dropped).
 */
public final class Markup {
    private static final Document.OutputSettings XHTML = new Document.OutputSettings()
        .escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8").syntax(Document.OutputSettings.Syntax.xml);

    private Markup() {
    }

    /** {@code text} escaped for element content and quoted attribute values. */
    public static String escape(String text) {
        return Entities.escape(text, XHTML);
    }
}
