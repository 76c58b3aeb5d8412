package org.joinedup.indexer.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joinedup.indexer.InvalidSearchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"nurse", "\"staff nurse\" -agency", "nurse OR verpleegkundige", "nurs*",
        "(social OR care) worker", "sygeplejerske i Århus", "C++ developer", "£30,000 nurse", "\"what? ~ /x/\""})
    void acceptsTheSimpleSyntax(String q) {
        assertDoesNotThrow(() -> QueryGuard.check(q));
    }

    @Test
    void refusesLeadingWildcards() {
        InvalidSearchException e = assertThrows(InvalidSearchException.class, () -> QueryGuard.check("*urse"));
        assertEquals("query", e.component());
        assertTrue(e.getMessage().contains("leading wildcards"), e.getMessage());
        assertThrows(InvalidSearchException.class, () -> QueryGuard.check("staff -*agency"));
    }

    @Test
    void refusesInnerAndShortWildcards() {
        assertTrue(assertThrows(InvalidSearchException.class, () -> QueryGuard.check("n*rse")).getMessage()
            .contains("end a word"));
        assertTrue(assertThrows(InvalidSearchException.class, () -> QueryGuard.check("n*")).getMessage()
            .contains("at least 2 letters"));
        assertThrows(InvalidSearchException.class, () -> QueryGuard.check("nu?se"));
    }

    @Test
    void refusesRegexAndFuzzy() {
        assertTrue(assertThrows(InvalidSearchException.class, () -> QueryGuard.check("/nurs.*/")).getMessage()
            .contains("regular expressions"));
        assertThrows(InvalidSearchException.class, () -> QueryGuard.check("care (/wor[kc]er/)"));
        assertTrue(assertThrows(InvalidSearchException.class, () -> QueryGuard.check("nurse~2")).getMessage()
            .contains("fuzzy"));
        assertThrows(InvalidSearchException.class, () -> QueryGuard.check("\"staff nurse\"~3"));
    }

    @Test
    void capsLengthAndTerms() {
        assertTrue(assertThrows(InvalidSearchException.class, () -> QueryGuard.check("a".repeat(501))).getMessage()
            .contains("500 characters"));
        assertDoesNotThrow(() -> QueryGuard.check("w ".repeat(QueryGuard.MAX_TERMS).strip()));
        String tooMany = "w ".repeat(QueryGuard.MAX_TERMS + 1).strip();
        assertTrue(assertThrows(InvalidSearchException.class, () -> QueryGuard.check(tooMany)).getMessage()
            .contains("65 terms"));
    }

    @Test
    void refusesControlCharacters() {
        assertThrows(InvalidSearchException.class, () -> QueryGuard.check("nurse\u0000"));
    }
}
