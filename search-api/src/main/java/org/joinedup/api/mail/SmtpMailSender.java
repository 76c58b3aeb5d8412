package org.joinedup.api.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.joinedup.api.config.MailConfig;

/**
 * Sends mail over SMTP with Angus Mail: host, port, credentials and TLS from {@link MailConfig}. A reply code
 * 5xx anywhere in the failure chain makes the failure permanent; everything else (4xx, I/O) is temporary.
 */
public final class SmtpMailSender implements MailSender {

    private final MailConfig config;
    private final Session session;

    public SmtpMailSender(MailConfig config) {
        this.config = config;
        this.session = Session.getInstance(properties(config));
    }

    static Properties properties(MailConfig c) {
        String p = c.ssl() ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        props.put("mail.transport.protocol", c.ssl() ? "smtps" : "smtp");
        props.put(p + "host", c.host());
        props.put(p + "port", String.valueOf(c.port()));
        // The envelope sender (MAIL FROM) is where bounces go: the bounce mailbox when one is configured. It must be
        // a bare address: a display name here would make the MAIL FROM command malformed.
        props.put(p + "from", bareAddress(c.envelopeSender()));
        String timeout = String.valueOf(c.timeout().toMillis());
        props.put(p + "connectiontimeout", timeout);
        props.put(p + "timeout", timeout);
        props.put(p + "writetimeout", timeout);
        props.put(p + "auth", String.valueOf(c.username() != null));
        if (c.startTls()) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (c.ssl() || c.startTls()) props.put(p + "ssl.checkserveridentity", "true");
        return props;
    }

    private static String bareAddress(String address) {
        try {
            return new InternetAddress(address, false).getAddress();
        } catch (AddressException e) {
            return address; // validated at config load; tests may use odd values
        }
    }

    @Override
    public void send(OutboundMail mail) throws MailDeliveryException {
        try {
            MimeMessage m = message(mail);
            if (config.username() != null) {
                Transport.send(m, config.username(), config.password() == null ? "" : config.password());
            } else {
                Transport.send(m);
            }
        } catch (MessagingException e) {
            int code = replyCode(e);
            throw new MailDeliveryException("SMTP " + (code > 0 ? code + " " : "") + e.getMessage(),
                code >= 500 && code < 600, e);
        }
    }

    private MimeMessage message(OutboundMail mail) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(config.from()));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        m.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        m.setContent(alternative);
        for (var h : mail.headers().entrySet()) m.setHeader(h.getKey(), h.getValue());
        m.saveChanges();
        return m;
    }

    /** The SMTP reply code of the failure or of any nested one, or -1 when there is none (I/O trouble). */
    static int replyCode(Exception e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException me ? me.getNextException() : null) {
            if (x instanceof SMTPAddressFailedException a) return a.getReturnCode();
            if (x instanceof SMTPSendFailedException s && s.getReturnCode() > 0) return s.getReturnCode();
            if (x == (x instanceof MessagingException me ? me.getNextException() : null)) break;
        }
        return -1;
    }
}
