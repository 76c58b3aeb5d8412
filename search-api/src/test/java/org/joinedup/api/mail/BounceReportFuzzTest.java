package org.joinedup.api.mail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.joinedup.api.fuzz.FuzzBounds;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the RFC 3464 bounce reader of the bounce mailbox: {@code report} gives whole messages to
 * {@link DeliveryStatusReport#of} as {@code BounceMailbox} does, {@code fields} gives a
 * {@code message/delivery-status} body straight to {@link DeliveryStatusReport#parse} (whole random messages
 * rarely reach it). Property: a report, empty (not a bounce) or one of the errors the mailbox handles
 * ({@link MessagingException}, {@link IOException}, {@link DeliveryStatusReport.UnreadableReportException}: the
 * message is left alone); never another exception, which would end the whole poll and leave every later bounce
 * unread; each recipient read has an address with a local part and a domain and a status x.y.z; and it stays
 * within {@link FuzzBounds} (1 s CPU, 64 MiB allocated per input).
 *
 * <p>Input: the raw message ({@code report}) or the delivery-status body ({@code fields}).
 */
class BounceReportFuzzTest {
    private static final Session SESSION = Session.getInstance(new Properties());

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void report(byte[] input) {
        FuzzBounds.Outcome<Optional<DeliveryStatusReport>> out = FuzzBounds.run(
            () -> DeliveryStatusReport.of(new MimeMessage(SESSION, new ByteArrayInputStream(input))),
            MessagingException.class, IOException.class, DeliveryStatusReport.UnreadableReportException.class);
        if (!out.refused()) out.value().ifPresent(BounceReportFuzzTest::check);
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void fields(byte[] input) {
        FuzzBounds.Outcome<DeliveryStatusReport> out = FuzzBounds.run(
            () -> DeliveryStatusReport.parse(new String(input, StandardCharsets.UTF_8)),
            MessagingException.class, DeliveryStatusReport.UnreadableReportException.class);
        if (!out.refused()) check(out.value());
    }

    private static void check(DeliveryStatusReport report) {
        FuzzBounds.require(!report.recipients().isEmpty(), "a report without recipients");
        for (DeliveryStatusReport.Recipient r : report.recipients()) {
            FuzzBounds.require(r.address().indexOf('@') > 0, "recipient without an address: " + r);
            FuzzBounds.require(r.status().matches("[245]\\.\\d{1,3}\\.\\d{1,3}"), "status not x.y.z: " + r);
            r.hardBounce();
        }
    }
}
