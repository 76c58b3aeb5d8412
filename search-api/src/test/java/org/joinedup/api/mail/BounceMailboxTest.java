package org.joinedup.api.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import org.joinedup.api.config.BounceConfig;
import org.joinedup.api.config.MailConfig;
import org.joinedup.api.persistence.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bounce intake against GreenMail's real SMTP, IMAP and POP3 servers: a delivery status notification is mailed to
 * the bounce mailbox over SMTP, one poll reads it, and the address is suppressed so the next alert is not sent.
 */
@Timeout(60)
class BounceMailboxTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final String BOUNCES = "bounces@joinedup.example";
    private static final String GONE = "gone@example.test";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
        ServerSetup.dynamicPort(ServerSetupTest.SMTP_POP3_IMAP));

    private Outbox outbox;
    private SuppressionList suppressions;

    @BeforeEach
    void setUp() {
        Database db = Database.open("jdbc:h2:mem:bounces-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        outbox = new Outbox(db.dataSource());
        suppressions = new SuppressionList(db.dataSource());
        MAIL.setUser(BOUNCES, "bounces", "bounce-secret");
    }

    private BounceMailbox mailbox(BounceConfig.Protocol protocol) {
        int port = protocol == BounceConfig.Protocol.IMAP ? MAIL.getImap().getPort() : MAIL.getPop3().getPort();
        BounceConfig c = new BounceConfig(BOUNCES, "127.0.0.1", port, protocol, "bounces", "bounce-secret", false,
            Duration.ofMinutes(5));
        return new BounceMailbox(c, Duration.ofSeconds(10), suppressions, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void hardBounceOverImapSuppressesTheAddressAndTheNextAlertIsNotSent() throws Exception {
        deliver(Dsns.report("dsn-1", Dsns.recipient(GONE, "failed", "5.1.1")));
        try (BounceMailbox box = mailbox(BounceConfig.Protocol.IMAP)) {
            assertEquals(new BounceMailbox.Poll(1, 1, 0), box.poll());
            assertTrue(suppressions.contains(GONE));
            assertEquals(new BounceMailbox.Poll(0, 0, 0), box.poll(), "the report was deleted, not read again");
        }
        assertEquals(0, MAIL.getReceivedMessagesForDomain(BOUNCES).length, "bounce mailbox emptied");

        MailConfig smtp = MailConfig.defaults().withServer("127.0.0.1", MAIL.getSmtp().getPort());
        outbox.enqueue(alert(GONE), NOW);
        try (OutboxWorker w = new OutboxWorker(outbox, new SmtpMailSender(smtp), suppressions,
            Clock.fixed(NOW, ZoneOffset.UTC))) {
            assertEquals(0, w.drain());
        }
        assertEquals("address suppressed", outbox.forRecipient(GONE).get(0).lastError());
        assertEquals(0, MAIL.getReceivedMessagesForDomain(GONE).length, "no alert went to the bounced address");
    }

    @Test
    void hardBounceOverPop3IsReadAndDeleted() throws Exception {
        deliver(Dsns.report("dsn-2", Dsns.recipient("soft@example.test", "delayed", "4.4.7"),
            Dsns.recipient(GONE, "failed", "5.2.1 (mailbox disabled)")));
        try (BounceMailbox box = mailbox(BounceConfig.Protocol.POP3)) {
            assertEquals(new BounceMailbox.Poll(1, 1, 0), box.poll());
            assertEquals(new BounceMailbox.Poll(0, 0, 0), box.poll());
        }
        assertTrue(suppressions.contains(GONE));
        assertFalse(suppressions.contains("soft@example.test"), "the delayed recipient in the same report");
    }

    @Test
    void softBounceSuppressesNothing() throws Exception {
        deliver(Dsns.report("dsn-3", Dsns.recipient("full@example.test", "failed", "4.2.2")));
        deliver(Dsns.report("dsn-4", Dsns.recipient("slow@example.test", "delayed", "4.4.1")));
        try (BounceMailbox box = mailbox(BounceConfig.Protocol.IMAP)) {
            assertEquals(new BounceMailbox.Poll(0, 2, 0), box.poll());
        }
        assertFalse(suppressions.contains("full@example.test"));
        assertFalse(suppressions.contains("slow@example.test"));
    }

    @Test
    void otherMailAndUnreadableReportsAreLeftAloneAndUnread() throws Exception {
        deliver(Dsns.plainMail("human-1", "Re: your job alert", "Please call me about " + GONE));
        deliver(Dsns.report("broken-1", "Final-Recipient: rfc822; " + GONE + "\r\nAction: failed\r\n"));
        try (BounceMailbox box = mailbox(BounceConfig.Protocol.IMAP)) {
            assertEquals(new BounceMailbox.Poll(0, 0, 2), box.poll());
            assertEquals(new BounceMailbox.Poll(0, 0, 2), box.poll(), "still there on the next poll");
        }
        assertFalse(suppressions.contains(GONE));
        assertEquals(2, MAIL.getReceivedMessagesForDomain(BOUNCES).length);
        assertEquals(2, unreadOverImap(), "a person still sees them as unread");
    }

    @Test
    void alertMailsCarryTheBounceAddressAsEnvelopeSender() throws Exception {
        BounceConfig bounces = new BounceConfig(BOUNCES, null, 993, BounceConfig.Protocol.IMAP, null, null, true,
            Duration.ofMinutes(5));
        MailConfig smtp = MailConfig.defaults().withServer("127.0.0.1", MAIL.getSmtp().getPort())
            .withBounces(bounces);
        new SmtpMailSender(smtp).send(alert("reader@example.test"));
        MimeMessage got = MAIL.getReceivedMessagesForDomain("reader@example.test")[0];
        assertEquals("<" + BOUNCES + ">", got.getHeader("Return-Path", null));
        assertEquals("alerts@joinedup.example", ((InternetAddress) got.getFrom()[0]).getAddress());
    }

    private static int unreadOverImap() throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", MAIL.getImap().getPort(), "bounces", "bounce-secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return inbox.getUnreadMessageCount();
            } finally {
                inbox.close(false);
            }
        }
    }

    private static OutboundMail alert(String to) {
        return new OutboundMail(null, to, "1 new vacancies", "text", "<p>html</p>", Map.of());
    }

    /** Sends raw RFC 5322 text to the bounce mailbox over GreenMail's SMTP, as the remote MTA would. */
    private static void deliver(String raw) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(MAIL.getSmtp().getPort()));
        p.put("mail.smtp.from", "mailer-daemon@mx.example.test");
        Session session = Session.getInstance(p);
        MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        Transport.send(m, new Address[] {new InternetAddress(BOUNCES)});
    }
}
