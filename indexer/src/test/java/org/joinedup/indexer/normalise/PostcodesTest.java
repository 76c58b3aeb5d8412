package org.joinedup.indexer.normalise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numeric postcode ranges, including postcodes with line breaks in them. */
class PostcodesTest {
    private static final List<String> TAMPERE = List.of("33100-33900");

    @Test
    void leadingDigitsDecide() {
        assertTrue(Postcodes.matches(TAMPERE, "33100", "FI"));
        assertTrue(Postcodes.matches(TAMPERE, "FI-33500 Tampere", "FI"));
        assertFalse(Postcodes.matches(TAMPERE, "00100", "FI"));
    }

    /**
     * Found by PlaceFuzzTest (issue 26, input {@code PlaceFuzzTestInputs/place/crash-e7daa2...}): a line break in
     * the postcode left non-digits in place and Integer.parseInt threw, so the normaliser rejected the posting.
     */
    @Test
    void aLineBreakInThePostcodeEndsItsDigits() {
        assertTrue(Postcodes.matches(TAMPERE, "33100\r\nTampere", "FI"));
        assertFalse(Postcodes.matches(TAMPERE, "\u0012\u0000\u0000\u0000\r\u0000\u0000\u0000", "FI"));
    }
}
