package org.joinedup.indexer.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.joinedup.indexer.InvalidSearchException;

/**
 * Opaque deep-paging cursors: the sort values of the last hit of a page, bound to the sort they came from.
 * The id is always the last sort key, so a cursor stays valid across index refreshes.
 */
final class Cursors {
    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();

    private Cursors() {
    }

    static String encode(String sortName, FieldDoc last) {
        StringBuilder sb = new StringBuilder(sortName);
        for (Object o : last.fields) {
            sb.append('~').append(encodeValue(o));
        }
        return ENC.encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor stands for.
     *
     * @throws IllegalArgumentException when the cursor is malformed or was made for another sort
     */
    static FieldDoc decode(String cursor, String sortName, int maxDoc) {
        String text;
        try {
            text = new String(DEC.decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException("cursor", "cursor is not valid");
        }
        String[] parts = text.split("~", -1);
        if (!parts[0].equals(sortName)) {
            throw new InvalidSearchException("cursor", "cursor was made for another sort order");
        }
        if (parts.length < 2) throw new InvalidSearchException("cursor", "cursor is not valid");
        List<Object> values = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            values.add(decodeValue(parts[i]));
        }
        // Sort values end with the unique id, so only the cursor's own document ties with it; the highest doc
        // id makes Lucene's final doc-id tie-break skip that document wherever it now is.
        return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, values.toArray());
    }

    private static String encodeValue(Object o) {
        if (o == null) return "n";
        if (o instanceof Float f) return "f" + Float.floatToIntBits(f);
        if (o instanceof Long l) return "l" + l;
        if (o instanceof Double d) return "d" + Double.doubleToLongBits(d);
        if (o instanceof BytesRef b) return "b" + ENC.encodeToString(BytesRef.deepCopyOf(b).bytes);
        throw new IllegalStateException("unexpected sort value " + o.getClass());
    }

    private static Object decodeValue(String s) {
        try {
            return switch (s.isEmpty() ? ' ' : s.charAt(0)) {
                case 'n' -> null;
                case 'f' -> Float.intBitsToFloat(Integer.parseInt(s.substring(1)));
                case 'l' -> Long.parseLong(s.substring(1));
                case 'd' -> Double.longBitsToDouble(Long.parseLong(s.substring(1)));
                case 'b' -> new BytesRef(DEC.decode(s.substring(1)));
                default -> throw new InvalidSearchException("cursor", "cursor is not valid");
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException("cursor", "cursor is not valid");
        }
    }
}
