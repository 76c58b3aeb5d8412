package org.joinedup.api.mail;

/** Delivery status notifications as a Postfix MTA writes them (RFC 3464), and other mail, for the bounce tests. */
final class Dsns {
    private Dsns() {
    }

    /** One per-recipient block of a {@code message/delivery-status} body. */
    static String recipient(String address, String action, String status) {
        return """
            Final-Recipient: rfc822; %1$s\r
            Original-Recipient: rfc822;%1$s\r
            Action: %2$s\r
            Status: %3$s\r
            Remote-MTA: dns; mail.example.test\r
            Diagnostic-Code: smtp; 550 %3$s <%1$s>: Recipient address\r
                rejected: User unknown in virtual mailbox table\r
            """.formatted(address, action, status);
    }

    /** A whole multipart/report with the given recipient blocks. */
    static String report(String id, String... recipients) {
        return """
            From: MAILER-DAEMON@mx.example.test (Mail Delivery System)\r
            To: bounces@joinedup.example\r
            Subject: Undelivered Mail Returned to Sender\r
            Date: Mon, 2 Nov 2026 09:00:00 +0000\r
            Message-ID: <%1$s@mx.example.test>\r
            MIME-Version: 1.0\r
            Content-Type: multipart/report; report-type=delivery-status;\r
            \tboundary="B-%1$s"\r
            \r
            This is a MIME-encapsulated message.\r
            \r
            --B-%1$s\r
            Content-Description: Notification\r
            Content-Type: text/plain; charset=us-ascii\r
            \r
            I'm sorry to have to inform you that your message could not\r
            be delivered to one or more recipients.\r
            \r
            --B-%1$s\r
            Content-Description: Delivery report\r
            Content-Type: message/delivery-status\r
            \r
            Reporting-MTA: dns; mx.example.test\r
            X-Postfix-Queue-ID: 3F1A2C0\r
            Arrival-Date: Mon, 2 Nov 2026 08:59:58 +0000 (UTC)\r
            \r
            %2$s\r
            --B-%1$s\r
            Content-Description: Undelivered Message Headers\r
            Content-Type: text/rfc822-headers\r
            \r
            Return-Path: <bounces@joinedup.example>\r
            From: alerts@joinedup.example\r
            Subject: 1 new vacancies for your search\r
            \r
            --B-%1$s--\r
            """.formatted(id, String.join("\r\n", recipients));
    }

    /** A mail from a person that happens to arrive at the bounce address. */
    static String plainMail(String id, String subject, String body) {
        return """
            From: A Reader <reader@example.test>\r
            To: bounces@joinedup.example\r
            Subject: %2$s\r
            Date: Mon, 2 Nov 2026 09:00:00 +0000\r
            Message-ID: <%1$s@example.test>\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset=utf-8\r
            \r
            %3$s\r
            """.formatted(id, subject, body);
    }
}
