package org.joinedup.api.mail;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One mail to send: a text and an HTML part plus extra headers (e.g. {@code List-Unsubscribe}).
 *
 * @param alertId   the alert it belongs to (so deleting the alert deletes queued mail), or null
 * @param recipient the address
 * @param subject   subject line
 * @param text      plain-text part
 * @param html      HTML part (already escaped)
 * @param headers   extra header name to value
 */
public record OutboundMail(String alertId, String recipient, String subject, String text, String html,
                           Map<String, String> headers) {
    public OutboundMail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        headers = headers == null ? Map.of() : Map.copyOf(new TreeMap<>(headers));
        for (var e : headers.entrySet()) {
            if (e.getKey().contains(":") || (e.getKey() + e.getValue()).contains("\n")
                || (e.getKey() + e.getValue()).contains("\r")) {
                throw new IllegalArgumentException("header injection in " + e.getKey());
            }
        }
    }
}
