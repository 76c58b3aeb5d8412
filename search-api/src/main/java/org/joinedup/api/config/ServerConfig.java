package org.joinedup.api.config;

import java.net.URI;
import java.util.Objects;

/**
 * Where the HTTP server binds (config key {@code server}).
 *
 * @param host          bind address
 * @param port          port, 0 for any free port
 * @param publicBaseUrl absolute URL used in links, or null to use the bound address
 */
public record ServerConfig(String host, int port, URI publicBaseUrl) {
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535");
    }

    /** Same settings on another port (tests bind port 0). */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, publicBaseUrl);
    }
}
