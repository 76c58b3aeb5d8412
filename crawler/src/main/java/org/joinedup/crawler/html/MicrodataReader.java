package org.joinedup.crawler.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns HTML microdata items into JSON trees shaped like JSON-LD ({@code @type} plus properties), so the
 * same mapper reads both. Property values follow the WHATWG microdata rules (meta content, link href, time
 * datetime, ...). Nesting is capped.
 */
final class MicrodataReader {
    private static final int MAX_LEVELS = 512;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Set<String> URL_ATTR_TAGS = Set.of("a", "area", "link");
    private static final Set<String> SRC_TAGS = Set.of("audio", "embed", "iframe", "img", "source", "track", "video");

    private MicrodataReader() {
    }

    /** Top-level items of the page. */
    static List<JsonNode> items(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element el : doc.select("[itemscope]:not([itemprop])")) {
            out.add(item(el, 0));
        }
        return out;
    }

    private static ObjectNode item(Element scope, int depth) {
        ObjectNode node = F.objectNode();
        String type = scope.attr("itemtype").strip();
        if (!type.isEmpty()) {
            node.put("@type", type.split("\\s+")[0]);
        }
        collect(scope, node, depth, 0);
        return node;
    }

    private static void collect(Element parent, ObjectNode node, int depth, int level) {
        if (level > MAX_LEVELS) {
            return;
        }
        for (Element child : parent.children()) {
            if (child.hasAttr("itemprop")) {
                JsonNode value = child.hasAttr("itemscope")
                    ? (depth < JsonLdReader.MAX_DEPTH ? item(child, depth + 1) : F.nullNode())
                    : F.textNode(value(child));
                for (String name : child.attr("itemprop").strip().split("\\s+")) {
                    if (!name.isEmpty()) add(node, name, value);
                }
            }
            if (!child.hasAttr("itemscope")) {
                collect(child, node, depth, level + 1);
            }
        }
    }

    private static void add(ObjectNode node, String name, JsonNode value) {
        JsonNode existing = node.get(name);
        if (existing == null) {
            node.set(name, value);
        } else if (existing.isArray()) {
            ((ArrayNode) existing).add(value);
        } else {
            node.set(name, F.arrayNode().add(existing).add(value));
        }
    }

    private static String value(Element el) {
        String tag = el.normalName();
        if (tag.equals("meta")) return el.attr("content");
        if (URL_ATTR_TAGS.contains(tag)) return el.absUrl("href").isEmpty() ? el.attr("href") : el.absUrl("href");
        if (SRC_TAGS.contains(tag)) return el.absUrl("src").isEmpty() ? el.attr("src") : el.absUrl("src");
        if (tag.equals("object")) return el.attr("data");
        if (tag.equals("data") || tag.equals("meter")) return el.attr("value");
        if (tag.equals("time") && el.hasAttr("datetime")) return el.attr("datetime");
        if (el.hasAttr("content")) return el.attr("content");
        return el.html().isBlank() ? el.text() : (isDescription(el) ? el.html() : el.text());
    }

    private static boolean isDescription(Element el) {
        return el.attr("itemprop").contains("description");
    }
}
