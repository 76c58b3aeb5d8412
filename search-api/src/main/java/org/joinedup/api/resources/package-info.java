/**
 * The public JSON API under {@code /api/v1} (search, vacancy, suggest, export, status, OpenAPI description) in
 * {@link org.joinedup.api.resources.ApiApplication}, and the feeds under {@code /feeds} in
 * {@link org.joinedup.api.resources.FeedApplication}. Searches go through a
 * {@link org.joinedup.api.resources.VacancySearch} (the indexer in the service, a fake in tests); query
 * parameters are read and checked by {@link org.joinedup.api.resources.SearchParams}.
 */
package org.joinedup.api.resources;
