package org.joinedup.crawler.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds JobPosting objects anywhere in a JSON-LD tree: top level, arrays, {@code @graph}, mainEntity. */
final class JobPostingFinder {
    private JobPostingFinder() {
    }

    static List<JsonNode> find(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        walk(root, 0, out);
        return out;
    }

    private static void walk(JsonNode n, int depth, List<JsonNode> out) {
        if (n == null || depth > JsonLdReader.MAX_DEPTH) {
            return;
        }
        if (n.isObject() && isJobPosting(n)) {
            out.add(n);
            return;
        }
        if (n.isContainerNode()) {
            for (JsonNode child : n) {
                walk(child, depth + 1, out);
            }
        }
    }

    /** Up to {@code max} distinct @type names found anywhere in the trees, in order of appearance. */
    static Set<String> typesIn(List<JsonNode> roots, int max) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode root : roots) {
            types(root, 0, max, out);
        }
        return out;
    }

    private static void types(JsonNode n, int depth, int max, Set<String> out) {
        if (n == null || depth > JsonLdReader.MAX_DEPTH || out.size() >= max || !n.isContainerNode()) {
            return;
        }
        JsonNode t = n.isObject() ? (n.has("@type") ? n.get("@type") : n.get("type")) : null;
        if (t != null && t.isTextual() && !t.asText().isBlank()) {
            out.add(bare(t.asText()));
        } else if (t != null && t.isArray()) {
            t.forEach(x -> { if (x.isTextual() && out.size() < max) out.add(bare(x.asText())); });
        }
        for (JsonNode child : n) {
            types(child, depth + 1, max, out);
        }
    }

    static boolean isJobPosting(JsonNode n) {
        return hasType(n, "JobPosting");
    }

    /** True when @type (string or array, with or without a schema.org prefix) names the type. */
    static boolean hasType(JsonNode n, String type) {
        JsonNode t = n.has("@type") ? n.get("@type") : n.get("type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.isTextual() && bare(x.asText()).equals(type)) return true;
            }
            return false;
        }
        return t.isTextual() && bare(t.asText()).equals(type);
    }

    private static String bare(String t) {
        String s = t.strip();
        int cut = Math.max(s.lastIndexOf('/'), Math.max(s.lastIndexOf(':'), s.lastIndexOf('#')));
        return cut >= 0 ? s.substring(cut + 1) : s;
    }
}
