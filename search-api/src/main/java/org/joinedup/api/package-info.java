/**
 * The Joined-up Jobs HTTP service: the only module with {@code main()}.
 *
 * <p>To use this module, load an {@link org.joinedup.api.config.AppConfig} with
 * {@link org.joinedup.api.config.ConfigLoader#load(java.nio.file.Path)}, build the service with
 * {@link org.joinedup.api.JoinedUpServer#newServer(org.joinedup.api.config.AppConfig)} and
 * {@link org.joinedup.api.JoinedUpServer#start() start} it; {@link org.joinedup.api.Main} does exactly that.
 *
 * <p>Subpackages, each with its front door:
 * <ul>
 *   <li>{@code api.config}: the YAML file; {@link org.joinedup.api.config.ConfigLoader}</li>
 *   <li>{@code api.persistence}: database, sources table, crawl state, harvest and audit logs;
 *       {@link org.joinedup.api.persistence.Database} and its repositories</li>
 *   <li>{@code api.harvest}: when sources are harvested and what happens to a harvest;
 *       {@link org.joinedup.api.harvest.HarvestScheduler}</li>
 *   <li>{@code api.resources}: the public JSON API and feeds; {@link org.joinedup.api.resources.ApiApplication},
 *       {@link org.joinedup.api.resources.FeedApplication}</li>
 *   <li>{@code api.errors}: JSON error bodies; {@link org.joinedup.api.errors.ApiError}</li>
 *   <li>{@code api.access}: CORS, API keys and rate limits; {@link org.joinedup.api.access.AccessFilter}</li>
 *   <li>{@code api.admin}: source administration, publisher push, tokens, audit;
 *       {@link org.joinedup.api.admin.SourceService}, {@link org.joinedup.api.admin.AdminFeature}</li>
 *   <li>{@code api.alerts}: saved-search e-mail alerts; {@link org.joinedup.api.alerts.AlertService}</li>
 *   <li>{@code api.mail}: templates, outbox, SMTP, bounces; {@link org.joinedup.api.mail.Outbox},
 *       {@link org.joinedup.api.mail.OutboxWorker}</li>
 *   <li>{@code api.stats}: labour-market statistics; {@link org.joinedup.api.stats.StatsResource}</li>
 *   <li>{@code api.syndication}: JSON-LD, RSS/Atom, OpenSearch, vacancy pages;
 *       {@link org.joinedup.api.syndication.FeedWriter}</li>
 *   <li>{@code api.web}: Jetty, web pages, demo sites; {@link org.joinedup.api.web.WebServer}</li>
 * </ul>
 */
package org.joinedup.api;
