/**
 * The admin API under {@code /api/v1/admin}: source administration without restarts, publisher push, bearer
 * tokens and the append-only audit log.
 *
 * <p>To use this package, build a {@link org.joinedup.api.admin.SourceService} (the database is the source of
 * truth for sources; {@link org.joinedup.api.admin.SourceService#seed} writes the config file's sources at start
 * and returns what to poll), then register one {@link org.joinedup.api.admin.AdminFeature} on the Jersey
 * application. Tokens are managed offline with {@link org.joinedup.api.admin.AdminCli}
 * ({@code joinedup admin create-token --name NAME}).
 *
 * <p>Order of a request: {@code AdminAuthFilter} (bearer token, constant-time hash comparison, failed logins
 * audited) -> resource -> {@code SourceService}/{@code PushService} (change stored, audited, harvest scheduler
 * told via {@code replaceSources}) -> {@code AdminNoCorsFilter} (strips any {@code Access-Control-*} header).
 */
package org.joinedup.api.admin;
