package org.joinedup.crawler.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.parse.ParseContext;
import org.joinedup.crawler.parse.SourceRefs;

/**
 * Maps one schema.org JobPosting (from JSON-LD or microdata, as a JSON tree) onto a posting, keeping values
 * raw: dates, salary text and employment type words are normalised later by the indexer.
 */
public final class JobPostingMapper {
    private JobPostingMapper() {
    }

    /** The posting; {@code pageLanguage} and {@code pageUrl} stand in when the item lacks them. */
    public static Posting map(JsonNode jp, ParseContext ctx, String pageUrl, String pageLanguage) {
        String url = firstNonNull(JsonValues.text(jp, "url"), pageUrl);
        String title = firstNonNull(JsonValues.text(jp, "title"), JsonValues.text(jp, "name"));
        Posting.Builder b = Posting.builder(ctx.sourceId(), SourceRefs.of(JsonValues.text(jp, "identifier"), url, title))
            .url(url).title(title).descriptionHtml(JsonValues.text(jp, "description"))
            .language(firstNonNull(JsonValues.text(jp, "inLanguage"), pageLanguage))
            .datePosted(JsonValues.text(jp, "datePosted")).validThrough(JsonValues.text(jp, "validThrough"))
            .startDate(JsonValues.text(jp, "jobStartDate"))
            .workplaceType(JsonValues.text(jp, "jobLocationType"))
            .salary(salary(jp))
            .fetchedUrl(ctx.baseUrl()).fetchedAt(ctx.fetchedAt()).format(SourceFormat.CAREER_SITE);
        JsonValues.all(jp, "employmentType").forEach(t -> b.employmentType(JsonValues.text(t)));
        JsonValues.all(jp, "jobLocation").forEach(p -> b.location(PlaceMapper.location(p)));
        JsonValues.all(jp, "occupationalCategory").forEach(o -> b.occupation(occupation(o)));
        employer(jp, b);
        b.extra("industry", joined(jp, "industry"));
        b.extra("directApply", JsonValues.text(jp, "directApply"));
        b.extra("applicantLocationRequirements", joined(jp, "applicantLocationRequirements"));
        b.extra("workHours", JsonValues.text(jp, "workHours"));
        b.extra("estimatedSalary", salaryText(jp.get("estimatedSalary")));
        b.extra("totalJobOpenings", JsonValues.text(jp, "totalJobOpenings"));
        return b.build();
    }

    private static Posting.Salary salary(JsonNode jp) {
        Posting.Salary s = SalaryMapper.salary(jp.get("baseSalary"));
        String currency = JsonValues.text(jp, "salaryCurrency");
        if (s != null && s.currency() == null && currency != null) {
            return new Posting.Salary(s.min(), s.max(), currency, s.unit(), s.text());
        }
        return s;
    }

    private static void employer(JsonNode jp, Posting.Builder b) {
        JsonNode org = jp.get("hiringOrganization");
        if (org != null && org.isArray() && !org.isEmpty()) org = org.get(0);
        if (org == null || org.isNull()) return;
        if (!org.isObject()) {
            b.employerName(JsonValues.text(org));
            return;
        }
        b.employerName(JsonValues.text(org, "name"));
        b.employerId(firstNonNull(JsonValues.text(org, "identifier"), JsonValues.text(org, "sameAs")));
        JsonNode dept = org.get("department");
        JsonNode unit = jp.get("employmentUnit");
        b.department(firstNonNull(JsonValues.text(dept), JsonValues.text(unit)));
    }

    private static Posting.Occupation occupation(JsonNode o) {
        if (o == null || o.isNull()) return null;
        if (!o.isObject()) {
            String label = JsonValues.text(o);
            return label == null ? null : new Posting.Occupation("local", null, label);
        }
        String code = firstNonNull(JsonValues.text(o, "codeValue"), JsonValues.text(o, "termCode"));
        String label = JsonValues.text(o, "name");
        if (code == null && label == null) return null;
        return new Posting.Occupation(scheme(JsonValues.text(o, "inCodeSet")), code, label);
    }

    private static String scheme(String codeSet) {
        String s = codeSet == null ? "" : codeSet.toUpperCase(Locale.ROOT);
        if (s.contains("ISCO")) return "ISCO-08";
        if (s.contains("ESCO")) return "ESCO";
        if (s.contains("ONET") || s.contains("O*NET")) return "O*NET-SOC";
        return s.isEmpty() ? "local" : codeSet;
    }

    private static String joined(JsonNode jp, String field) {
        List<String> parts = JsonValues.all(jp, field).stream().map(JsonValues::text).filter(Objects::nonNull).toList();
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String salaryText(JsonNode s) {
        Posting.Salary salary = SalaryMapper.salary(s);
        return salary == null ? null : salary.text();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
