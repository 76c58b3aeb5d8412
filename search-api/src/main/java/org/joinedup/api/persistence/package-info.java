/**
 * The relational store (H2 by default, PostgreSQL in production): {@link org.joinedup.api.persistence.Database}
 * opens and migrates it (Flyway, {@code db/migration}), and one repository per table group reads and writes it
 * through {@link org.joinedup.api.persistence.Jdbc}: sources ({@link org.joinedup.api.persistence.SourceRepository},
 * rows are {@link org.joinedup.api.persistence.SourceRecord}s), the crawler's state
 * ({@link org.joinedup.api.persistence.JdbcCrawlStateStore}), the harvest log, admin tokens and the append-only
 * audit log.
 */
package org.joinedup.api.persistence;
