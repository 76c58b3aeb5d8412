package org.joinedup.crawler.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import org.joinedup.crawler.feed.FeedParser;
import org.joinedup.crawler.parse.ParseContext;
import org.joinedup.crawler.xml.XmlDocuments;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the feed path below the front door's catch-all: hardened XML reading, then ROME and the entry
 * mapper. A runtime exception here would make the front door drop a whole feed, so it counts as a finding.
 * {@code mvn test} replays {@code FeedParserFuzzTestInputs/feed}; {@code reliability/fuzz.sh} fuzzes.
 */
class FeedParserFuzzTest {
    static final ParseContext CTX = new ParseContext("fuzz", "https://council.example/jobs/feed.xml", null,
        Instant.parse("2026-11-20T09:00:00Z"));

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void feed(byte[] input) {
        FuzzProperty.check(input, body -> FeedParser.parse(XmlDocuments.parse(body, null), CTX));
    }
}
