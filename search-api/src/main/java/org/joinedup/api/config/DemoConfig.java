package org.joinedup.api.config;

import java.nio.file.Path;

/**
 * Config key {@code demo}.
 *
 * @param siteDir folder served at {@code /demo/} (the demo councils' sites), or null for none
 */
public record DemoConfig(Path siteDir) {
}
