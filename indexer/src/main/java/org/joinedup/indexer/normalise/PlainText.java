package org.joinedup.indexer.normalise;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Plain text of sanitised HTML: one line per paragraph, list item or heading, spaces collapsed. */
final class PlainText implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();

    private PlainText() {
    }

    /** The text of an element's contents. */
    static String of(Element root) {
        PlainText v = new PlainText();
        root.traverse(v);
        return v.out.toString().replace('\u00A0', ' ').replaceAll("[ \\t]+", " ")
            .replaceAll(" ?\n ?", "\n").replaceAll("\n{2,}", "\n").strip();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            out.append(t.getWholeText().replaceAll("\\s+", " "));
        } else if (node instanceof Element e && e.tagName().equals("br")) {
            out.append('\n');
        } else if (node instanceof Element e && e.isBlock() && depth > 0) {
            out.append('\n');
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock() && depth > 0 && !e.tagName().equals("br")) {
            out.append('\n');
        }
    }
}
