package org.lcmhub.mail;

/** The mail port: SES v2 on AWS, an outbox folder in the local hub. */
@FunctionalInterface
public interface Mailer {
    /** Sends the message or throws; never returns before the message is handed over. */
    void send(Mail mail);
}
