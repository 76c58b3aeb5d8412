package org.joinedup.indexer.normalise;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of sanitised HTML: one line per paragraph, list item or heading, spaces collapsed.
 *
 * <p>Whitespace is collapsed in one pass over the characters rather than with a chain of regular expressions
 * (it ran on every posting and was a tenth of the normaliser's time); {@link #lines} states the rules.
 */
final class PlainText implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();

    private PlainText() {
    }

    /** The text of an element's contents. */
    static String of(Element root) {
        PlainText v = new PlainText();
        root.traverse(v);
        return lines(v.out);
    }

    /**
     * Text with no-break spaces read as spaces, runs of spaces and tabs made one space, spaces around a line
     * break dropped, runs of line breaks made one, and leading and trailing whitespace stripped: what
     * {@code replace('\u00A0', ' ').replaceAll("[ \t]+", " ").replaceAll(" ?\n ?", "\n").replaceAll("\n{2,}", "\n")
     * .strip()} gives on text whose other whitespace was already collapsed.
     */
    static String lines(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        boolean newline = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                space = true;
            } else if (c == '\n') {
                newline = true;
            } else {
                if (newline) {
                    if (!b.isEmpty()) b.append('\n');
                } else if (space && !b.isEmpty()) {
                    b.append(' ');
                }
                space = false;
                newline = false;
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    /** Appends text with every run of ASCII whitespace ({@code \s}) made one space, a run of other text at once. */
    private void appendCollapsed(String text) {
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (isSpace(text.charAt(i))) {
                out.append(text, start, i).append(' ');
                while (++i < n && isSpace(text.charAt(i))) {
                    // the rest of the run
                }
                start = i;
            } else {
                i++;
            }
        }
        out.append(text, start, n);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendCollapsed(t.getWholeText());
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
