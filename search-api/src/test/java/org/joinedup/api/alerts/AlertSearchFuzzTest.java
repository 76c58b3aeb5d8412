package org.joinedup.api.alerts;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.api.fuzz.FuzzBounds;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the saved-search string of an alert ({@code "search":"q=nurse&region=Utrecht"} at sign-up and in a
 * manage PATCH): {@link AlertSearch#parse}. Property: it returns the parameters or throws a
 * {@link BadParameterException} naming the bad parameter (a 400), never another exception; what it accepts
 * survives the round trip the service makes with it (stored, written back as the web page's query string, read
 * again: the same parameters, and the same search request); the mail summary is written without failing; and it
 * stays within {@link FuzzBounds} (1 s CPU, 64 MiB allocated per input).
 *
 * <p>Input: the search string as UTF-8 text.
 */
class AlertSearchFuzzTest {
    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void savedSearch(byte[] input) {
        String search = new String(input, StandardCharsets.UTF_8);
        FuzzBounds.Outcome<Map<String, List<String>>> parsed = FuzzBounds.run(() -> AlertSearch.parse(search),
            BadParameterException.class);
        FuzzBounds.namesParameter(parsed.refusal());
        if (parsed.refused()) return;
        Map<String, List<String>> params = parsed.value();
        String again = AlertSearch.queryString(params);
        Map<String, List<String>> reparsed = FuzzBounds.run(() -> AlertSearch.parse(again)).value();
        FuzzBounds.require(params.equals(reparsed), "round trip changed " + params + " into " + reparsed);
        FuzzBounds.require(AlertSearch.request(params).equals(AlertSearch.request(reparsed)),
            "round trip changed the search request");
        FuzzBounds.require(!AlertSearch.describe(params).isEmpty(), "empty mail summary");
    }
}
