package org.joinedup.crawler.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.joinedup.crawler.ParseException;
import org.junit.jupiter.api.Test;

/**
 * Wrapper stripping in {@link JsonLdReader#clean}: a prefix and a suffix that share characters ({@code <!--} and
 * {@code -->} in {@code <!-->}) must not be cut as two separate pieces (issue 26: Range [4, 2) out of bounds).
 */
class JsonLdReaderTest {

    @Test
    void commentWhoseOpenAndCloseOverlapIsEmpty() {
        assertEquals("", JsonLdReader.clean("<!-->"));
        assertEquals("", JsonLdReader.clean("<!--->"));
        assertEquals("", JsonLdReader.clean(" \uFEFF<!-->\n"));
        ParseException e = assertThrows(ParseException.class, () -> JsonLdReader.read("<!-->"));
        assertEquals("empty JSON-LD", e.reason());
    }

    @Test
    void wrappersAroundJsonAreStripped() throws ParseException {
        assertEquals("{\"a\":1}", JsonLdReader.clean("<!-- {\"a\":1} -->"));
        assertEquals("{\"a\":1}", JsonLdReader.clean("<!--{\"a\":1}-->"));
        assertEquals("{\"a\":1}", JsonLdReader.clean("<![CDATA[{\"a\":1}]]>"));
        assertEquals("{\"a\":1}", JsonLdReader.clean("<!-- first --> {\"a\":1}"));
        assertEquals("{}", JsonLdReader.clean("<!---->{}"));
        assertEquals(List.of("JobPosting"), JsonLdReader.read("<!--{\"@type\":\"JobPosting\"}-->").stream()
            .map(n -> n.get("@type").asText()).toList());
    }
}
