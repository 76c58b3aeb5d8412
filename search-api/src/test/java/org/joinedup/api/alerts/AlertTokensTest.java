package org.joinedup.api.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joinedup.api.errors.BadParameterException;
import org.junit.jupiter.api.Test;

/** Signed and random tokens, and saved-search parameters. */
class AlertTokensTest {
    private final AlertTokens tokens = new AlertTokens("a-test-secret-that-is-long-enough-1234");

    @Test
    void signedTokensVerifyOnlyForTheirPurposeAndSecret() {
        String t = tokens.sign("unsubscribe", "alert-1");
        assertEquals(Optional.of("alert-1"), tokens.verify("unsubscribe", t));
        assertTrue(tokens.verify("manage", t).isEmpty());
        assertTrue(tokens.verify("unsubscribe", "alert-2" + t.substring(t.indexOf('.'))).isEmpty());
        assertTrue(new AlertTokens("another-secret-that-is-long-enough-12").verify("unsubscribe", t).isEmpty());
        assertTrue(tokens.verify("unsubscribe", null).isEmpty());
        assertTrue(tokens.verify("unsubscribe", "no-dot").isEmpty());
    }

    @Test
    void subscriberKeyIgnoresCaseAndRandomTokensAreStoredHashed() {
        assertEquals(tokens.subscriberKey("Jo@Example.test"), tokens.subscriberKey(" jo@example.test"));
        assertNotEquals(AlertTokens.random(), AlertTokens.random());
        assertEquals(64, AlertTokens.sha256("x").length());
        assertEquals(43, AlertTokens.random().length());
    }

    @Test
    void searchParametersAreTheSearchApisOwn() {
        Map<String, List<String>> p = AlertSearch.parse("?q=nurse&region=North%20Yorkshire&page=3&sort=date");
        assertEquals(Map.of("q", List.of("nurse"), "region", List.of("North Yorkshire")), p);
        assertEquals("q=nurse&region=North%20Yorkshire", AlertSearch.queryString(p));
        assertEquals("nurse", AlertSearch.request(p).query());
        assertEquals("colour", assertThrowsBad(() -> AlertSearch.parse("colour=blue")));
        assertEquals("employmentType", assertThrowsBad(() -> AlertSearch.parse("employmentType=sometimes")));
    }

    private static String assertThrowsBad(Runnable r) {
        try {
            r.run();
        } catch (BadParameterException e) {
            return e.parameter();
        }
        throw new AssertionError("expected a bad parameter");
    }
}
