package org.joinedup.crawler.xml;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.parsers.ParserConfigurationException;
import org.joinedup.crawler.ParseException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads XML bytes into a DOM safely: decode with charset sniffing, refuse entity declarations, parse with a
 * hardened builder, and on a well-formedness error try once more after {@link XmlRepair}.
 */
public final class XmlDocuments {
    private XmlDocuments() {
    }

    /** Parses XML; the reason of a failure names the first error. */
    public static Document parse(byte[] body, String contentType) throws ParseException {
        if (body.length == 0) {
            throw new ParseException("empty document");
        }
        String text = XmlText.decode(body, contentType);
        try {
            return strict(text);
        } catch (SAXParseException first) {
            String repaired = XmlRepair.repair(text);
            if (repaired.equals(text)) {
                throw new ParseException(describe(first), first);
            }
            try {
                return strict(repaired);
            } catch (SAXParseException second) {
                throw new ParseException(describe(first), first);
            } catch (SAXException | IOException e) {
                throw refusal(e);
            }
        } catch (SAXException | IOException e) {
            throw refusal(e);
        }
    }

    private static Document strict(String text) throws SAXException, IOException, ParseException {
        try {
            HardenedXml.entityRefusingReader().parse(new InputSource(new StringReader(text)));
            return HardenedXml.documentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks a required safety feature", e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ParseException("XML parser failed: " + e.getClass().getSimpleName());
        }
    }

    private static ParseException refusal(Exception e) {
        if (e instanceof HardenedXml.EntityDeclaredException) {
            return new ParseException(e.getMessage());
        }
        return new ParseException("XML refused: " + e.getMessage(), e);
    }

    private static String describe(SAXParseException e) {
        return "not well-formed XML: line " + e.getLineNumber() + ": " + e.getMessage();
    }
}
