package org.lcmhub.mail;

import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The mail port as request functions use it: every message is queued in the table
 * ({@link MailQueue}) and the stream function sends it, through SES on AWS or into the local outbox.
 */
public final class Mailers {
    /** Set by the local hub only: the stream function writes mail to this folder instead of sending it. */
    public static final String OUTBOX_ENV = "HUB_MAIL_OUTBOX";
    /** The verified SES sender, from template.yaml (the stream function's). */
    public static final String FROM_ENV = "HUB_MAIL_FROM";

    private Mailers() {
    }

    public static Mailer queue(DynamoDbClient dynamo, String table) {
        return new MailQueue(dynamo, table, Clock.systemUTC());
    }
}
