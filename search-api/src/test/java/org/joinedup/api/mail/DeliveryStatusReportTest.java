package org.joinedup.api.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Reading RFC 3464 reports: recipients, hard vs soft, the oddities MTAs write, and what is not a report. */
class DeliveryStatusReportTest {

    private static MimeMessage message(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()),
            new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEveryRecipientBlock() throws Exception {
        DeliveryStatusReport r = DeliveryStatusReport.of(message(Dsns.report("a",
            Dsns.recipient("Gone@Example.test", "failed", "5.1.1"),
            Dsns.recipient("later@example.test", "delayed", "4.4.7")))).orElseThrow();
        assertEquals(List.of(new DeliveryStatusReport.Recipient("Gone@Example.test", "failed", "5.1.1"),
            new DeliveryStatusReport.Recipient("later@example.test", "delayed", "4.4.7")), r.recipients());
        assertTrue(r.recipients().get(0).hardBounce());
        assertFalse(r.recipients().get(1).hardBounce());
    }

    @Test
    void onlyFailedWithA5xxStatusIsHard() {
        assertTrue(new DeliveryStatusReport.Recipient("a@b.test", "failed", "5.7.1").hardBounce());
        assertFalse(new DeliveryStatusReport.Recipient("a@b.test", "failed", "4.2.2").hardBounce());
        assertFalse(new DeliveryStatusReport.Recipient("a@b.test", "delivered", "2.0.0").hardBounce());
    }

    @Test
    void toleratesAngleBracketsLowerCaseFieldsCommentsAndLfOnly() throws Exception {
        DeliveryStatusReport r = DeliveryStatusReport.parse("reporting-mta: dns; mx\n\n"
            + "final-recipient: RFC822; <x@y.test>\naction: Failed\nstatus: 5.0.0 (permanent failure)\n");
        assertEquals(new DeliveryStatusReport.Recipient("x@y.test", "failed", "5.0.0"), r.recipients().get(0));
    }

    @Test
    void otherMailIsNotAReport() throws Exception {
        assertTrue(DeliveryStatusReport.of(message(Dsns.plainMail("p", "Hello", "text"))).isEmpty());
        // A read receipt is a multipart/report too, but of another report-type.
        String mdn = Dsns.report("m", Dsns.recipient("a@b.test", "failed", "5.1.1"))
            .replace("report-type=delivery-status", "report-type=disposition-notification");
        assertTrue(DeliveryStatusReport.of(message(mdn)).isEmpty());
    }

    @Test
    void aReportWithoutUsableFieldsIsUnreadable() throws Exception {
        assertThrows(DeliveryStatusReport.UnreadableReportException.class,
            () -> DeliveryStatusReport.parse("Reporting-MTA: dns; mx\n"));
        assertThrows(DeliveryStatusReport.UnreadableReportException.class,
            () -> DeliveryStatusReport.parse("Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; a@b.test\n"
                + "Action: failed\nStatus: bounced\n"));
        assertThrows(DeliveryStatusReport.UnreadableReportException.class,
            () -> DeliveryStatusReport.parse("Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; nobody\n"
                + "Action: failed\nStatus: 5.1.1\n"));
        String noStatusPart = Dsns.report("n", "x").replace("message/delivery-status", "text/plain");
        assertThrows(DeliveryStatusReport.UnreadableReportException.class,
            () -> DeliveryStatusReport.of(message(noStatusPart)));
    }
}
