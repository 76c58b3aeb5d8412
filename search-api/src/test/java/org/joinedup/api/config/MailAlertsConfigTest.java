package org.joinedup.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The mail and alerts sections: defaults, values and errors naming the key path. */
class MailAlertsConfigTest {

    @Test
    void defaultsWhenAbsentAndTheDemoKeepsMailOff() {
        AppConfig c = ConfigLoader.parse("dataDir: d\n", Path.of("."), "t.yaml");
        assertFalse(c.mail().enabled());
        assertEquals(2525, c.mail().port());
        assertEquals(Duration.ofHours(48), c.alerts().confirmTokenTtl());
        assertEquals(Duration.ofDays(7), c.alerts().unconfirmedTtl());
        assertFalse(ConfigLoader.load(Path.of("..", "config", "demo", "demo.yaml")).mail().enabled());
    }

    @Test
    void valuesAreRead() {
        AppConfig c = ConfigLoader.parse("""
            mail: {enabled: true, host: smtp.example, port: 587, username: u, password: p, startTls: true,
                   from: alerts@example.test, timeoutMs: 5000, pollInterval: PT10S}
            alerts: {secret: "0123456789abcdef0123456789abcdef", digestMaxItems: 5, purgeInterval: PT5M}
            """, Path.of("."), "t.yaml");
        assertTrue(c.mail().enabled() && c.mail().startTls());
        assertEquals(Duration.ofSeconds(5), c.mail().timeout());
        assertEquals(5, c.alerts().digestMaxItems());
        assertEquals(Duration.ofMinutes(5), c.alerts().purgeInterval());
    }

    @Test
    void problemsNameTheKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("""
            mail: {port: 70000, from: nobody, ssl: true, startTls: true, timeoutMs: 0}
            alerts: {secret: short, confirmTokenTtl: soon, digestMaxItems: 0}
            """, Path.of("."), "t.yaml"));
        for (String key : new String[] {"mail.port", "mail.from", "mail.startTls", "mail.timeoutMs", "alerts.secret",
            "alerts.confirmTokenTtl", "alerts.digestMaxItems"}) {
            assertTrue(e.getMessage().contains(key), key + " in " + e.getMessage());
        }
    }
}
