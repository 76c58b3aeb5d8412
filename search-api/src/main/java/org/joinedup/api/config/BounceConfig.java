package org.joinedup.api.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Bounce handling (config key {@code mail.bounces}): the envelope sender of every mail, and optionally the mailbox
 * that delivery status notifications (RFC 3464) arrive in, polled over IMAP or POP3.
 *
 * @param address      envelope sender (Return-Path) of every mail, so that bounces come back to this mailbox
 * @param host         IMAP/POP3 host of the bounce mailbox, or null to set the envelope sender only
 * @param port         port of that host
 * @param protocol     how the mailbox is read
 * @param username     mailbox login (required with a host)
 * @param password     mailbox password, or null
 * @param tls          connect with TLS from the start (IMAPS 993 / POP3S 995)
 * @param pollInterval how often the mailbox is read
 */
public record BounceConfig(String address, String host, int port, Protocol protocol, String username,
                           String password, boolean tls, Duration pollInterval) {

    /** How the bounce mailbox is read. */
    public enum Protocol {
        IMAP, POP3;

        /** The default port of this protocol, with or without TLS from the start. */
        public int defaultPort(boolean tls) {
            return this == IMAP ? (tls ? 993 : 143) : (tls ? 995 : 110);
        }
    }

    /** Default poll interval: bounces need not be seen at once, but before the next daily digest. */
    public static final Duration DEFAULT_POLL = Duration.ofMinutes(5);

    public BounceConfig {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (host != null && username == null) throw new IllegalArgumentException("username required with a host");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port must be 1..65535");
    }

    /** True when a bounce mailbox is configured (not only the envelope sender). */
    public boolean polling() {
        return host != null;
    }

    /** The Jakarta Mail store name: imap, imaps, pop3 or pop3s. */
    public String storeProtocol() {
        return protocol.name().toLowerCase(Locale.ROOT) + (tls ? "s" : "");
    }

    /** The same mailbox on another host and port (tests point it at a loopback mail server). */
    public BounceConfig withServer(String newHost, int newPort) {
        return new BounceConfig(address, newHost, newPort, protocol, username, password, tls, pollInterval);
    }
}
