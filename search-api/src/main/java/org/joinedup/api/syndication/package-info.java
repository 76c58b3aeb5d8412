/**
 * Re-syndication: vacancies as schema.org JobPosting JSON-LD ({@link org.joinedup.api.syndication.JobPostingLd},
 * also embedded server-side in {@code /vacancies/{id}} by {@link org.joinedup.api.syndication.VacancyPageServlet}),
 * searches as RSS 2.0 and Atom ({@link org.joinedup.api.syndication.FeedWriter}, served by the feeds application
 * at {@code /feeds/*}), and the OpenSearch 1.1 description at {@code /opensearch.xml}. The JSON Lines export
 * lives with the API resources ({@code /api/v1/export/vacancies.jsonl}).
 */
package org.joinedup.api.syndication;
