package org.joinedup.api.mail;

/** Delivers one mail now; {@link SmtpMailSender} in the service, fakes in tests. */
@FunctionalInterface
public interface MailSender {

    /** Returns when the SMTP server has accepted the mail. */
    void send(OutboundMail mail) throws MailDeliveryException;
}
