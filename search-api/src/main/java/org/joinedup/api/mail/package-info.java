/**
 * Outgoing mail: templates, the durable outbox and its worker, and SMTP delivery through Angus Mail.
 *
 * <p>To use this package, build a mail with {@link org.joinedup.api.mail.AlertMails}, queue it with
 * {@link org.joinedup.api.mail.Outbox#enqueue} (inside the transaction that caused it), and run one
 * {@link org.joinedup.api.mail.OutboxWorker} with an {@link org.joinedup.api.mail.SmtpMailSender}. Addresses that
 * fail permanently land on the {@link org.joinedup.api.mail.SuppressionList}, at send time (SMTP 5xx) or later,
 * when a {@link org.joinedup.api.mail.BounceMailbox} reads a hard bounce from the bounce mailbox.
 */
package org.joinedup.api.mail;
