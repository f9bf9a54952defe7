package org.lcmhub.stream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.lcmhub.delivery.Delivery;
import org.lcmhub.domain.Log;
import org.lcmhub.mail.MailQueue;
import org.lcmhub.mail.Mailer;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mail.OutboxMailer;
import org.lcmhub.mail.SesMailer;
import org.lcmhub.me.FollowUps;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Dynamo;
import org.lcmhub.store.Env;
import org.lcmhub.store.Keys;
import org.lcmhub.store.StreamBatch;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The stream function: the table's stream hands it, in the shard's order, the new {@code MAIL#}
 * items and the moves' follow-up marks ({@code LEARNER#<id> / FOLLOWUP}), template.yaml's two
 * filters on one event source mapping. One function for both, not one each: a shard serves at most
 * two readers at once before Lambda's polls are throttled, and the site publish function is the
 * other. Each record goes to its own service: a mail is sent ({@link Delivery}), a follow-up
 * finished ({@link FollowUps}).
 *
 * <p>It answers with the first record it could not finish, whatever its kind
 * ({@code ReportBatchItemFailures}): the stream resumes from that record, so it and every record
 * after it come again, and nothing after it is worked now. Both services meet a record twice
 * safely: a message sent is gone from the queue (a claim is a conditional update), and a follow-up
 * done has its mark deleted, each item moving only while it still names the cohort left.
 */
public class StreamHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    /** What is done with one record's key; throws when the record is to be handed over again. */
    public interface Work {
        void on(String key);
    }

    private final Work mail;
    private final Work followUp;

    /** Used by Lambda (and by the local hub, which polls its store's stream the same way). */
    public StreamHandler() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    private StreamHandler(DynamoDbClient dynamo, String table) {
        this(new Delivery(new MailQueue(dynamo, table, Clock.systemUTC()), mailer()),
                new FollowUps(new DynamoSignupStore(dynamo, table), new DynamoNoteStore(dynamo, table),
                        new DynamoPlanStore(dynamo, table)));
    }

    public StreamHandler(Delivery delivery, FollowUps followUps) {
        this(delivery::deliver, followUps::complete);
    }

    /** {@code mail} takes a message's partition key, {@code followUp} a learner's id. */
    public StreamHandler(Work mail, Work followUp) {
        this.mail = mail;
        this.followUp = followUp;
    }

    /** SES v2 from the verified sender on AWS; the outbox folder in the local hub. */
    static Mailer mailer() {
        String outbox = Env.get(Mailers.OUTBOX_ENV);
        if (outbox != null && !outbox.isBlank()) {
            return new OutboxMailer(Path.of(outbox), Clock.systemUTC());
        }
        return new SesMailer(SesV2Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(10))
                        .build())
                .build(), Env.require(Mailers.FROM_ENV));
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        for (StreamBatch.Change change : StreamBatch.changes(event)) {
            String pk = change.pk();
            try {
                if (isQueuedMail(change)) {
                    mail.on(pk);
                } else if (isFollowUpMark(change)) {
                    followUp.on(pk.substring(Keys.LEARNER.length()));
                }
                // Anything else: the template's filters let none through.
            } catch (RuntimeException e) {
                Log.warn("Stream record " + change.sequenceNumber() + " (" + pk + ") not done, to be tried again: "
                        + e.getMessage());
                return StreamBatch.again(change);
            }
        }
        return StreamBatch.allDone();
    }

    /** A message queued: its item's insertion (the claims and the deletion that follow are not). */
    static boolean isQueuedMail(StreamBatch.Change change) {
        return "INSERT".equals(change.eventName()) && change.pk() != null && change.pk().startsWith(MailQueue.PK_PREFIX);
    }

    /** A move's mark, put by a first move or rewritten by a later one (its deletion is not). */
    static boolean isFollowUpMark(StreamBatch.Change change) {
        return ("INSERT".equals(change.eventName()) || "MODIFY".equals(change.eventName())) && change.pk() != null
                && change.pk().startsWith(Keys.LEARNER) && Keys.FOLLOW_UP.equals(change.sk());
    }
}
