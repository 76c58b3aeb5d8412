package org.joinedup.crawler.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joinedup.crawler.ParseException;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.charset.CharsetSniffer;
import org.joinedup.crawler.parse.ParseContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org JobPostings from an HTML page (JSON-LD blocks and microdata) or from a bare JSON-LD
 * document, and lists the page's links for the site crawler. jsoup never fetches anything.
 */
public final class HtmlJobPostingParser {
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    private static final int MAX_LINKS = 5000;

    private HtmlJobPostingParser() {
    }

    /** Postings and links of an HTML page. */
    public static HtmlPage parsePage(byte[] body, ParseContext ctx) throws ParseException {
        Document doc;
        try {
            String base = ctx.baseUrl() == null ? "" : ctx.baseUrl();
            doc = Jsoup.parse(new ByteArrayInputStream(body), charset(ctx.contentType(), body), base);
        } catch (IOException | RuntimeException e) {
            throw new ParseException("HTML unreadable: " + e.getMessage(), e);
        }
        String lang = doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang");
        List<JsonNode> roots = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Element script : doc.select("script[type]")) {
            if (script.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
                try {
                    roots.addAll(JsonLdReader.read(script.data()));
                } catch (ParseException e) {
                    problems.add(e.reason());
                }
            }
        }
        roots.addAll(MicrodataReader.items(doc));
        List<Posting> postings = map(roots, ctx, blankToNull(ctx.baseUrl()), blankToNull(lang));
        return new HtmlPage(postings, links(doc), problems, postings.isEmpty() ? whyNone("page", roots) : null);
    }

    /** Postings of a bare JSON-LD document (a push body or a .json file). */
    public static List<Posting> parseJson(String text, ParseContext ctx) throws ParseException {
        return parseJsonDocument(text, ctx).postings();
    }

    /** Postings of a bare JSON document, with the reason when it holds none. */
    public static HtmlPage parseJsonDocument(String text, ParseContext ctx) throws ParseException {
        List<JsonNode> roots = JsonLdReader.read(text);
        List<Posting> postings = map(roots, ctx, null, null);
        return new HtmlPage(postings, List.of(), List.of(), postings.isEmpty() ? whyNone("JSON", roots) : null);
    }

    /**
     * A reason an admin can act on: "page has no schema.org JobPosting (no JSON-LD or microdata)", or naming the
     * types the structured data does hold, so a source publishing Product or Event markup is told apart.
     */
    private static String whyNone(String what, List<JsonNode> roots) {
        String none = "JSON".equals(what) ? "JSON has no schema.org JobPosting" : "page has no schema.org JobPosting";
        if (roots.isEmpty()) {
            return none + ("JSON".equals(what) ? " (no JSON-LD object)" : " (no JSON-LD or microdata)");
        }
        Set<String> types = JobPostingFinder.typesIn(roots, 5);
        return none + (types.isEmpty() ? " (no @type in it)" : " (types: " + String.join(", ", types) + ")");
    }

    private static List<Posting> map(List<JsonNode> roots, ParseContext ctx, String pageUrl, String lang) {
        Map<String, Posting> byRef = new LinkedHashMap<>();
        for (JsonNode root : roots) {
            for (JsonNode jp : JobPostingFinder.find(root)) {
                Posting p = JobPostingMapper.map(jp, ctx, pageUrl, lang);
                byRef.putIfAbsent(p.sourceRef() + "\n" + p.title(), p);
            }
        }
        return List.copyOf(byRef.values());
    }

    /** Absolute http(s) links, capped: a career page with more links than this is not a job index. */
    private static List<String> links(Document doc) {
        List<String> out = new ArrayList<>();
        URI base;
        try {
            base = new URI(doc.baseUri());
        } catch (URISyntaxException e) {
            return out;
        }
        for (Element a : doc.select("a[href], link[rel~=(?i)^(next|alternate)$][href]")) {
            String href = a.attr("href").strip();
            if (href.isEmpty() || href.startsWith("#") || out.size() >= MAX_LINKS) {
                continue;
            }
            try {
                String abs = base.resolve(new URI(href.replace(" ", "%20"))).toString();
                if (abs.startsWith("http://") || abs.startsWith("https://")) {
                    out.add(abs);
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // an unparseable link is skipped
            }
        }
        return out;
    }

    /** The header's charset, corrected when the bytes contradict it; null lets jsoup sniff (BOM, meta). */
    private static String charset(String contentType, byte[] body) {
        if (contentType == null) return null;
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) return null;
        try {
            return Charset.isSupported(m.group(1))
                ? CharsetSniffer.correct(Charset.forName(m.group(1)), body).name() : null;
        } catch (IllegalArgumentException e) {
            return null; // illegal charset name: let jsoup sniff
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
