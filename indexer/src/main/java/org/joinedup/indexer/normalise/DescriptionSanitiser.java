package org.joinedup.indexer.normalise;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * Makes published description HTML safe to show and index: keeps p, br, ul, ol, li, strong, em, b, i, h2-h4 and
 * a[href] (http, https, mailto; relative links made absolute against the page; rel="nofollow noopener" added),
 * drops everything else including script, style, iframe, object, svg, event handler attributes and javascript:
 * or data: URLs, keeping the text of dropped layout elements. Also returns the plain text.
 *
 * <p>Feeds often escape HTML twice: when the input has no tags but escaped ones ("&amp;lt;p&amp;gt;"), it is
 * unescaped once before parsing; text still holding entities ("&amp;amp;") or mojibake is repaired
 * ({@link TextRepair}). Layout blocks (div, section, td, ...) become paragraphs so their text does not run
 * together. Thread-safe.
 */
final class DescriptionSanitiser {
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
    /** "&lt;iframe src=x /&gt;": HTML5 ignores the slash and swallows the rest of the text as raw content. */
    private static final Pattern SELF_CLOSED_RAW = Pattern.compile(
        "(<(iframe|noscript|noembed|noframes|xmp|textarea|title)\\b[^>]*?)\\s*/>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ESCAPED_TAG = Pattern.compile("&lt;\\s*/?\\s*[a-zA-Z]", Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "div, section, article, header, footer, main, aside, nav, blockquote, pre, "
        + "address, dd, dt, dl, tr, table, figure, figcaption, form, fieldset, center";
    private static final Safelist SAFELIST = new Safelist()
        .addTags("p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "h2", "h3", "h4", "a")
        .addAttributes("a", "href")
        .addProtocols("a", "href", "http", "https", "mailto")
        .addEnforcedAttribute("a", "rel", "nofollow noopener");

    /** Sanitised HTML and its plain text. */
    record Sanitised(String html, String text) {
    }

    /**
     * Sanitises description HTML (or plain text).
     *
     * @param raw     as published, may be null
     * @param baseUri the page it came from, for relative links; may be null
     */
    Sanitised sanitise(String raw, String baseUri) {
        if (raw == null || raw.isBlank()) return new Sanitised("", "");
        String html = raw;
        if (!TAG.matcher(html).find() && ESCAPED_TAG.matcher(html).find()) {
            html = Parser.unescapeEntities(html, false);
        }
        if (html.contains("/>")) html = SELF_CLOSED_RAW.matcher(html).replaceAll("$1></$2>");
        Document dirty = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
        dirty.select("script, style, noscript, template, iframe, frame, frameset, head, title").remove();
        flattenLayout(dirty.body());
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) t.text(TextRepair.repair(t.getWholeText()));
        }, clean.body());
        return new Sanitised(clean.body().html().strip(), PlainText.of(clean.body()));
    }

    /** One line of plain text from a title or name that may contain markup or double-escaped entities. */
    static String plainLine(String raw) {
        if (raw == null) return "";
        String s = TAG.matcher(raw).find() || raw.contains("&") ? Jsoup.parseBodyFragment(raw).body().text() : raw;
        return TextRepair.repair(s).replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static void flattenLayout(Element body) {
        for (Element el : body.select("h1")) el.tagName("h2");
        for (Element el : body.select("h5, h6")) el.tagName("h4");
        for (Element el : body.select("td, th")) el.after(new TextNode(" "));
        var blocks = body.select(BLOCKS);
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Element el = blocks.get(i);
            if (hasBlockChild(el)) {
                el.unwrap();
            } else {
                el.tagName("p");
            }
        }
    }

    private static boolean hasBlockChild(Element el) {
        for (Node child : el.childNodes()) {
            if (child instanceof Element e && e.isBlock() && !e.tagName().equals("br")) return true;
        }
        return false;
    }
}
