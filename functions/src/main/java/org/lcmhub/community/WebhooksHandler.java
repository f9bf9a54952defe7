package org.lcmhub.community;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.community.store.WebhookStore;
import org.lcmhub.community.store.dynamodb.DynamoCohortNews;
import org.lcmhub.community.store.dynamodb.DynamoDeliveryStore;
import org.lcmhub.community.store.dynamodb.DynamoModerationStore;
import org.lcmhub.community.store.dynamodb.DynamoWebhookStore;
import org.lcmhub.community.webhook.Deliverer;
import org.lcmhub.community.webhook.SecretBox;
import org.lcmhub.community.webhook.SecretBoxes;
import org.lcmhub.community.webhook.WebhookAddress;
import org.lcmhub.community.webhook.WebhookSender;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Router;
import org.lcmhub.mail.Messages;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import org.lcmhub.store.Dynamo;
import org.lcmhub.store.Env;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A cohort's webhooks (StaffJwt, its LCM team): set, list and remove the channel addresses the hub
 * posts to, and read the log of its posts. Its own function, as the only routes that seal an
 * address with KMS: the channels' function ships no KMS SDK, this one no calendar library.
 */
public class WebhooksHandler extends ApiHandler {
    private final WebhookService webhooks;

    /** Used by Lambda. */
    public WebhooksHandler() {
        this(Dynamo.client(), Dynamo.tableName(), Clock.systemUTC());
    }

    public WebhooksHandler(DynamoDbClient dynamo, String table, Clock clock) {
        this(webhooks(dynamo, table, WebhookAddress.strict(), clock));
    }

    public WebhooksHandler(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    /** The webhook side, or null where no secret box is configured (then the routes answer 503). */
    static WebhookService webhooks(DynamoDbClient dynamo, String table, WebhookAddress addresses, Clock clock) {
        SecretBox box = SecretBoxes.fromEnv();
        if (box == null) {
            return null;
        }
        String outbox = Env.get(SecretBoxes.OUTBOX_ENV);
        WebhookSender sender = outbox == null ? WebhookSender.jdk() : WebhookSender.outbox(java.nio.file.Path.of(outbox));
        DynamoDeliveryStore deliveries = new DynamoDeliveryStore(dynamo, table);
        Deliverer deliverer = new Deliverer(deliveries, box, sender, clock, Duration.ofSeconds(2),
                d -> Thread.sleep(d.toMillis()));
        return new WebhookService(new DynamoCohortStore(dynamo, table), new DynamoWebhookStore(dynamo, table), deliveries,
                new org.lcmhub.community.store.dynamodb.DynamoCheckInCounts(dynamo, table),
                outbox == null ? addresses : WebhookAddress.forOutbox(), box, deliverer, Env.get(Messages.SITE_URL_ENV),
                new DynamoCohortNews(dynamo, table), new DynamoModerationStore(dynamo, table),
                new DynamoPlanStore(dynamo, table));
    }

    @Override
    protected void routes(Router router) {
        router.get("/api/cohorts/{cohortId}/webhooks", r -> CommunityErrors.guarded(() -> ApiResponse.ok(Map.of("webhooks",
                webhooks().list(StaffClaims.lcm(r), r.pathParameter("cohortId")).stream()
                        .map(WebhooksHandler::webhook).toList()))));
        router.get("/api/cohorts/{cohortId}/deliveries", r -> CommunityErrors.guarded(() -> ApiResponse.ok(Map.of("deliveries",
                webhooks().log(StaffClaims.lcm(r), r.pathParameter("cohortId")).stream().map(d -> {
                    Map<String, Object> v = new LinkedHashMap<>();
                    v.put("audience", d.audience());
                    v.put("event", d.event());
                    v.put("status", d.status());
                    v.put("attempts", d.attempts());
                    v.put("error", d.error());
                    v.put("at", d.at().toString());
                    return v;
                }).toList()))));
        router.route("PUT", "/api/cohorts/{cohortId}/webhooks/{audience}", r -> CommunityErrors.guarded(() -> setWebhook(r)));
        router.route("DELETE", "/api/cohorts/{cohortId}/webhooks/{audience}", r -> CommunityErrors.guarded(() -> {
            webhooks().remove(StaffClaims.lcm(r), r.pathParameter("cohortId"), r.pathParameter("audience"));
            return ApiResponse.ok(Map.of("removed", r.pathParameter("audience")));
        }));
    }

    private WebhookService webhooks() {
        if (webhooks == null) {
            throw new ApiException(503, "not_configured", "Posting to channels is not set up on this hub.");
        }
        return webhooks;
    }

    private ApiResponse setWebhook(ApiRequest request) {
        var lcm = StaffClaims.lcm(request);
        Fields f = new Fields(request.bodyObject());
        WebhookService.Input input = new WebhookService.Input(f.text("kind"), f.text("url"), f.text("reminderDay"),
                f.text("reminderTime"), f.text("reminderZone"));
        f.throwIfInvalid();
        return ApiResponse.ok(webhook(webhooks().set(lcm, request.pathParameter("cohortId"),
                request.pathParameter("audience"), input)));
    }

    /** A webhook as anyone is shown it: never the address, only its last characters. */
    static Map<String, Object> webhook(WebhookStore.Stored w) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("audience", w.hook().audience());
        v.put("kind", w.hook().kind().wire());
        v.put("endsWith", w.endsWith());
        if (w.reminder() != null) {
            v.put("reminder", Map.of("day", w.reminder().day(), "time", w.reminder().time(),
                    "timezone", w.reminder().timezone()));
        }
        return v;
    }

}
