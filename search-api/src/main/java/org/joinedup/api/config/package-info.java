/**
 * The service's YAML configuration: {@link org.joinedup.api.config.ConfigLoader#load} reads a file, checks every
 * key (all problems at once, each with its key path, as a {@link org.joinedup.api.config.ConfigException}) and
 * returns an {@link org.joinedup.api.config.AppConfig}, one {@code ...Config} record per section of the file.
 * Sources parse to the crawler's {@link org.joinedup.crawler.Source}; {@link org.joinedup.api.config.SelfUrl}
 * handles {@code {self}} URLs and {@link org.joinedup.api.config.SourceDirectory} answers "which sources are
 * there now" for display and attribution.
 */
package org.joinedup.api.config;
