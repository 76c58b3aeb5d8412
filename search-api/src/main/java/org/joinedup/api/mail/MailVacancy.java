package org.joinedup.api.mail;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A vacancy as an alert mail lists it.
 *
 * @param id       vacancy id
 * @param title    title
 * @param employer employer name
 * @param place    place of work, or null
 * @param closes   closing date, or null
 * @param posted   date posted, or null
 * @param url      our detail page
 */
public record MailVacancy(String id, String title, String employer, String place, LocalDate closes,
                          LocalDate posted, String url) {
    public MailVacancy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        title = title == null || title.isBlank() ? "(untitled)" : title;
        employer = employer == null ? "" : employer;
    }
}
