package org.joinedup.indexer.normalise;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.joinedup.crawler.Posting;
import org.joinedup.indexer.Vacancy;
import org.joinedup.indexer.fuzz.FuzzBounds;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link SalaryParser} with a published salary (structured parts and free text). Property: it returns a
 * salary or null and never throws; a salary with both ends has {@code min <= max}; amounts and annualised values
 * are positive finite numbers; and it stays within {@link FuzzBounds} (1 s CPU, 64 MiB allocated per input).
 *
 * <p>Input: UTF-8 text in lines: source country, min, max, currency, unit, then the salary text (the rest). A
 * min or max that is not a number is left out, as a parser upstream would.
 */
class SalaryParserFuzzTest {
    private static final SalaryParser PARSER = new SalaryParser();

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void salary(byte[] input) {
        String[] f = FuzzBounds.fields(input, 6);
        Posting.Salary published = new Posting.Salary(number(f[1]), number(f[2]), f[3], f[4], f[5]);
        Vacancy.Salary s = FuzzBounds.run(() -> PARSER.parse(published, f[0])).value();
        if (s == null) return;
        check(s.min());
        check(s.max());
        check(s.annualMin());
        check(s.annualMax());
        FuzzBounds.require(s.min() == null || s.max() == null || s.min() <= s.max(), "min above max: " + s);
    }

    private static void check(Double d) {
        FuzzBounds.require(d == null || (d > 0 && Double.isFinite(d)), "amount not a positive finite number: " + d);
    }

    private static Double number(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Double.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
