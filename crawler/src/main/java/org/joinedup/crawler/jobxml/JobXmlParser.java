package org.joinedup.crawler.jobxml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.parse.ParseContext;
import org.joinedup.crawler.parse.SourceRefs;
import org.joinedup.crawler.xml.DomText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads Indeed-style job XML ({@code <source><publisher/><job><title/><referencenumber/>...}) and the
 * close ATS variants (Jobvite {@code <result><job><requisitionid/><detail-url/>}).
 */
public final class JobXmlParser {
    private JobXmlParser() {
    }

    /** True when the document holds {@code <job>} elements with children. */
    public static boolean accepts(Document doc) {
        return !jobs(doc).isEmpty();
    }

    /** One posting per {@code <job>}. */
    public static List<Posting> parse(Document doc, ParseContext ctx) {
        List<Posting> out = new ArrayList<>();
        for (Element job : jobs(doc)) {
            out.add(map(fields(job), ctx));
        }
        return out;
    }

    private static List<Element> jobs(Document doc) {
        List<Element> out = new ArrayList<>();
        for (Element el : DomText.descendants(doc.getDocumentElement(), "job")) {
            if (!DomText.children(el).isEmpty()) {
                out.add(el);
            }
        }
        return out;
    }

    private static Map<String, String> fields(Element job) {
        Map<String, String> f = new LinkedHashMap<>();
        for (Element child : DomText.children(job)) {
            String v = DomText.text(child);
            if (v != null) {
                f.putIfAbsent(DomText.key(DomText.localName(child)), v);
            }
        }
        return f;
    }

    private static Posting map(Map<String, String> f, ParseContext ctx) {
        String url = first(f, "url", "detailurl", "link");
        String title = first(f, "title", "jobtitle");
        String ref = first(f, "referencenumber", "requisitionid", "id", "jobid", "guid");
        Posting.Builder b = Posting.builder(ctx.sourceId(), SourceRefs.of(ref, url, title))
            .title(title).url(url).applyUrl(first(f, "applyurl", "applicationurl"))
            .descriptionHtml(first(f, "description", "briefdescription"))
            .employerName(first(f, "company", "employer", "companyname"))
            .department(first(f, "department"))
            .datePosted(first(f, "date", "dateposted", "posteddate"))
            .validThrough(first(f, "expirationdate", "closingdate", "validthrough"))
            .startDate(first(f, "startdate"))
            .language(first(f, "language"))
            .employmentType(first(f, "jobtype", "employmenttype"))
            .fetchedUrl(ctx.baseUrl()).fetchedAt(ctx.fetchedAt()).format(SourceFormat.JOB_XML);
        location(f, b);
        String salary = first(f, "salary");
        if (salary != null) {
            b.salary(new Posting.Salary(null, null, first(f, "currency"), null, salary));
        }
        String category = first(f, "category");
        if (category != null) {
            b.occupation(new Posting.Occupation("local", null, category));
        }
        for (String k : List.of("education", "experience", "remotetype", "sponsored", "briefdescription")) {
            b.extra(k, f.get(k));
        }
        if (f.get("remotetype") != null) {
            b.workplaceType(f.get("remotetype"));
        }
        return b.build();
    }

    private static void location(Map<String, String> f, Posting.Builder b) {
        String city = f.get("city");
        String state = f.get("state");
        String country = f.get("country");
        String postcode = first(f, "postalcode", "zip", "postcode");
        String text = f.get("location");
        if (city != null || state != null || country != null || postcode != null || text != null) {
            if (text == null) {
                text = String.join(", ", Stream.of(city, state, postcode, country)
                    .filter(Objects::nonNull).toList());
            }
            b.location(new Posting.Location(text, city, state, postcode, country, null, null));
        }
    }

    private static String first(Map<String, String> f, String... keys) {
        for (String k : keys) {
            String v = f.get(k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
