package org.joinedup.api.config;

import java.util.List;

/** The configuration file cannot be used; each problem names its key path, e.g. {@code server.port: ...}. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /** One exception for all problems found, so a user fixes the file in one go. */
    public ConfigException(String file, List<String> problems) {
        super("invalid configuration " + file + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, each starting with its key path. */
    public List<String> problems() {
        return problems;
    }
}
