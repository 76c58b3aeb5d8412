package org.joinedup.api.config;

/**
 * Public API quotas (config key {@code api}).
 *
 * @param anonymousPerMinute requests per minute per client IP without an API key
 * @param keyPerMinute       default requests per minute of a new API key (each key stores its own quota)
 */
public record ApiConfig(int anonymousPerMinute, int keyPerMinute) {
    /** Defaults when the file has no {@code api} section. */
    public static final ApiConfig DEFAULTS = new ApiConfig(120, 1200);

    public ApiConfig {
        if (anonymousPerMinute < 1) throw new IllegalArgumentException("anonymousPerMinute must be >= 1");
        if (keyPerMinute < 1) throw new IllegalArgumentException("keyPerMinute must be >= 1");
    }
}
