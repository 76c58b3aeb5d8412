package org.joinedup.crawler.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

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
