package org.joinedup.api.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Validation of {@code mail.bounces}; adds problems naming the key path to the validator's list. */
final class BounceChecks {
    private final List<String> problems;

    BounceChecks(List<String> problems) {
        this.problems = problems;
    }

    /** The typed section, or null when it is absent (bounce handling off). */
    BounceConfig bounces(RawConfig.Bounces b) {
        if (b == null) return null;
        int before = problems.size();
        String host = blankToNull(b.host());
        String username = blankToNull(b.username());
        String address = blankToNull(b.address());
        if (address == null && username != null && MailAlertsChecks.address(username)) address = username;
        if (address == null) {
            problems.add("mail.bounces.address: required (the envelope sender that bounces are returned to)");
        } else if (!MailAlertsChecks.address(address)) {
            problems.add("mail.bounces.address: not an e-mail address (e.g. bounces@example.org)");
        }
        if (host == null && (username != null || b.password() != null || b.port() != null || b.protocol() != null)) {
            problems.add("mail.bounces.host: required when the bounce mailbox is configured");
        }
        if (host != null && username == null) problems.add("mail.bounces.username: required with mail.bounces.host");
        BounceConfig.Protocol protocol = protocol(b.protocol());
        boolean tls = b.tls() == null || b.tls();
        int port = b.port() == null ? protocol.defaultPort(tls) : b.port();
        if (port < 1 || port > 65535) problems.add("mail.bounces.port: must be 1..65535");
        Duration poll = duration(b.pollInterval());
        if (problems.size() > before) return null;
        return new BounceConfig(address, host, port, protocol, username, b.password(), tls, poll);
    }

    private BounceConfig.Protocol protocol(String p) {
        if (p == null) return BounceConfig.Protocol.IMAP;
        try {
            return BounceConfig.Protocol.valueOf(p.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("mail.bounces.protocol: must be imap or pop3");
            return BounceConfig.Protocol.IMAP;
        }
    }

    private Duration duration(String value) {
        if (value == null) return BounceConfig.DEFAULT_POLL;
        try {
            Duration d = Duration.parse(value.strip());
            if (!d.isNegative() && !d.isZero()) return d;
            problems.add("mail.bounces.pollInterval: must be a positive duration");
        } catch (DateTimeParseException e) {
            problems.add("mail.bounces.pollInterval: not an ISO-8601 duration (e.g. PT5M): '" + value + "'");
        }
        return BounceConfig.DEFAULT_POLL;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
