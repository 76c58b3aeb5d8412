package org.joinedup.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The {@code api:} section: quotas with defaults, validated with the key path named. */
class ApiConfigTest {
    private static final Path BASE = Path.of(".");

    @Test
    void defaultsWhenAbsent() {
        AppConfig c = ConfigLoader.parse("dataDir: data\n", BASE, "t.yaml");
        assertEquals(ApiConfig.DEFAULTS, c.api());
        assertEquals(120, c.api().anonymousPerMinute());
    }

    @Test
    void readsQuotas() {
        AppConfig c = ConfigLoader.parse("api:\n  anonymousPerMinute: 30\n  keyPerMinute: 900\n", BASE, "t.yaml");
        assertEquals(new ApiConfig(30, 900), c.api());
        assertEquals(5, c.withApi(new ApiConfig(5, 10)).api().anonymousPerMinute());
    }

    @Test
    void badQuotaNamesTheKey() {
        ConfigException e = assertThrows(ConfigException.class,
            () -> ConfigLoader.parse("api:\n  anonymousPerMinute: 0\n", BASE, "t.yaml"));
        assertTrue(e.getMessage().contains("api.anonymousPerMinute: must be positive"), e.getMessage());
        assertThrows(ConfigException.class, () -> ConfigLoader.parse("api:\n  perHour: 5\n", BASE, "t.yaml"));
    }

    @Test
    void demoConfigAllowsTheDemoPageItsOwnRequests() {
        assertEquals(600, ConfigLoader.load(Path.of("..", "config", "demo", "demo.yaml")).api().anonymousPerMinute());
    }
}
