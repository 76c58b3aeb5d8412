package org.joinedup.crawler.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.joinedup.crawler.jobxml.HrXmlParser;
import org.joinedup.crawler.jobxml.JobXmlParser;
import org.joinedup.crawler.xml.XmlDocuments;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;

/**
 * Fuzzes the job-XML path: hardened XML reading, then the HR-XML PositionOpening parser or the Indeed-style
 * job list parser, whichever accepts the document. Runtime exceptions count as findings.
 */
class JobXmlFuzzTest {
    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void jobXml(byte[] input) {
        FuzzProperty.check(input, body -> {
            Document doc = XmlDocuments.parse(body, null);
            if (HrXmlParser.accepts(doc)) {
                return HrXmlParser.parse(doc, FeedParserFuzzTest.CTX);
            }
            if (JobXmlParser.accepts(doc)) {
                return JobXmlParser.parse(doc, FeedParserFuzzTest.CTX);
            }
            return List.of();
        });
    }
}
