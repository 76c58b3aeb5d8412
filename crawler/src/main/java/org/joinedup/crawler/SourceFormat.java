package org.joinedup.crawler;

/** The formats a source can publish; {@link #AUTO} sniffs the body. */
public enum SourceFormat {
    /** Detect from content type and body. */
    AUTO,
    /** RSS 0.9x, 1.0 (RDF) or 2.0, and Atom 0.3/1.0, all read with ROME. */
    FEED,
    /** Indeed-style job XML: {@code <source><job>...}. */
    JOB_XML,
    /** HR-XML / EURES {@code PositionOpening}. */
    HR_XML,
    /** HTML career pages with schema.org JobPosting (JSON-LD or microdata), found by crawling within the host and sitemaps. */
    CAREER_SITE,
    /** Publisher pushes vacancies to our API; never fetched. */
    PUSH
}
