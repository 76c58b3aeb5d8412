package org.joinedup.crawler.jobxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.parse.ParseContext;
import org.joinedup.crawler.parse.SourceRefs;
import org.joinedup.crawler.xml.DomText;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads HR-XML 3.x / EURES {@code PositionOpening} documents (alone or several under a wrapper). Matches by
 * local name so both the HR-XML and OAGIS namespaces (address parts) are read.
 */
public final class HrXmlParser {
    private HrXmlParser() {
    }

    /** True when the document is or contains PositionOpening elements. */
    public static boolean accepts(Document doc) {
        return !openings(doc).isEmpty();
    }

    /** One posting per PositionOpening. */
    public static List<Posting> parse(Document doc, ParseContext ctx) {
        List<Posting> out = new ArrayList<>();
        for (Element po : openings(doc)) {
            out.add(map(po, ctx));
        }
        return out;
    }

    private static List<Element> openings(Document doc) {
        Element root = doc.getDocumentElement();
        if ("PositionOpening".equals(DomText.localName(root))) {
            return List.of(root);
        }
        return DomText.descendants(root, "PositionOpening");
    }

    private static Posting map(Element po, ParseContext ctx) {
        String title = DomText.text(po, "PositionTitle");
        String instructions = DomText.text(po, "Instructions");
        String url = firstLink(instructions);
        String ref = DomText.text(po, "DocumentID", "PositionOpeningID", "PositionID");
        Element profile = DomText.first(po, "PositionProfile");
        Posting.Builder b = Posting.builder(ctx.sourceId(), SourceRefs.of(ref, url, title))
            .title(title).url(url).descriptionHtml(descriptions(po))
            .language(profile == null ? null : blankToNull(profile.getAttribute("languageCode")))
            .employerName(DomText.text(po, "OrganizationName"))
            .employerId(DomText.text(po, "OrganizationLegalID"))
            .department(DomText.text(po, "DepartmentName"))
            .datePosted(firstNonNull(blankToNull(po.getAttribute("validFrom")), DomText.text(po, "PostingDate")))
            .validThrough(firstNonNull(DomText.text(po, "ApplicationCloseDate"), blankToNull(po.getAttribute("validTo"))))
            .startDate(startDate(po))
            .employmentType(DomText.text(po, "PositionScheduleTypeCode"))
            .employmentType(DomText.text(po, "PositionOfferingTypeCode"))
            .fetchedUrl(ctx.baseUrl()).fetchedAt(ctx.fetchedAt()).format(SourceFormat.HR_XML);
        for (Element address : DomText.descendants(po, "Address")) {
            b.location(location(address));
        }
        for (Element code : DomText.descendants(po, "JobCategoryCode")) {
            b.occupation(new Posting.Occupation(scheme(code.getAttribute("listName")), DomText.text(code),
                blankToNull(code.getAttribute("name"))));
        }
        b.extra("industry", DomText.text(po, "IndustryCode"));
        b.extra("openings", DomText.text(po, "PositionOpenQuantity"));
        b.extra("status", DomText.text(po, "PositionOpeningStatusCode"));
        b.extra("applicationInstructions", instructions);
        b.extra("workingLanguage", DomText.text(po, "WorkingLanguageCode"));
        return b.build();
    }

    private static String descriptions(Element po) {
        List<String> parts = new ArrayList<>();
        for (Element d : DomText.descendants(po, "PositionFormattedDescription")) {
            String content = DomText.text(d, "Content");
            parts.add(content != null ? content : DomText.text(d));
        }
        parts.removeIf(Objects::isNull);
        return String.join("\n", parts);
    }

    private static String startDate(Element po) {
        Element start = DomText.first(po, "StartDate");
        if (start == null) {
            return null;
        }
        String formatted = DomText.text(start, "FormattedDateTime");
        return formatted != null ? formatted : DomText.text(start);
    }

    private static Posting.Location location(Element a) {
        String city = DomText.text(a, "CityName");
        String region = DomText.text(a, "CountrySubDivisionCode", "CountrySubDivision");
        String postcode = DomText.text(a, "PostalCode");
        String country = DomText.text(a, "CountryCode");
        String line = DomText.text(a, "AddressLine");
        String text = String.join(", ", Stream.of(line, postcode, city, country)
            .filter(Objects::nonNull).toList());
        return new Posting.Location(text.isEmpty() ? null : text, city, region, postcode, country, null, null);
    }

    private static String scheme(String listName) {
        String l = listName == null ? "" : listName.toUpperCase(Locale.ROOT);
        if (l.contains("ISCO")) return "ISCO-08";
        if (l.contains("ESCO")) return "ESCO";
        return l.isEmpty() ? "local" : listName;
    }

    private static String firstLink(String html) {
        if (html == null || !html.contains("href")) {
            return null;
        }
        String href = Jsoup.parseBodyFragment(html).select("a[href]").attr("href");
        return href.startsWith("http://") || href.startsWith("https://") ? href : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
