package org.joinedup.api.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Outgoing mail over SMTP (config key {@code mail}). When disabled, mail is still written to the outbox and sent
 * once mail is enabled.
 *
 * @param enabled      whether the outbox worker delivers mail at all
 * @param host         SMTP host
 * @param port         SMTP port
 * @param username     SMTP user, or null for no authentication
 * @param password     SMTP password, or null
 * @param startTls     require STARTTLS on a plain connection
 * @param ssl          connect with TLS from the start (SMTPS, usually port 465)
 * @param from         sender address of every mail
 * @param timeout      connect, read and write timeout
 * @param pollInterval how often the outbox is checked for mail due for (re)delivery
 * @param bounces      envelope sender and bounce mailbox, or null (bounces go to {@code from}, none are read)
 */
public record MailConfig(boolean enabled, String host, int port, String username, String password, boolean startTls,
                         boolean ssl, String from, Duration timeout, Duration pollInterval, BounceConfig bounces) {
    public MailConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port must be 1..65535");
    }

    /** Without bounce handling. */
    public MailConfig(boolean enabled, String host, int port, String username, String password, boolean startTls,
                      boolean ssl, String from, Duration timeout, Duration pollInterval) {
        this(enabled, host, port, username, password, startTls, ssl, from, timeout, pollInterval, null);
    }

    /** The envelope sender (SMTP MAIL FROM, later the Return-Path): the bounce address when there is one. */
    public String envelopeSender() {
        return bounces == null ? from : bounces.address();
    }

    /** Mail disabled, pointed at localhost:2525 (what the demo uses when nothing is configured). */
    public static MailConfig defaults() {
        return new MailConfig(false, "localhost", 2525, null, null, false, false, "alerts@joinedup.example",
            Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /** Same settings, enabled and pointed at another host and port (tests use a loopback SMTP server). */
    public MailConfig withServer(String newHost, int newPort) {
        return new MailConfig(true, newHost, newPort, username, password, startTls, ssl, from, timeout, pollInterval,
            bounces);
    }

    /** Same settings with other bounce handling (tests point it at a loopback IMAP/POP3 server). */
    public MailConfig withBounces(BounceConfig newBounces) {
        return new MailConfig(enabled, host, port, username, password, startTls, ssl, from, timeout, pollInterval,
            newBounces);
    }
}
