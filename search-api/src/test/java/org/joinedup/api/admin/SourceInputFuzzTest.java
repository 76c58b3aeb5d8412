package org.joinedup.api.admin;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.time.Instant;
import org.joinedup.api.config.SourceInput;
import org.joinedup.api.errors.BadParameterException;
import org.joinedup.api.fuzz.FuzzBounds;
import org.joinedup.api.persistence.SourceRecord;
import org.joinedup.crawler.Source;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes an admin's source body ({@code POST/PUT /api/v1/admin/sources}, {@code .../validate}) as the resource
 * reads it: {@link AdminJson} (strict JSON) into a {@link SourceInput}, {@link SourceRules} into a
 * {@link SourceRecord}, and that into the crawler's {@link Source} as the scheduler will. Property: a record comes
 * out or a {@link BadParameterException} naming the field (a 400); never another exception (a 500, or a source
 * saved that the scheduler then cannot build); an accepted URL is http(s) with a host; and it stays within
 * {@link FuzzBounds} (1 s CPU, 64 MiB allocated per input). Loopback is refused, as in production.
 *
 * <p>Input: the request body (JSON bytes).
 */
class SourceInputFuzzTest {
    private static final SourceRules RULES = new SourceRules(false);
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final URI SELF = URI.create("http://127.0.0.1:8080/");

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void source(byte[] input) {
        FuzzBounds.Outcome<SourceRecord> out = FuzzBounds.run(
            () -> RULES.toRecord(AdminJson.read(input, SourceInput.class), null, NOW), BadParameterException.class);
        FuzzBounds.namesParameter(out.refusal());
        if (out.refused()) return;
        Source source = FuzzBounds.run(() -> out.value().toSource(SELF)).value();
        if (source.url() != null) {
            String scheme = source.url().getScheme();
            FuzzBounds.require(("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                && source.url().getHost() != null, "accepted a URL the crawler cannot fetch: " + source.url());
        }
    }
}
