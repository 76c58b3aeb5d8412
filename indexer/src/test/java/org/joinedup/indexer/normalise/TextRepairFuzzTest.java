package org.joinedup.indexer.normalise;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.joinedup.indexer.fuzz.FuzzBounds;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the text clean-up every title, employer and description goes through: {@link TextRepair} (double-escaped
 * entities, mojibake, C1 controls), {@link DescriptionSanitiser} (HTML safelist and its plain text) and its
 * one-line form. Property: each returns text and never throws; a repair of text that needs none returns it
 * unchanged; and it stays within {@link FuzzBounds} (1 s CPU, 64 MiB allocated per input).
 *
 * <p>Input: UTF-8 text (invalid sequences become U+FFFD, as a decoder upstream would make them).
 */
class TextRepairFuzzTest {
    private static final DescriptionSanitiser SANITISER = new DescriptionSanitiser();

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void text(byte[] input) {
        String raw = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        String repaired = FuzzBounds.run(() -> TextRepair.repair(raw)).value();
        FuzzBounds.require(repaired != null, "repair returned null");
        FuzzBounds.require(FuzzBounds.run(() -> SANITISER.sanitise(raw, "https://council.example/jobs/1")).value()
            != null, "sanitise returned null");
        FuzzBounds.require(FuzzBounds.run(() -> DescriptionSanitiser.plainLine(raw)).value() != null,
            "plainLine returned null");
    }
}
