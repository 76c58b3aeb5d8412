package org.joinedup.api.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The per-recipient fields of an RFC 3464 delivery status notification: a {@code multipart/report;
 * report-type=delivery-status} whose {@code message/delivery-status} part holds one block of per-message fields
 * and then one block per recipient ({@code Final-Recipient}, {@code Action}, {@code Status}).
 *
 * @param recipients one entry per recipient block, in the order of the report
 */
record DeliveryStatusReport(List<Recipient> recipients) {
    private static final Pattern STATUS = Pattern.compile("[245]\\.\\d{1,3}\\.\\d{1,3}");
    /** Blocks are separated by an empty line; CRLF or LF, as servers differ. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n\\r?\\n");

    DeliveryStatusReport {
        recipients = List.copyOf(recipients);
    }

    /**
     * One recipient of the report.
     *
     * @param address the address from {@code Final-Recipient} (the part after {@code rfc822;})
     * @param action  {@code failed}, {@code delayed}, {@code delivered}, {@code relayed} or {@code expanded}
     * @param status  the RFC 3463 status code, e.g. {@code 5.1.1}
     */
    record Recipient(String address, String action, String status) {
        /** A permanent failure: action failed with a 5.x.x status. 4.x.x (and delays) are soft and ignored. */
        boolean hardBounce() {
            return "failed".equals(action) && status.startsWith("5.");
        }
    }

    /**
     * Reads the report from a message. Empty when the message is not a delivery status notification at all;
     * throws {@link UnreadableReportException} when it claims to be one but its fields cannot be read.
     */
    static Optional<DeliveryStatusReport> of(Part message) throws MessagingException, IOException {
        if (!isDeliveryReport(message.getContentType())) return Optional.empty();
        if (!(message.getContent() instanceof Multipart parts)) {
            throw new UnreadableReportException("multipart/report without parts");
        }
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                try (InputStream in = part.getInputStream()) {
                    return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        throw new UnreadableReportException("no message/delivery-status part");
    }

    private static boolean isDeliveryReport(String contentType) {
        try {
            ContentType type = new ContentType(contentType);
            return type.match("multipart/report")
                && "delivery-status".equalsIgnoreCase(type.getParameter("report-type"));
        } catch (ParseException e) {
            return false;
        }
    }

    /** Parses the fields of a {@code message/delivery-status} body. */
    static DeliveryStatusReport parse(String body) throws MessagingException {
        String[] blocks = BLANK_LINE.split(body.strip());
        List<Recipient> out = new ArrayList<>();
        for (int i = 1; i < blocks.length; i++) { // block 0: per-message fields (Reporting-MTA, Arrival-Date)
            InternetHeaders h = new InternetHeaders(new ByteArrayInputStream(
                (blocks[i].strip() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8)));
            String recipient = h.getHeader("Final-Recipient", null);
            if (recipient == null) continue; // an extension block; not about a recipient
            out.add(new Recipient(address(recipient), field(h, "Action"), status(h.getHeader("Status", null))));
        }
        if (out.isEmpty()) throw new UnreadableReportException("no per-recipient fields with Final-Recipient");
        return new DeliveryStatusReport(out);
    }

    /** {@code rfc822; <a@b.example>} (address-type; address, RFC 3464 2.3.2) to {@code a@b.example}. */
    private static String address(String field) {
        int semi = field.indexOf(';');
        String a = (semi < 0 ? field : field.substring(semi + 1)).strip();
        if (a.startsWith("<") && a.endsWith(">")) a = a.substring(1, a.length() - 1).strip();
        if (a.indexOf('@') < 1) throw new UnreadableReportException("Final-Recipient is not an address: " + field);
        return a;
    }

    private static String field(InternetHeaders h, String name) {
        String v = h.getHeader(name, null);
        if (v == null) throw new UnreadableReportException(name + " missing in a recipient block");
        return v.strip().toLowerCase(Locale.ROOT);
    }

    private static String status(String v) {
        // "5.1.1 (user unknown)" is seen in the wild: the code is the first word.
        String code = v == null ? "" : v.strip().split("[\\s(]", 2)[0];
        if (!STATUS.matcher(code).matches()) throw new UnreadableReportException("Status is not x.y.z: " + v);
        return code;
    }

    /** The message says it is a delivery status notification, but its fields cannot be read. */
    static final class UnreadableReportException extends RuntimeException {
        UnreadableReportException(String message) {
            super(message);
        }
    }
}
