package org.lcmhub.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.delivery.Delivery;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.MailQueue;
import org.lcmhub.mail.Mailer;
import org.lcmhub.me.FollowUps;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.testing.RecordingMailer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The stream function's mail against moto: a queued message is sent once, whatever the stream
 * hands over again; a message the mail service refuses stays queued and the batch names it, among
 * the moves' follow-up marks too; a message another sender holds is not sent by a second one until
 * that claim runs out.
 */
@ExtendWith(MotoExtension.class)
class StreamHandlerIT {
    private static final Mail INVITE = new Mail("awa@example.org", "Your 1:1s", "Hello", "one-to-one")
            .withAttachment(Mail.Attachment.text("one-to-one.ics", "text/calendar; method=REQUEST", "BEGIN:VCALENDAR"));

    /** The PK of the message the queue wrote (the newest MAIL# item to {@code to}). */
    private static String queued(Moto moto, String to) {
        return moto.dynamo().scanPaginator(r -> r.tableName(moto.table())).items().stream()
                .filter(i -> i.get("PK").s().startsWith(MailQueue.PK_PREFIX) && i.get("to").s().equals(to))
                .map(i -> i.get("PK").s()).findFirst().orElseThrow();
    }

    private static Map<String, AttributeValue> item(Moto moto, String pk) {
        return moto.dynamo().getItem(r -> r.tableName(moto.table()).key(Map.of("PK", AttributeValue.fromS(pk),
                "SK", AttributeValue.fromS("MAIL")))).item();
    }

    /** A stream event as Lambda sends it (KEYS_ONLY view) for these keys, numbered from 100. */
    private static Map<String, Object> event(String... pks) {
        List<Map<String, Object>> records = new java.util.ArrayList<>();
        for (int i = 0; i < pks.length; i++) {
            records.add(Map.of("eventName", "INSERT", "eventSource", "aws:dynamodb", "dynamodb", Map.of(
                    "Keys", Map.of("PK", Map.of("S", pks[i]), "SK", Map.of("S", "MAIL")),
                    "SequenceNumber", String.valueOf(100 + i), "StreamViewType", "KEYS_ONLY")));
        }
        return Map.of("Records", records);
    }

    private static StreamHandler handler(Moto moto, Mailer mailer, Clock clock) {
        return new StreamHandler(new Delivery(new MailQueue(moto.dynamo(), moto.table(), clock), mailer),
                new FollowUps(new DynamoSignupStore(moto.dynamo(), moto.table()),
                        new DynamoNoteStore(moto.dynamo(), moto.table()), new DynamoPlanStore(moto.dynamo(), moto.table())));
    }

    @Test
    void aQueuedMessageIsSentOnceWithItsAttachmentAndLeavesTheQueue(Moto moto) {
        new MailQueue(moto.dynamo(), moto.table(), Clock.systemUTC()).send(INVITE.withAttachment(
                Mail.Attachment.text("note.txt", "text/plain", "é")));
        String pk = queued(moto, "awa@example.org");
        assertThat(item(moto, pk).get("type").s()).isEqualTo("Mail");
        RecordingMailer mailer = new RecordingMailer();
        StreamHandler handler = handler(moto, mailer, Clock.systemUTC());

        assertThat(handler.handleRequest(event(pk), null)).isEqualTo(Map.of("batchItemFailures", List.of()));
        // The same record again (a retried batch, a second copy): nothing more is sent.
        assertThat(handler.handleRequest(event(pk), null)).isEqualTo(Map.of("batchItemFailures", List.of()));

        assertThat(mailer.sent).hasSize(1);
        Mail sent = mailer.sent.get(0);
        assertThat(sent.to()).isEqualTo("awa@example.org");
        assertThat(sent.subject()).isEqualTo("Your 1:1s");
        assertThat(sent.kind()).isEqualTo("one-to-one");
        assertThat(sent.attachments()).extracting(Mail.Attachment::fileName).containsExactly("one-to-one.ics", "note.txt");
        assertThat(new String(sent.attachments().get(1).content(), StandardCharsets.UTF_8)).isEqualTo("é");
        assertThat(item(moto, pk)).isEmpty();
    }

    @Test
    void aRefusedMessageStaysQueuedAndTheBatchResumesFromIt(Moto moto) {
        MailQueue queue = new MailQueue(moto.dynamo(), moto.table(), Clock.systemUTC());
        queue.send(new Mail("first@example.org", "One", "1", "test"));
        queue.send(new Mail("refused@example.org", "Two", "2", "test"));
        queue.send(new Mail("third@example.org", "Three", "3", "test"));
        String first = queued(moto, "first@example.org");
        String refused = queued(moto, "refused@example.org");
        String third = queued(moto, "third@example.org");
        RecordingMailer recorded = new RecordingMailer();
        Mailer failing = m -> {
            if (m.to().startsWith("refused")) {
                throw new IllegalStateException("SES said no");
            }
            recorded.send(m);
        };

        Map<String, Object> answer = handler(moto, failing, Clock.systemUTC()).handleRequest(event(first, refused, third), null);

        assertThat(answer).isEqualTo(Map.of("batchItemFailures", List.of(Map.of("itemIdentifier", "101"))));
        assertThat(recorded.sent).extracting(Mail::to).containsExactly("first@example.org");
        assertThat(item(moto, refused)).containsKey("to").doesNotContainKey("claimToken");

        // The stream hands over the batch again from the refused record; the service is back.
        handler(moto, recorded, Clock.systemUTC()).handleRequest(event(refused, third), null);
        assertThat(recorded.sent).extracting(Mail::to)
                .containsExactly("first@example.org", "refused@example.org", "third@example.org");
    }

    @Test
    void aMessageHeldByAnotherSenderWaitsForItsClaimToRunOut(Moto moto) {
        Instant now = Instant.parse("2027-01-11T09:00:00Z");
        MailQueue queue = new MailQueue(moto.dynamo(), moto.table(), Clock.fixed(now, ZoneOffset.UTC));
        queue.send(new Mail("held@example.org", "Held", "h", "test"));
        String pk = queued(moto, "held@example.org");
        assertThat(queue.claim(pk).mail()).isNotNull(); // a sender that died before sending

        RecordingMailer mailer = new RecordingMailer();
        Map<String, Object> meanwhile = handler(moto, mailer, Clock.fixed(now.plusSeconds(30), ZoneOffset.UTC))
                .handleRequest(event(pk), null);
        assertThat(meanwhile).isEqualTo(Map.of("batchItemFailures", List.of(Map.of("itemIdentifier", "100"))));
        assertThat(mailer.sent).isEmpty();

        handler(moto, mailer, Clock.fixed(now.plus(MailQueue.LEASE).plusSeconds(1), ZoneOffset.UTC))
                .handleRequest(event(pk), null);
        assertThat(mailer.sent).extracting(Mail::to).containsExactly("held@example.org");
        assertThat(item(moto, pk)).isEmpty();
    }

    /**
     * Mail and follow-up marks in one batch, as the stream's one mapping hands them over: the
     * answer names the refused message, the first record not done whatever the records around it.
     * The marks' learners have no follow-up left (their move's request finished it): nothing to do.
     */
    @Test
    void aRefusedMessageAmongFollowUpsIsTheFirstFailureTheBatchNames(Moto moto) {
        MailQueue queue = new MailQueue(moto.dynamo(), moto.table(), Clock.systemUTC());
        queue.send(new Mail("mixed-first@example.org", "One", "1", "test"));
        queue.send(new Mail("mixed-refused@example.org", "Two", "2", "test"));
        queue.send(new Mail("mixed-last@example.org", "Three", "3", "test"));
        String first = queued(moto, "mixed-first@example.org");
        String refused = queued(moto, "mixed-refused@example.org");
        String last = queued(moto, "mixed-last@example.org");
        RecordingMailer recorded = new RecordingMailer();
        Mailer failing = m -> {
            if (m.to().startsWith("mixed-refused")) {
                throw new IllegalStateException("SES said no");
            }
            recorded.send(m);
        };
        List<Map<String, Object>> records = new java.util.ArrayList<>();
        records.add(record("INSERT", first, "MAIL", 200));
        records.add(record("INSERT", "LEARNER#done-1", "FOLLOWUP", 201));
        records.add(record("INSERT", refused, "MAIL", 202));
        records.add(record("MODIFY", "LEARNER#done-2", "FOLLOWUP", 203));
        records.add(record("INSERT", last, "MAIL", 204));

        Map<String, Object> answer = handler(moto, failing, Clock.systemUTC()).handleRequest(Map.of("Records", records), null);

        assertThat(answer).isEqualTo(Map.of("batchItemFailures", List.of(Map.of("itemIdentifier", "202"))));
        assertThat(recorded.sent).extracting(Mail::to).as("nothing after the failure, which comes again")
                .containsExactly("mixed-first@example.org");
        assertThat(item(moto, refused)).containsKey("to").doesNotContainKey("claimToken");
        assertThat(item(moto, last)).containsKey("to");

        // The stream hands the batch over again from the refused record; the service is back.
        assertThat(handler(moto, recorded, Clock.systemUTC()).handleRequest(Map.of("Records", records.subList(2, 5)), null))
                .isEqualTo(Map.of("batchItemFailures", List.of()));
        assertThat(recorded.sent).extracting(Mail::to)
                .containsExactly("mixed-first@example.org", "mixed-refused@example.org", "mixed-last@example.org");
    }

    private static Map<String, Object> record(String eventName, String pk, String sk, int sequence) {
        return Map.of("eventName", eventName, "eventSource", "aws:dynamodb", "dynamodb", Map.of(
                "Keys", Map.of("PK", Map.of("S", pk), "SK", Map.of("S", sk)),
                "SequenceNumber", String.valueOf(sequence), "StreamViewType", "KEYS_ONLY"));
    }

    @Test
    void recordsOtherThanNewMessagesAreLeftAlone(Moto moto) {
        RecordingMailer mailer = new RecordingMailer();
        Map<String, Object> modify = Map.of("Records", List.of(Map.of("eventName", "MODIFY", "dynamodb", Map.of(
                "Keys", Map.of("PK", Map.of("S", "MAIL#x"), "SK", Map.of("S", "MAIL")), "SequenceNumber", "7"))));
        assertThat(handler(moto, mailer, Clock.systemUTC()).handleRequest(modify, null))
                .isEqualTo(Map.of("batchItemFailures", List.of()));
        assertThat(handler(moto, mailer, Clock.systemUTC()).handleRequest(Map.of(), null))
                .isEqualTo(Map.of("batchItemFailures", List.of()));
        assertThat(mailer.sent).isEmpty();
    }
}
