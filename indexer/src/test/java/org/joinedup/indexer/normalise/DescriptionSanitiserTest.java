package org.joinedup.indexer.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class DescriptionSanitiserTest {
    private static final Set<String> ALLOWED = Set.of("#root", "html", "head", "body", "p", "br", "ul", "ol", "li",
        "strong", "em", "b", "i", "h2", "h3", "h4", "a");
    private static final String XSS = "adversarial/html/PayloadsAllTheThings/XSS Injection/";
    private final DescriptionSanitiser sanitiser = new DescriptionSanitiser();

    @Test
    void keepsTheSafeSubsetAndHardensLinks() {
        DescriptionSanitiser.Sanitised s = sanitiser.sanitise("<h1>Nurse</h1><div>Join <b>us</b> in "
            + "<a href=\"/apply\" target=\"_blank\" onclick=\"x()\">Harrogate</a>.</div><ul><li>Shifts</li></ul>"
            + "<script>alert(1)</script><style>p{}</style><p style=\"color:red\">Apply by <em>1 May</em></p>"
            + "<a href=\"javascript:alert(1)\">bad</a><a href=\"mailto:jobs@example.org\">mail</a>",
            "https://jobs.example.org/job/7");
        assertEquals("<h2>Nurse</h2><p>Join <b>us</b> in <a href=\"https://jobs.example.org/apply\" "
            + "rel=\"nofollow noopener\">Harrogate</a>.</p><ul><li>Shifts</li></ul><p>Apply by <em>1 May</em></p>"
            + "<a rel=\"nofollow noopener\">bad</a><a href=\"mailto:jobs@example.org\" rel=\"nofollow noopener\">mail"
            + "</a>", s.html());
        assertEquals("Nurse\nJoin us in Harrogate.\nShifts\nApply by 1 May\nbadmail", s.text());
    }

    @Test
    void decodesDoubleEscapedHtmlAndEntities() {
        DescriptionSanitiser.Sanitised s = sanitiser.sanitise(
            "&lt;p&gt;Care &amp;amp; support&amp;nbsp;worker&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;", null);
        assertEquals("<p>Care &amp; support&nbsp;worker</p>", s.html());
        assertEquals("Care & support worker", s.text());
        assertEquals("<p>Plain &lt;b&gt; text</p>", sanitiser.sanitise("<p>Plain &amp;lt;b&amp;gt; text</p>", null)
            .html());
        assertEquals(new DescriptionSanitiser.Sanitised("", ""), sanitiser.sanitise(null, null));
        assertEquals("Salary < 30k", sanitiser.sanitise("Salary < 30k", null).text());
    }

    @Test
    void plainLineForTitlesAndNames() {
        assertEquals("Care & Support Worker", DescriptionSanitiser.plainLine("  Care &amp;amp; Support\n  Worker "));
        assertEquals("Nurse", DescriptionSanitiser.plainLine("<img src=x onerror=alert(1)><b>Nurse</b>"));
    }

    // ---- real text from the corpus ----

    /** Every XSS vector of the PayloadsAllTheThings lists and SVG files, inside and outside a paragraph. */
    @Test
    void noScriptHandlerOrScriptUrlSurvivesAnyXssVector() {
        List<String> vectors = new ArrayList<>();
        for (Path p : Corpus.files(XSS + "Intruders", ".txt")) {
            Corpus.read(p).lines().filter(l -> !l.isBlank()).forEach(vectors::add);
        }
        for (Path p : Corpus.files(XSS + "Files", ".svg")) vectors.add(Corpus.read(p));
        List<String> failures = new ArrayList<>();
        for (String v : vectors) {
            for (String html : List.of(v, "<p>" + v + "</p>", "&lt;div&gt;" + v.replace("<", "&lt;"))) {
                String problem = unsafe(sanitiser.sanitise(html, "https://jobs.example.org/job/1").html());
                if (problem != null) failures.add(problem + " <- " + v);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(vectors.size() > 1200, "vectors: " + vectors.size());
        System.out.println("XSS vectors sanitised: " + vectors.size() + " (x3 wrappings)");
    }

    /** feedparser's sanitize suite: content escaped in feeds; where it expects 'safe description', so do we. */
    @Test
    void feedparserSanitizeCases() {
        Pattern expect = Pattern.compile("Expect:.*== '(.*)'\\s*$", Pattern.MULTILINE);
        int cases = 0;
        int exact = 0;
        for (Path p : Corpus.files(Corpus.FEEDPARSER + "wellformed/sanitize", ".xml")) {
            String xml = Corpus.read(p);
            Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
            Element content = doc.selectFirst("content, summary, title, copyright, info, subtitle, tagline, "
                + "description, body, fullitem, content|encoded");
            String html = content.children().isEmpty() ? content.wholeText() : content.html();
            if ("base64".equals(content.attr("mode"))) {
                html = new String(Base64.getMimeDecoder().decode(html.strip()), StandardCharsets.UTF_8);
            }
            DescriptionSanitiser.Sanitised s = sanitiser.sanitise(html, null);
            assertEquals(null, unsafe(s.html()), p.toString());
            Matcher m = expect.matcher(xml);
            if (m.find() && m.group(1).equals("safe description")) {
                assertEquals("safe description", s.text(), p.toString());
                exact++;
            }
            cases++;
        }
        assertEquals(25, cases);
        assertEquals(6, exact);
    }

    /** feedparser encoding cases: UTF-8 read as Latin-1, and Windows-1252 quotes as C1 controls or entities. */
    @Test
    void feedparserEncodingRepairs() {
        assertEquals("\u2026", descriptionText("encoding/double-encoded-html.xml"));
        for (String f : List.of("demoronize-1.xml", "demoronize-2.xml", "demoronize-3.xml")) {
            assertEquals("don\u2019t", descriptionText("encoding/" + f), f);
        }
        // C1 controls: the Windows-1252 ones become their characters; the five unassigned ones are dropped
        assertEquals("ab don\u2019t \u20ac5", sanitiser.sanitise("a\u0081b\u008d don\u0092t \u00805", null).text());
    }

    private String descriptionText(String file) {
        Element d = Corpus.xml(Corpus.FEEDPARSER + file).selectFirst("description");
        return sanitiser.sanitise(d.wholeText(), null).text();
    }

    /** jobnet ad HTML (Danish PES): markup kept, text intact; the Jobvite feed's entity-escaped lists. */
    @Test
    void realJobAdHtml() {
        JsonNode ad = Corpus.json(Corpus.JOBNET + "JobPage01/JobPage01_JobPostingExtended01.json.txt");
        String purpose = ad.get("JobPositionPosting").get("JobPositionInformation").get("Purpose").asText();
        DescriptionSanitiser.Sanitised s = sanitiser.sanitise(purpose, "https://job.jobnet.dk/");
        assertEquals(null, unsafe(s.html()));
        assertEquals(Jsoup.parse(purpose).text().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip(),
            s.text().replaceAll("\\s+", " "));
        assertTrue(s.html().contains("<a href=\"https://jobs.lever.co/keepit\" rel=\"nofollow noopener\">job page</a>"));
        Element job = Corpus.xml("jobfeeds/jobvite-xml/jdpace-jobviter/spec/fixtures/jobs.xml").selectFirst("job");
        DescriptionSanitiser.Sanitised jobvite = sanitiser.sanitise(job.selectFirst("description").wholeText(), null);
        assertEquals(3, Jsoup.parseBodyFragment(jobvite.html()).select("ul > li").size());
        assertTrue(jobvite.text().contains("\nYou'll go to any length for a laugh\n"), jobvite.text());
    }

    /** Why the sanitised HTML is unsafe, or null when it is safe. */
    static String unsafe(String html) {
        if (html.toLowerCase(Locale.ROOT).contains("<script")) return "script tag";
        Document d = Jsoup.parseBodyFragment(html);
        for (Element e : d.getAllElements()) {
            if (!ALLOWED.contains(e.normalName())) return "element " + e.normalName();
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) return "handler " + key;
                if (!Set.of("href", "rel").contains(key)) return "attribute " + key;
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                if (key.equals("href") && !(value.startsWith("http:") || value.startsWith("https:")
                    || value.startsWith("mailto:"))) {
                    return "href " + value;
                }
            }
        }
        return null;
    }

    @Test
    void unsafeDetectsWhatItShould() {
        assertFalse(unsafe("<p onclick=x>a</p>") == null);
        assertFalse(unsafe("<a href=\"javascript:x\">a</a>") == null);
        assertFalse(unsafe("<img src=x>") == null);
        assertEquals(null, unsafe("<p><a href=\"https://x.org\" rel=\"nofollow noopener\">a</a></p>"));
    }
}
