package org.lcmhub.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Mail waiting in the table: a request function queues each message as an item ({@code MAIL#<id>}
 * / {@code MAIL}) and answers; the stream function ({@code stream/StreamHandler}) gets the new
 * item from the table's stream, claims it, sends it and deletes it. So no request function ships a
 * mail SDK, and a slow or failing mail service never slows or fails a request.
 *
 * <p>A claim is a conditional update that holds the message for {@link #LEASE}: a retried batch,
 * or a second copy of the stream record, finds the message gone (sent) or held, and does not send
 * it again. A holder that died without sending leaves a claim that expires, so the next try sends.
 */
public final class MailQueue implements Mailer {
    /** The sort key of every queued message; its partition key is {@code MAIL#<id>}. */
    public static final String PK_PREFIX = "MAIL#";
    static final String SK = "MAIL";
    /** Longer than the stream function's timeout (template.yaml), so a live claim is never taken over. */
    public static final Duration LEASE = Duration.ofMinutes(2);
    /** A message nobody could send in two weeks expires (the table's TTL) rather than waiting forever. */
    static final Duration KEEP = Duration.ofDays(14);

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public MailQueue(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    /** Queues the message; the request's answer does not wait for it to be sent. */
    @Override
    public void send(Mail mail) {
        dynamo.putItem(r -> r.tableName(table).item(item(mail, UUID.randomUUID().toString(), clock.instant()))
                .conditionExpression("attribute_not_exists(PK)"));
    }

    /** The item of a queued message (also for a Put inside a write's own transaction). */
    public static Map<String, AttributeValue> item(Mail mail, String id, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.key(PK_PREFIX + id, SK));
        item.put(ItemType.ATTRIBUTE, ItemType.MAIL.value());
        item.put("to", AttributeValue.fromS(mail.to()));
        item.put("subject", AttributeValue.fromS(mail.subject()));
        item.put("text", AttributeValue.fromS(mail.text()));
        item.put("kind", AttributeValue.fromS(mail.kind()));
        item.put("queuedAt", AttributeValue.fromS(now.toString()));
        item.put("expiresAt", AttributeValue.fromN(Long.toString(now.plus(KEEP).getEpochSecond())));
        if (!mail.attachments().isEmpty()) {
            item.put("attachments", AttributeValue.fromL(mail.attachments().stream().map(a -> AttributeValue.fromM(Map.of(
                    "fileName", AttributeValue.fromS(a.fileName()),
                    "contentType", AttributeValue.fromS(a.contentType()),
                    "content", AttributeValue.fromB(SdkBytes.fromByteArray(a.content()))))).toList()));
        }
        return item;
    }

    /** A message held by this sender: {@code mail} is null when it is gone (sent) or held by another. */
    public record Claim(String pk, String token, Mail mail, boolean heldElsewhere) {
        public boolean gone() {
            return mail == null && !heldElsewhere;
        }
    }

    /** Takes the message for sending, unless it was sent already or another sender holds it. */
    public Claim claim(String pk) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        try {
            Map<String, AttributeValue> item = dynamo.updateItem(r -> r.tableName(table).key(Keys.key(pk, SK))
                    .updateExpression("SET claimToken = :t, claimedUntil = :until ADD attempts :one")
                    .conditionExpression("attribute_exists(PK) AND (attribute_not_exists(claimedUntil) OR claimedUntil < :now)")
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(token),
                            ":until", AttributeValue.fromN(Long.toString(now.plus(LEASE).toEpochMilli())),
                            ":now", AttributeValue.fromN(Long.toString(now.toEpochMilli())),
                            ":one", AttributeValue.fromN("1")))
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).attributes();
            return new Claim(pk, token, mail(item), false);
        } catch (ConditionalCheckFailedException e) {
            return new Claim(pk, null, null, e.hasItem() && !e.item().isEmpty());
        }
    }

    /** Sent: the message leaves the queue (a later copy of its stream record finds nothing). */
    public void delivered(Claim claim) {
        try {
            dynamo.deleteItem(r -> r.tableName(table).key(Keys.key(claim.pk(), SK))
                    .conditionExpression("claimToken = :t")
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(claim.token()))));
        } catch (ConditionalCheckFailedException e) {
            // Our lease ran out and another sender took the message over: theirs to delete.
        }
    }

    /** Not sent: the message is free again for the retry. */
    public void release(Claim claim) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Keys.key(claim.pk(), SK))
                    .updateExpression("REMOVE claimToken, claimedUntil")
                    .conditionExpression("claimToken = :t")
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(claim.token()))));
        } catch (ConditionalCheckFailedException e) {
            // Taken over already.
        }
    }

    private static Mail mail(Map<String, AttributeValue> item) {
        List<Mail.Attachment> attachments = new ArrayList<>();
        AttributeValue list = item.get("attachments");
        if (list != null && list.hasL()) {
            for (AttributeValue a : list.l()) {
                attachments.add(new Mail.Attachment(a.m().get("fileName").s(), a.m().get("contentType").s(),
                        a.m().get("content").b().asByteArray()));
            }
        }
        return new Mail(item.get("to").s(), item.get("subject").s(), item.get("text").s(), item.get("kind").s(),
                attachments);
    }
}
