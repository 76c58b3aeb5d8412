package org.joinedup.api.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Validation of the {@code mail} and {@code alerts} sections; adds problems to the validator's list. */
final class MailAlertsChecks {
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+");
    private static final int MIN_SECRET = 32;

    private final List<String> problems;

    MailAlertsChecks(List<String> problems) {
        this.problems = problems;
    }

    MailConfig mail(RawConfig.Mail m) {
        MailConfig def = MailConfig.defaults();
        if (m == null) return def;
        String host = m.host() == null ? def.host() : m.host().strip();
        if (host.isEmpty()) problems.add("mail.host: must not be empty");
        int port = m.port() == null ? def.port() : m.port();
        if (port < 1 || port > 65535) {
            problems.add("mail.port: must be 1..65535");
            port = def.port();
        }
        String from = m.from() == null ? def.from() : m.from().strip();
        if (!address(from)) problems.add("mail.from: not an e-mail address (e.g. \"Jobs <alerts@example.org>\")");
        int timeoutMs = m.timeoutMs() == null ? (int) def.timeout().toMillis() : m.timeoutMs();
        if (timeoutMs <= 0) {
            problems.add("mail.timeoutMs: must be positive");
            timeoutMs = (int) def.timeout().toMillis();
        }
        boolean ssl = Boolean.TRUE.equals(m.ssl());
        boolean startTls = Boolean.TRUE.equals(m.startTls());
        if (ssl && startTls) problems.add("mail.startTls: use either ssl or startTls, not both");
        return new MailConfig(Boolean.TRUE.equals(m.enabled()), host.isEmpty() ? def.host() : host, port,
            m.username(), m.password(), startTls, ssl, from, Duration.ofMillis(timeoutMs),
            duration("mail.pollInterval", m.pollInterval(), def.pollInterval()),
            new BounceChecks(problems).bounces(m.bounces()));
    }

    static boolean address(String s) {
        try {
            return ADDRESS.matcher(new InternetAddress(s, true).getAddress()).matches();
        } catch (AddressException e) {
            return false;
        }
    }

    AlertsConfig alerts(RawConfig.Alerts a) {
        AlertsConfig def = AlertsConfig.defaults();
        if (a == null) return def;
        String secret = a.secret() == null || a.secret().isBlank() ? null : a.secret().strip();
        if (secret != null && secret.length() < MIN_SECRET) {
            problems.add("alerts.secret: must be at least " + MIN_SECRET + " characters (or null to generate one)");
        }
        int max = a.digestMaxItems() == null ? def.digestMaxItems() : a.digestMaxItems();
        if (max < 1 || max > 100) {
            problems.add("alerts.digestMaxItems: must be 1..100");
            max = def.digestMaxItems();
        }
        return new AlertsConfig(secret,
            duration("alerts.confirmTokenTtl", a.confirmTokenTtl(), def.confirmTokenTtl()),
            duration("alerts.unconfirmedTtl", a.unconfirmedTtl(), def.unconfirmedTtl()),
            duration("alerts.purgeInterval", a.purgeInterval(), def.purgeInterval()),
            duration("alerts.digestInterval", a.digestInterval(), def.digestInterval()), max,
            duration("alerts.matchRetryInterval", a.matchRetryInterval(), def.matchRetryInterval()),
            duration("alerts.manageLinkInterval", a.manageLinkInterval(), def.manageLinkInterval()));
    }

    private Duration duration(String key, String value, Duration def) {
        if (value == null) return def;
        try {
            Duration d = Duration.parse(value.strip());
            if (!d.isNegative() && !d.isZero()) return d;
            problems.add(key + ": must be a positive duration");
        } catch (DateTimeParseException e) {
            problems.add(key + ": not an ISO-8601 duration (e.g. PT1S, PT1H, P2D): '" + value + "'");
        }
        return def;
    }
}
