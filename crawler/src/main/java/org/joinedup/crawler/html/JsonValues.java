package org.joinedup.crawler.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads schema.org values that may be a string, a number, an object with name/value/@value, or an array. */
final class JsonValues {
    private JsonValues() {
    }

    /** The text of a field, or null. */
    static String text(JsonNode parent, String field) {
        return parent == null ? null : text(parent.get(field));
    }

    /** The text of a value: first element of an array, {@code @value}, {@code value} or {@code name} of an object. */
    static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return null;
        if (v.isArray()) return v.isEmpty() ? null : text(v.get(0));
        if (v.isObject()) {
            for (String k : List.of("@value", "value", "name", "@id", "url")) {
                String t = text(v.get(k));
                if (t != null) return t;
            }
            return null;
        }
        String s = v.asText();
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Every element of a field that may be single or an array. */
    static List<JsonNode> all(JsonNode parent, String field) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode v = parent == null ? null : parent.get(field);
        if (v == null || v.isNull()) return out;
        if (v.isArray()) {
            v.forEach(out::add);
        } else {
            out.add(v);
        }
        return out;
    }

    /** A number from a number or numeric text, else null. */
    static Double number(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isNumber()) return v.asDouble();
        if (v.isTextual()) {
            try {
                String s = v.asText().strip().replace(",", "");
                return s.isEmpty() ? null : Double.valueOf(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
