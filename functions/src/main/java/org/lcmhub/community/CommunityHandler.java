package org.lcmhub.community;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.cohort.CohortErrors;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.community.store.ChannelStore;
import org.lcmhub.community.store.WebhookStore;
import org.lcmhub.community.store.dynamodb.DynamoChannelStore;
import org.lcmhub.community.store.dynamodb.DynamoCohortNews;
import org.lcmhub.community.store.dynamodb.DynamoModerationStore;
import org.lcmhub.community.store.dynamodb.DynamoDeliveryStore;
import org.lcmhub.community.store.dynamodb.DynamoWebhookStore;
import org.lcmhub.community.webhook.Deliverer;
import org.lcmhub.community.webhook.SecretBox;
import org.lcmhub.community.webhook.SecretBoxes;
import org.lcmhub.community.webhook.WebhookAddress;
import org.lcmhub.community.webhook.WebhookSender;
import org.lcmhub.mail.Messages;
import org.lcmhub.store.Env;
import java.time.Duration;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Router;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerAuth;
import org.lcmhub.learner.store.dynamodb.DynamoLearnerStore;
import org.lcmhub.store.Dynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A cohort's channels: its LCM team lists, adds and removes them (StaffJwt); an enrolled learner
 * reads them with their personal key, and downloads the weekly group call for their calendar.
 */
public class CommunityHandler extends ApiHandler {
    private final CommunityService service;
    private final LearnerAuth learners;
    private final WebhookService webhooks;
    private final Clock clock;
    private final ModerationService moderation;
    private final org.lcmhub.community.store.CohortNews news;

    /** Used by Lambda. */
    public CommunityHandler() {
        this(Dynamo.client(), Dynamo.tableName(), Clock.systemUTC());
    }

    public CommunityHandler(DynamoDbClient dynamo, String table, Clock clock) {
        this(new CommunityService(new DynamoCohortStore(dynamo, table), new DynamoChannelStore(dynamo, table), clock),
                new LearnerAuth(new DynamoLearnerStore(dynamo, table)),
                webhooks(dynamo, table, WebhookAddress.strict(), clock), clock,
                new ModerationService(new DynamoCohortStore(dynamo, table), new DynamoModerationStore(dynamo, table), clock),
                new DynamoCohortNews(dynamo, table));
    }

    public CommunityHandler(CommunityService service, LearnerAuth learners, WebhookService webhooks, Clock clock,
                            ModerationService moderation, org.lcmhub.community.store.CohortNews news) {
        this.service = service;
        this.learners = learners;
        this.webhooks = webhooks;
        this.clock = clock;
        this.moderation = moderation;
        this.news = news;
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
                new DynamoCohortNews(dynamo, table), new DynamoModerationStore(dynamo, table));
    }

    @Override
    protected void routes(Router router) {
        router.get("/api/cohorts/{cohortId}/channels", r -> guarded(() -> ApiResponse.ok(Map.of("channels",
                views(service.channels(StaffClaims.lcm(r), r.pathParameter("cohortId")))))));
        router.post("/api/cohorts/{cohortId}/channels", r -> guarded(() -> add(r)));
        router.route("DELETE", "/api/cohorts/{cohortId}/channels/{channelId}", r -> guarded(() -> {
            service.remove(StaffClaims.lcm(r), r.pathParameter("cohortId"), r.pathParameter("channelId"));
            return ApiResponse.ok(Map.of("channels", views(service.channels(StaffClaims.lcm(r), r.pathParameter("cohortId")))));
        }));
        router.get("/api/me/channels", r -> LearnerAuth.guarded(() -> {
            Learner learner = me(r);
            CommunityService.Places places = service.forLearner(learner);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("cohortTitle", places.cohort() == null ? null : places.cohort().title());
            body.put("channels", views(places.channels()));
            body.put("faq", places.faq().stream().map(CommunityHandler::faq).toList());
            body.put("shareFirstName", news.sharesName(learner.learnerId()));
            body.put("codeOfConduct", ModerationRoutes.conduct(places.cohort() == null ? null
                    : moderation.conductOf(places.cohort().cohortId())));
            return ApiResponse.ok(body);
        }));
        new ModerationRoutes(moderation, news, this::me, CommunityHandler::guarded).register(router);
        router.get("/api/me/channels/{channelId}/call.ics", r -> LearnerAuth.guarded(() -> invite(r)));
        router.get("/api/cohorts/{cohortId}/faq", r -> guarded(() -> ApiResponse.ok(Map.of("faq",
                service.faq(StaffClaims.lcm(r), r.pathParameter("cohortId")).stream().map(CommunityHandler::faq).toList()))));
        router.post("/api/cohorts/{cohortId}/faq", r -> guarded(() -> {
            var lcm = StaffClaims.lcm(r);
            Fields f = new Fields(r.bodyObject());
            String question = f.text("question");
            String answer = f.text("answer");
            f.throwIfInvalid();
            return ApiResponse.created(faq(service.addFaq(lcm, r.pathParameter("cohortId"), question, answer)));
        }));
        router.route("DELETE", "/api/cohorts/{cohortId}/faq/{entryId}", r -> guarded(() -> {
            service.removeFaq(StaffClaims.lcm(r), r.pathParameter("cohortId"), r.pathParameter("entryId"));
            return ApiResponse.ok(Map.of("faq", service.faq(StaffClaims.lcm(r), r.pathParameter("cohortId")).stream()
                    .map(CommunityHandler::faq).toList()));
        }));
        router.get("/api/cohorts/{cohortId}/webhooks", r -> guarded(() -> ApiResponse.ok(Map.of("webhooks",
                webhooks().list(StaffClaims.lcm(r), r.pathParameter("cohortId")).stream()
                        .map(CommunityHandler::webhook).toList()))));
        router.get("/api/cohorts/{cohortId}/deliveries", r -> guarded(() -> ApiResponse.ok(Map.of("deliveries",
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
        router.route("PUT", "/api/cohorts/{cohortId}/webhooks/{audience}", r -> guarded(() -> setWebhook(r)));
        router.route("DELETE", "/api/cohorts/{cohortId}/webhooks/{audience}", r -> guarded(() -> {
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

    private Learner me(ApiRequest request) {
        return learners.authenticate(LearnerAuth.bearer(request)).learner();
    }

    private ApiResponse add(ApiRequest request) {
        var lcm = StaffClaims.lcm(request);
        Fields f = new Fields(request.bodyObject());
        ChannelRules.Input input = new ChannelRules.Input(f.text("kind"), f.text("label"), f.text("url"), f.text("day"),
                f.text("time"), f.text("timezone"), f.integer("durationMinutes"));
        f.throwIfInvalid();
        return ApiResponse.created(view(service.add(lcm, request.pathParameter("cohortId"), input)));
    }

    private ApiResponse invite(ApiRequest request) {
        Learner learner = me(request);
        Channel call = service.call(learner, request.pathParameter("channelId"));
        var cohort = call == null ? null : service.forLearner(learner).cohort();
        String ics = call == null ? null : GroupCallInvite.ics(call, cohort, learner.language(), clock.instant());
        if (ics == null) {
            throw ApiException.notFound("No such group call in your cohort.");
        }
        return ApiResponse.text(200, "text/calendar; charset=utf-8", ics)
                .withHeader("Content-Disposition", "attachment; filename=\"group-call.ics\"");
    }

    private static ApiResponse guarded(Supplier<ApiResponse> action) {
        try {
            return CohortErrors.asTeam(action);
        } catch (ChannelStore.NotOnTeam e) {
            throw new ApiException(403, "forbidden", "Only the cohort's LCM team may do this.");
        } catch (ChannelStore.TooMany e) {
            throw new ApiException(409, "conflict", "The cohort has as many channels or FAQ entries as it keeps.");
        } catch (ChannelStore.NotFound e) {
            throw ApiException.notFound("No such channel, FAQ entry or report.");
        }
    }

    static Map<String, Object> faq(FaqEntry e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("entryId", e.entryId());
        v.put("question", e.question());
        v.put("answer", e.answer());
        return v;
    }

    static List<Map<String, Object>> views(List<Channel> channels) {
        return channels.stream().map(CommunityHandler::view).toList();
    }

    static Map<String, Object> view(Channel c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("channelId", c.channelId());
        v.put("kind", c.kind().wire());
        v.put("label", c.label());
        v.put("url", c.url());
        if (c.call() != null) {
            Map<String, Object> call = new LinkedHashMap<>();
            call.put("day", c.call().day());
            call.put("time", c.call().time());
            call.put("timezone", c.call().timezone());
            call.put("durationMinutes", c.call().durationMinutes());
            v.put("call", call);
        }
        return v;
    }
}
