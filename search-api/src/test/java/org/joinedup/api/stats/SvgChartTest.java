package org.joinedup.api.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.joinedup.indexer.stats.CouncilSummary;
import org.joinedup.indexer.stats.MonthCount;
import org.joinedup.indexer.stats.Series;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartTest {
    private static final String NASTY = "<script>alert('x')</script> & \"Council\" \u0001";

    /** Parses with DTDs and external entities off, as any consumer of untrusted XML should. */
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void monthlyChartIsWellFormedAccessibleAndEscaped() throws Exception {
        Series s = new Series("x", List.of(new MonthCount(YearMonth.of(2026, 1), 5, 3, 1),
            new MonthCount(YearMonth.of(2026, 2), 6, 4, 2)));
        String svg = SvgChart.monthly(s, NASTY, "en");
        Document d = parse(svg);
        Element root = d.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        assertTrue(root.getAttribute("viewBox").startsWith("0 0 "));
        assertTrue(root.getAttribute("width").isEmpty(), "scales with its container");
        String title = d.getElementsByTagName("title").item(0).getTextContent();
        assertTrue(title.contains("<script>alert('x')</script> & \"Council\""), title);
        assertTrue(d.getElementsByTagName("desc").item(0).getTextContent().contains("New: 7, Closed: 3"));
        assertEquals(4, bars(d, "bar"));
        assertTrue(!svg.contains("<script>"), "no raw markup from data");
    }

    @Test
    void councilsChartHasOneBarPerCouncil() throws Exception {
        String svg = SvgChart.councils(List.of(new CouncilSummary(NASTY, 3, 1, 0, List.of()),
            new CouncilSummary("Aarhus Kommune", 7, 2, 1, List.of())), "da");
        Document d = parse(svg);
        assertEquals(2, bars(d, "bar open"));
        assertTrue(d.getElementsByTagName("title").item(0).getTextContent().startsWith("Åbne stillinger"));
        assertTrue(d.getElementsByTagName("desc").item(0).getTextContent().contains("Aarhus Kommune: 7."));
    }

    @Test
    void emptyDataStillDrawsAnAxis() throws Exception {
        parse(SvgChart.councils(List.of(), "fi"));
        parse(SvgChart.monthly(new Series(null, List.of(new MonthCount(YearMonth.of(2026, 1), 0, 0, 0))), "x", "nl"));
    }

    @Test
    void niceSteps() {
        assertEquals(1, SvgChart.niceStep(1));
        assertEquals(2, SvgChart.niceStep(12));
        assertEquals(10, SvgChart.niceStep(45));
        assertEquals(200, SvgChart.niceStep(1100));
    }

    private static int bars(Document d, String cls) {
        NodeList rects = d.getElementsByTagName("rect");
        int n = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            if (((Element) rects.item(i)).getAttribute("class").startsWith(cls)) n++;
        }
        return n;
    }
}
