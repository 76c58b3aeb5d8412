package org.joinedup.crawler.feed;

import java.util.List;
import org.jdom2.Element;
import org.joinedup.crawler.Posting;

/**
 * Reads Google Base job attributes ({@code g:job_type}, {@code g:salary}, {@code g:location},
 * {@code g:employer}, {@code g:expiration_date}, ...) that ROME keeps as foreign markup.
 */
final class GoogleBaseFields {
    static final String NS = "http://base.google.com/ns/1.0";

    private GoogleBaseFields() {
    }

    static void apply(List<Element> foreign, Posting.Builder b) {
        String salary = null;
        String currency = null;
        String salaryType = null;
        for (Element el : foreign) {
            if (!NS.equals(el.getNamespaceURI())) {
                continue;
            }
            String v = el.getTextNormalize();
            if (v.isEmpty()) {
                continue;
            }
            switch (el.getName()) {
                case "job_type" -> b.employmentType(v);
                case "salary" -> salary = v;
                case "currency" -> currency = v;
                case "salary_type" -> salaryType = v;
                case "location" -> b.location(new Posting.Location(v, null, null, null, null, null, null));
                case "employer" -> b.employerName(v);
                case "expiration_date" -> b.validThrough(v);
                case "job_function" -> b.occupation(new Posting.Occupation("local", null, v));
                case "job_industry" -> b.extra("industry", v);
                case "education" -> b.extra("education", v);
                case "immigration_status" -> b.extra("immigrationStatus", v);
                case "publish_date" -> b.datePosted(v);
                default -> b.extra("g:" + el.getName(), v);
            }
        }
        if (salary != null) {
            b.salary(new Posting.Salary(null, null, currency, null, salaryType == null ? salary : salary + " (" + salaryType + ")"));
        }
    }
}
