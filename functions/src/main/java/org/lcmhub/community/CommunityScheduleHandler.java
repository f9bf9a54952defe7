package org.lcmhub.community;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.community.webhook.WebhookAddress;
import org.lcmhub.store.Dynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The quarter-hourly run of the cohorts' webhook posts (its schedule is in template.yaml): every
 * weekly check-in reminder now due is posted once. A run that fails is not retried by Lambda; the
 * next run, a quarter of an hour later, still finds the reminder due and not yet sent.
 */
public class CommunityScheduleHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final WebhookService webhooks;
    private final Clock clock;

    /** Used by Lambda. */
    public CommunityScheduleHandler() {
        this(Dynamo.client(), Dynamo.tableName(), WebhookAddress.strict(), Clock.systemUTC());
    }

    public CommunityScheduleHandler(DynamoDbClient dynamo, String table, WebhookAddress addresses, Clock clock) {
        this.webhooks = WebhooksHandler.webhooks(dynamo, table, addresses, clock);
        this.clock = clock;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (webhooks == null) {
            out.put("skipped", "no secret box configured");
            return out;
        }
        WebhookService.Run run = webhooks.remind(clock.instant());
        out.put("due", run.due());
        out.put("sent", run.sent());
        out.put("already", run.already());
        out.put("failed", run.failed());
        if (context != null && context.getLogger() != null) {
            context.getLogger().log("community reminders " + out);
        }
        return out;
    }
}
