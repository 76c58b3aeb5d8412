package org.joinedup.api.admin;

import java.util.List;
import org.joinedup.crawler.Posting;

/**
 * A vacancy a publisher PUTs as JSON: the shape of our {@link Posting} without provenance (the source comes from
 * the path, the reference from the path's last segment). Dates are ISO-8601 dates or date-times.
 *
 * @param title           job title (required)
 * @param url             the vacancy's page on the publisher's site
 * @param applyUrl        where to apply, if different
 * @param description     description, HTML allowed (sanitised by the indexer)
 * @param language        BCP-47 tag, or null to detect
 * @param employerName    hiring organisation, or null for the source's council
 * @param employerId      its id, if any
 * @param department      department or unit
 * @param locations       places of work
 * @param employmentTypes e.g. "full-time", "permanent"
 * @param workplaceType   onsite, hybrid or remote
 * @param salary          salary as published
 * @param occupations     occupation codes or labels
 * @param datePosted      date posted
 * @param validThrough    closing date
 * @param startDate       start date
 */
record PushedVacancy(String title, String url, String applyUrl, String description, String language,
                     String employerName, String employerId, String department, List<Posting.Location> locations,
                     List<String> employmentTypes, String workplaceType, Posting.Salary salary,
                     List<Posting.Occupation> occupations, String datePosted, String validThrough,
                     String startDate) {
}
