package org.joinedup.crawler.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.joinedup.crawler.ParseException;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.feed.FeedParser;
import org.joinedup.crawler.html.HtmlJobPostingParser;
import org.joinedup.crawler.html.HtmlPage;
import org.joinedup.crawler.jobxml.HrXmlParser;
import org.joinedup.crawler.jobxml.JobXmlParser;
import org.joinedup.crawler.xml.XmlDocuments;
import org.w3c.dom.Document;

/**
 * Parses any body a source may send. The configured format is a hint; the body decides: JSON goes to the
 * JSON-LD reader, HTML to the page parser, XML is routed by its root (feed, PositionOpening, job list).
 * Never touches files or the network; every failure is a {@link ParseException} with a reason.
 */
public final class Parsers {
    private Parsers() {
    }

    /** Parses one body. */
    public static ParsedBody parse(SourceFormat hint, byte[] body, ParseContext ctx) throws ParseException {
        if (body == null || body.length == 0) {
            throw new ParseException("empty body");
        }
        BodySniffer.Kind kind = BodySniffer.sniff(body, ctx.contentType());
        try {
            return switch (kind) {
                case JSON -> json(body, ctx);
                case HTML -> html(body, ctx);
                case XML, UNKNOWN -> xmlOrHtml(hint, kind, body, ctx);
            };
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new ParseException("document too complex: " + e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            throw new ParseException("parser failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static ParsedBody xmlOrHtml(SourceFormat hint, BodySniffer.Kind kind, byte[] body, ParseContext ctx)
        throws ParseException {
        if (kind == BodySniffer.Kind.UNKNOWN && hint == SourceFormat.CAREER_SITE) {
            return html(body, ctx);
        }
        Document doc;
        try {
            doc = XmlDocuments.parse(body, ctx.contentType());
        } catch (ParseException e) {
            if (hint == SourceFormat.CAREER_SITE) {
                return html(body, ctx);
            }
            throw e;
        }
        return route(doc, body, ctx);
    }

    private static ParsedBody route(Document doc, byte[] body, ParseContext ctx) throws ParseException {
        String root = doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getNodeName()
            : doc.getDocumentElement().getLocalName();
        String r = root.toLowerCase(Locale.ROOT);
        if (r.equals("rss") || r.equals("rdf") || r.equals("feed") || r.equals("channel")) {
            String kind = r.equals("feed") ? "Atom feed" : r.equals("rdf") ? "RDF feed" : "RSS feed";
            String items = r.equals("feed") ? "entries" : "items";
            return of(SourceFormat.FEED, FeedParser.parse(doc, ctx), kind + " parsed: 0 " + items);
        }
        if (HrXmlParser.accepts(doc)) {
            return of(SourceFormat.HR_XML, HrXmlParser.parse(doc, ctx), "HR-XML parsed: 0 PositionOpenings");
        }
        if (JobXmlParser.accepts(doc)) {
            return of(SourceFormat.JOB_XML, JobXmlParser.parse(doc, ctx), "job XML parsed: 0 <job> elements");
        }
        if (r.equals("html")) {
            return html(body, ctx);
        }
        throw new ParseException("unrecognised XML document <" + root + ">");
    }

    private static ParsedBody json(byte[] body, ParseContext ctx) throws ParseException {
        HtmlPage doc = HtmlJobPostingParser.parseJsonDocument(new String(body, jsonCharset(body)), ctx);
        return of(SourceFormat.CAREER_SITE, doc.postings(), doc.note());
    }

    private static ParsedBody html(byte[] body, ParseContext ctx) throws ParseException {
        HtmlPage page = HtmlJobPostingParser.parsePage(body, ctx);
        if (page.postings().isEmpty() && !page.problems().isEmpty()) {
            throw new ParseException(page.problems().get(0));
        }
        return new ParsedBody(SourceFormat.CAREER_SITE, page.postings(), page.links(), page.problems(), page.note());
    }

    /** A parsed body; {@code whyEmpty} becomes its note when there are no postings. */
    private static ParsedBody of(SourceFormat f, List<Posting> postings, String whyEmpty) {
        return new ParsedBody(f, postings, List.of(), List.of(), postings.isEmpty() ? whyEmpty : null);
    }

    /** RFC 4627 section 3 detection from the zero-byte pattern, with BOMs. */
    static Charset jsonCharset(byte[] b) {
        if (b.length >= 4) {
            if (b[0] == 0 && b[1] == 0 && b[2] == 0) return Charset.forName("UTF-32BE");
            if (b[1] == 0 && b[2] == 0 && b[3] == 0) return Charset.forName("UTF-32LE");
            if ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16;
            if ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return b[2] == 0 && b[3] == 0
                ? Charset.forName("UTF-32LE") : StandardCharsets.UTF_16;
            if (b[0] == 0) return StandardCharsets.UTF_16BE;
            if (b[1] == 0) return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }
}
