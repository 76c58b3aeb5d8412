package org.joinedup.crawler.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small DOM helpers that match elements by local name regardless of namespace or prefix. */
public final class DomText {
    private DomText() {
    }

    /** Local name of a node, without prefix. */
    public static String localName(Node n) {
        String name = n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
    }

    /** All descendant elements (document order) whose local name equals one of the names, ignoring case. */
    public static List<Element> descendants(Element root, String... names) {
        List<Element> out = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element el = (Element) all.item(i);
            if (matches(el, names)) {
                out.add(el);
            }
        }
        return out;
    }

    /** First descendant with one of the names, or null. */
    public static Element first(Element root, String... names) {
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element el = (Element) all.item(i);
            if (matches(el, names)) {
                return el;
            }
        }
        return null;
    }

    /** Direct child elements. */
    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                out.add(el);
            }
        }
        return out;
    }

    /** Stripped text of the first descendant with one of the names, or null when absent or blank. */
    public static String text(Element root, String... names) {
        Element el = first(root, names);
        return el == null ? null : text(el);
    }

    /** Stripped text content, or null when blank. */
    public static String text(Element el) {
        String t = el.getTextContent();
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** Normalised name for matching: lower case without '-' and '_'. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    private static boolean matches(Element el, String... names) {
        String k = key(localName(el));
        for (String n : names) {
            if (k.equals(key(n))) {
                return true;
            }
        }
        return false;
    }
}
