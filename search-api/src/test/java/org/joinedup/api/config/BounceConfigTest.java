package org.joinedup.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The mail.bounces section: off when absent, defaults, the envelope sender, errors naming the key path. */
class BounceConfigTest {

    private static AppConfig parse(String yaml) {
        return ConfigLoader.parse(yaml, Path.of("."), "t.yaml");
    }

    @Test
    void offWhenAbsentAndEnvelopeSenderIsTheFromAddress() {
        MailConfig m = parse("mail: {from: \"Jobs <alerts@example.test>\"}\n").mail();
        assertNull(m.bounces());
        assertEquals("Jobs <alerts@example.test>", m.envelopeSender());
        assertNull(parse("dataDir: d\n").mail().bounces());
    }

    @Test
    void theDocumentedExampleReadsItsBounceMailbox() {
        MailConfig m = ConfigLoader.load(Path.of("..", "config", "joinedup.example.yaml")).mail();
        assertTrue(m.bounces().polling());
        assertEquals(m.bounces().address(), m.envelopeSender());
    }

    @Test
    void mailboxWithDefaults() {
        BounceConfig b = parse("""
            mail:
              bounces: {host: imap.example.test, username: bounces@example.test, password: s}
            """).mail().bounces();
        assertTrue(b.polling());
        assertEquals("bounces@example.test", b.address(), "the login doubles as the address");
        assertEquals(BounceConfig.Protocol.IMAP, b.protocol());
        assertTrue(b.tls());
        assertEquals(993, b.port());
        assertEquals("imaps", b.storeProtocol());
        assertEquals(Duration.ofMinutes(5), b.pollInterval());
    }

    @Test
    void pop3WithoutTlsAndAnExplicitAddress() {
        MailConfig m = parse("""
            mail:
              bounces: {address: return@example.test, host: 127.0.0.1, protocol: POP3, tls: false,
                        username: bx, pollInterval: PT1M}
            """).mail();
        assertEquals(110, m.bounces().port());
        assertEquals("pop3", m.bounces().storeProtocol());
        assertEquals("return@example.test", m.envelopeSender());
        assertEquals(Duration.ofMinutes(1), m.bounces().pollInterval());
    }

    @Test
    void addressOnlySetsTheEnvelopeSenderWithoutPolling() {
        BounceConfig b = parse("mail: {bounces: {address: return@example.test}}\n").mail().bounces();
        assertFalse(b.polling());
        assertEquals("return@example.test", b.address());
    }

    @Test
    void problemsNameTheKeyPath() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse("""
            mail:
              bounces: {address: nobody, host: imap.example.test, protocol: smoke-signals, port: 0,
                        pollInterval: soon}
            """));
        for (String key : new String[] {"mail.bounces.address", "mail.bounces.username", "mail.bounces.protocol",
            "mail.bounces.port", "mail.bounces.pollInterval"}) {
            assertTrue(e.getMessage().contains(key), key + " in " + e.getMessage());
        }
        ConfigException noHost = assertThrows(ConfigException.class,
            () -> parse("mail: {bounces: {address: a@example.test, username: u}}\n"));
        assertTrue(noHost.getMessage().contains("mail.bounces.host"), noHost.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class,
            () -> parse("mail: {bounces: {address: a@example.test, folder: INBOX}}\n"));
        assertTrue(unknown.getMessage().contains("mail.bounces.folder: unknown key"), unknown.getMessage());
    }
}
