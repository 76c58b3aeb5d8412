package org.joinedup.api.admin;

import java.util.Objects;

/**
 * Who made a change, as written to the audit log.
 *
 * @param name          token name, {@code cli}, {@code config} or {@code anonymous}
 * @param remoteAddress client address, or null for local commands
 */
public record Actor(String name, String remoteAddress) {
    /** The config file, applied at start. */
    public static final Actor CONFIG = new Actor("config", null);
    /** The command line ({@code admin create-token} etc.). */
    public static final Actor CLI = new Actor("cli", null);

    public Actor {
        Objects.requireNonNull(name, "name");
    }
}
