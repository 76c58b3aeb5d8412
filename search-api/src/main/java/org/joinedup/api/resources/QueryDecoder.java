package org.joinedup.api.resources;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.joinedup.api.errors.BadParameterException;

/**
 * Decodes raw query parameters strictly: a broken percent-escape or bytes that are not UTF-8 are a 400 naming
 * the parameter, where the container's lenient decoding would silently turn them into replacement characters.
 */
final class QueryDecoder {
    private QueryDecoder() {
    }

    /** @param raw parameters as sent, still percent-encoded ({@code UriInfo.getQueryParameters(false)}) */
    static MultivaluedMap<String, String> decode(MultivaluedMap<String, String> raw) {
        MultivaluedMap<String, String> out = new MultivaluedHashMap<>();
        for (Map.Entry<String, List<String>> e : raw.entrySet()) {
            String name = decode(e.getKey(), "query string");
            for (String v : e.getValue()) out.add(name, decode(v == null ? "" : v, name));
        }
        return out;
    }

    static String decode(String s, String parameter) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) return s;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= s.length()) bad(parameter);
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) bad(parameter);
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
                byte[] b = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                .toString();
        } catch (CharacterCodingException e) {
            throw new BadParameterException(parameter, "is not valid UTF-8");
        }
    }

    private static void bad(String parameter) {
        throw new BadParameterException(parameter, "has a malformed percent-encoding");
    }
}
