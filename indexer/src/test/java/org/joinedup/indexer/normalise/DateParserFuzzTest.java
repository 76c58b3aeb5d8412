package org.joinedup.indexer.normalise;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.joinedup.indexer.fuzz.FuzzBounds;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link DateParser}, which reads every published date (datePosted, validThrough, startDate) of every
 * source. Property: for any text and source country it returns a day or null (no supported form); it never throws,
 * and stays within {@link FuzzBounds} (1 s CPU, 64 MiB allocated per input).
 *
 * <p>Input: UTF-8 text; the first line is the source country (e.g. {@code US} reads month first), the rest the
 * published date.
 */
class DateParserFuzzTest {
    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void date(byte[] input) {
        String[] f = FuzzBounds.fields(input, 2);
        FuzzBounds.Outcome<LocalDate> out = FuzzBounds.run(() -> DateParser.forCountry(f[0]).parse(f[1]));
        FuzzBounds.require(f[1] != null && !f[1].isBlank() || out.value() == null, "a day from blank text");
    }
}
