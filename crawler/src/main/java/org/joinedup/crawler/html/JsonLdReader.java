package org.joinedup.crawler.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.joinedup.crawler.ParseException;

/**
 * Reads JSON-LD the way it is found in the wild: CDATA and HTML-comment wrappers, JS comments, raw control
 * characters, single quotes, trailing commas, several values in one block and trailing garbage. Nesting is
 * capped so hostile input cannot exhaust the stack.
 */
final class JsonLdReader {
    static final int MAX_DEPTH = 64;
    private static final String COMMENT_OPEN = "<!--";
    private static final String COMMENT_CLOSE = "-->";
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .maxStringLength(6_000_000).maxNumberLength(64).build())
            .build())
        .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
            JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
            JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
            JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS, JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
        .build();

    private JsonLdReader() {
    }

    /** Every top-level value in the text; fails only when not even the first value can be read. */
    static List<JsonNode> read(String raw) throws ParseException {
        String text = clean(raw);
        if (text.isBlank()) {
            throw new ParseException("empty JSON-LD");
        }
        List<JsonNode> out = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(text)) {
            while (true) {
                JsonNode n = MAPPER.readTree(p);
                if (n == null || n.isMissingNode()) {
                    break;
                }
                out.add(n);
            }
        } catch (IOException | RuntimeException e) {
            if (out.isEmpty()) {
                throw new ParseException("JSON-LD unreadable: " + firstLine(e.getMessage()), e);
            }
            // trailing garbage after good values: keep what was read
        }
        return out;
    }

    /** Removes wrappers browsers ignore and control characters JSON forbids outside strings. */
    static String clean(String raw) {
        String s = raw.strip();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1).strip();
        s = s.replace("<![CDATA[", "").replace("]]>", "");
        if (s.startsWith(COMMENT_OPEN) && s.endsWith(COMMENT_CLOSE)) {
            // The whole block wrapped in an HTML comment. In "<!-->" and "<!--->" the open and the close share
            // characters: an empty comment (as HTML reads it), not two ends to cut off one after the other.
            s = s.length() < COMMENT_OPEN.length() + COMMENT_CLOSE.length() ? ""
                : s.substring(COMMENT_OPEN.length(), s.length() - COMMENT_CLOSE.length());
        }
        s = s.replaceAll("(?s)^(\\s*<!--.*?-->)+", "").replaceAll("^\\s*<!--", "").replaceAll("-->\\s*$", "");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 && c != '\n' && c != '\r' && c != '\t' ? ' ' : c);
        }
        return b.toString().strip();
    }

    private static String firstLine(String msg) {
        if (msg == null) return "unknown error";
        int nl = msg.indexOf('\n');
        return nl > 0 ? msg.substring(0, nl) : msg;
    }
}
