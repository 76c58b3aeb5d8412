package org.joinedup.crawler.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.joinedup.crawler.html.HtmlJobPostingParser;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the career-page path: jsoup, JSON-LD blocks and microdata mapped to postings ({@code page}), and a
 * bare JSON-LD push body ({@code jsonLd}). Runtime exceptions count as findings.
 */
class HtmlJobPostingFuzzTest {
    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void page(byte[] input) {
        FuzzProperty.check(input, body -> HtmlJobPostingParser.parsePage(body, FeedParserFuzzTest.CTX).postings());
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void jsonLd(byte[] input) {
        FuzzProperty.check(input, body -> HtmlJobPostingParser.parseJson(new String(body, StandardCharsets.UTF_8),
            FeedParserFuzzTest.CTX));
    }
}
