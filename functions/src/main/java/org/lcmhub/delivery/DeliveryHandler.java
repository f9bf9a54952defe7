package org.lcmhub.delivery;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.lcmhub.domain.Log;
import org.lcmhub.mail.MailQueue;
import org.lcmhub.mail.Mailer;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mail.OutboxMailer;
import org.lcmhub.mail.SesMailer;
import org.lcmhub.store.Dynamo;
import org.lcmhub.store.Env;
import org.lcmhub.store.StreamBatch;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The mail function: the table's stream hands it the new {@code MAIL#} items (template.yaml's
 * filter) in order, a batch at a time, and it sends each one ({@link Delivery}). It answers with
 * the first record it could not send ({@code ReportBatchItemFailures}): the stream hands that
 * record and the ones after it over again, and those already sent are found gone and skipped.
 * The event is read as a map, as the runtime reads any JSON, so no event class ships.
 */
public class DeliveryHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final Delivery delivery;

    /** Used by Lambda (and by the local hub, which polls its store's stream the same way). */
    public DeliveryHandler() {
        this(new Delivery(new MailQueue(Dynamo.client(), Dynamo.tableName(), Clock.systemUTC()), mailer()));
    }

    public DeliveryHandler(Delivery delivery) {
        this.delivery = delivery;
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
            if (!"INSERT".equals(change.eventName()) || pk == null || !pk.startsWith(MailQueue.PK_PREFIX)) {
                continue; // not a queued message (the template's filter lets none through)
            }
            try {
                delivery.deliver(pk);
            } catch (RuntimeException e) {
                Log.warn("Mail " + pk + " not sent, to be tried again: " + e.getMessage());
                return StreamBatch.again(change);
            }
        }
        return StreamBatch.allDone();
    }
}
