/**
 * The Joined-up Jobs HTTP service: the only module with {@code main()}.
 *
 * <p>To use this module, load an {@link org.joinedup.api.config.AppConfig} with
 * {@link org.joinedup.api.config.ConfigLoader#load(java.nio.file.Path)}, build the service with
 * {@link org.joinedup.api.JoinedUpServer#newServer(org.joinedup.api.config.AppConfig)} and
 * {@link org.joinedup.api.JoinedUpServer#start() start} it; {@link org.joinedup.api.Main} does exactly that.
 *
 * <p>Subpackages: {@code api.config} (the YAML file), {@code api.persistence} (database, crawl state, harvest
 * log), {@code api.harvest} (when sources are harvested and what happens to a harvest), {@code api.resources}
 * (the JSON API), {@code api.errors} (JSON error bodies), {@code api.web} (Jetty, web pages, demo sites).
 */
package org.joinedup.api;
