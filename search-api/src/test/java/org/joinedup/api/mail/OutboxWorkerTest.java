package org.joinedup.api.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.joinedup.api.config.MailConfig;
import org.joinedup.api.persistence.Database;
import org.joinedup.api.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outbox state machine: queued -> sending -> sent/failed, crash re-queue, 4xx retry, 5xx suppression; on H2
 * and on PostgreSQL (outbox and suppression list).
 */
@Timeout(60)
@ParameterizedClass
@MethodSource("org.joinedup.api.persistence.TestDatabase#kinds")
class OutboxWorkerTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;
    @Parameter
    TestDatabase.Kind kind;
    private TestDatabase testDb;
    private Outbox outbox;
    private SuppressionList suppressions;

    @BeforeEach
    void setUp() {
        testDb = TestDatabase.open(kind, dir);
        Database db = testDb.db();
        outbox = new Outbox(db.dataSource());
        suppressions = new SuppressionList(db.dataSource());
    }

    @AfterEach
    void tearDown() {
        if (testDb != null) testDb.close();
    }

    private static OutboundMail mail(String to) {
        return new OutboundMail(null, to, "Subject", "text", "<p>html</p>",
            Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    private OutboxWorker worker(MailSender sender) {
        return new OutboxWorker(outbox, sender, suppressions, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void sendsOverSmtpAndMarksSent() throws Exception {
        MailConfig config = MailConfig.defaults().withServer("127.0.0.1", SMTP.getSmtp().getPort());
        outbox.enqueue(mail("a@example.test"), NOW);
        try (OutboxWorker w = worker(new SmtpMailSender(config))) {
            assertEquals(1, w.drain());
        }
        assertEquals(1, SMTP.getReceivedMessages().length);
        assertEquals("List-Unsubscribe=One-Click",
            SMTP.getReceivedMessages()[0].getHeader("List-Unsubscribe-Post", null));
        Outbox.Entry e = outbox.forRecipient("a@example.test").get(0);
        assertEquals("sent", e.status());
        assertEquals(NOW, e.sentAt());
    }

    @Test
    void rowLeftSendingByACrashIsSentOnceMoreAfterRestart() throws Exception {
        outbox.enqueue(mail("crash@example.test"), NOW);
        long id = outbox.forRecipient("crash@example.test").get(0).id();
        assertTrue(outbox.claim(id), "claimed, then the process 'dies' before marking it sent");
        MailConfig config = MailConfig.defaults().withServer("127.0.0.1", SMTP.getSmtp().getPort());
        try (OutboxWorker restarted = worker(new SmtpMailSender(config))) {
            assertEquals(0, restarted.drain(), "a row in sending is not touched while running");
            assertEquals(1, outbox.requeueInterrupted());
            assertEquals(1, restarted.drain());
            assertEquals(0, restarted.drain());
        }
        assertEquals(1, SMTP.getReceivedMessages().length);
        assertEquals("sent", outbox.get(id).status());
        assertEquals(2, outbox.get(id).attempts());
    }

    @Test
    void temporaryFailureIsRetriedWithBackoff() {
        List<String> tried = new ArrayList<>();
        outbox.enqueue(mail("busy@example.test"), NOW);
        try (OutboxWorker w = worker(m -> {
            tried.add(m.recipient());
            throw new MailDeliveryException("451 try later", false, null);
        })) {
            assertEquals(0, w.drain());
            assertEquals(0, w.drain(), "not due again before the backoff");
        }
        Outbox.Entry e = outbox.forRecipient("busy@example.test").get(0);
        assertEquals(1, tried.size());
        assertEquals("queued", e.status());
        assertEquals(NOW.plus(Duration.ofMinutes(1)), e.nextAttemptAt());
        assertEquals(Duration.ofMinutes(4), OutboxWorker.backoff(3));
        assertEquals(Duration.ofHours(6), OutboxWorker.backoff(30));
        assertTrue(!suppressions.contains("busy@example.test"));
    }

    @Test
    void permanentFailureFailsTheRowAndSuppressesTheAddress() {
        outbox.enqueue(mail("Nobody@Example.test"), NOW);
        outbox.enqueue(mail("nobody@example.test"), NOW);
        List<String> tried = new ArrayList<>();
        try (OutboxWorker w = worker(m -> {
            tried.add(m.recipient());
            throw new MailDeliveryException("550 5.1.1 no such user", true, null);
        })) {
            w.drain();
        }
        assertEquals(1, tried.size(), "the second mail to the same address is not attempted");
        assertTrue(suppressions.contains("NOBODY@example.test"));
        assertEquals(List.of("failed"), outbox.forRecipient("Nobody@Example.test").stream().map(Outbox.Entry::status)
            .toList());
        assertEquals("address suppressed", outbox.forRecipient("nobody@example.test").get(0).lastError());
    }

    @Test
    void connectionFailureIsTemporary() throws Exception {
        // Nothing listens on this port: an I/O failure must stay temporary (no suppression).
        MailConfig closed = MailConfig.defaults().withServer("127.0.0.1", 1);
        try {
            new SmtpMailSender(closed).send(mail("x@example.test"));
        } catch (MailDeliveryException e) {
            assertTrue(!e.permanent(), e.getMessage());
            return;
        }
        throw new AssertionError("expected a delivery failure");
    }

    @Test
    void replyCodeDecidesPermanence() throws Exception {
        var rcpt = new SMTPAddressFailedException(
            new InternetAddress("x@example.test"), "RCPT TO", 550, "5.1.1 no such user");
        var send = new SendFailedException("Invalid Addresses", rcpt);
        assertEquals(550, SmtpMailSender.replyCode(send));
        var later = new SMTPAddressFailedException(
            new InternetAddress("x@example.test"), "RCPT TO", 452, "mailbox full");
        assertEquals(452, SmtpMailSender.replyCode(new SendFailedException("later", later)));
        assertEquals(-1, SmtpMailSender.replyCode(new MessagingException("connect failed")));
    }
}
