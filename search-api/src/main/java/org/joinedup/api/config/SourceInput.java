package org.joinedup.api.config;

/**
 * A source as written: an entry of the config file's {@code sources} list, or an admin's POST/PUT/validate body.
 * Every value is kept as sent so that validation, not Jackson, decides what is wrong and names the field.
 *
 * @param id           {@code [a-z0-9-]+}; on an admin PUT optional, and must equal the path's id when given
 * @param council      publishing body
 * @param url          absolute http(s) URL, or {@value SelfUrl#SELF}{@code /...} for the demo; absent for PUSH
 * @param format       AUTO (default), FEED, JOB_XML, HR_XML, CAREER_SITE or PUSH
 * @param region       region
 * @param country      ISO 3166-1 alpha-2
 * @param language     BCP-47 tag
 * @param licence      licence id and attribution text
 * @param schedule     ISO-8601 polling interval (default PT1H)
 * @param fullSnapshot every fetch lists all open vacancies (default true)
 * @param enabled      default true
 */
public record SourceInput(String id, String council, String url, String format, String region, String country,
                          String language, LicenceInput licence, String schedule, Boolean fullSnapshot,
                          Boolean enabled) {

    /** Licence as sent. */
    public record LicenceInput(String id, String attribution) {
    }

    /** The same input under another id. */
    public SourceInput withId(String other) {
        return new SourceInput(other, council, url, format, region, country, language, licence, schedule,
            fullSnapshot, enabled);
    }
}
