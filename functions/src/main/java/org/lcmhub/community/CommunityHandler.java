package org.lcmhub.community;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.cohort.CohortNames;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.community.store.dynamodb.DynamoChannelStore;
import org.lcmhub.community.store.dynamodb.DynamoCohortNews;
import org.lcmhub.community.store.dynamodb.DynamoModerationStore;
import org.lcmhub.domain.Weekdays;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Router;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerAuth;
import org.lcmhub.learner.store.dynamodb.DynamoLearnerStore;
import org.lcmhub.places.Channel;
import org.lcmhub.places.GroupCallTimes;
import org.lcmhub.store.Dynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A cohort's channels: its LCM team lists, adds, edits and removes them (StaffJwt); an enrolled learner
 * reads them with their personal key, and downloads the weekly group call for their calendar.
 */
public class CommunityHandler extends ApiHandler {
    private final CommunityService service;
    private final LearnerAuth learners;
    private final Clock clock;
    private final ModerationService moderation;
    private final org.lcmhub.community.store.CohortNews news;

    /** Used by Lambda. */
    public CommunityHandler() {
        this(Dynamo.client(), Dynamo.tableName(), Clock.systemUTC());
    }

    public CommunityHandler(DynamoDbClient dynamo, String table, Clock clock) {
        this(new CommunityService(new DynamoCohortStore(dynamo, table), new DynamoChannelStore(dynamo, table), clock),
                new LearnerAuth(new DynamoLearnerStore(dynamo, table)), clock,
                new ModerationService(new DynamoCohortStore(dynamo, table), new DynamoModerationStore(dynamo, table), clock),
                new DynamoCohortNews(dynamo, table));
    }

    public CommunityHandler(CommunityService service, LearnerAuth learners, Clock clock,
                            ModerationService moderation, org.lcmhub.community.store.CohortNews news) {
        this.service = service;
        this.learners = learners;
        this.clock = clock;
        this.moderation = moderation;
        this.news = news;
    }

    @Override
    protected void routes(Router router) {
        router.get("/api/cohorts/{cohortId}/channels", r -> CommunityErrors.guarded(() -> ApiResponse.ok(Map.of("channels",
                views(service.channels(StaffClaims.lcm(r), r.pathParameter("cohortId")))))));
        router.post("/api/cohorts/{cohortId}/channels", r -> CommunityErrors.guarded(() -> add(r)));
        router.route("PATCH", "/api/cohorts/{cohortId}/channels/{channelId}", r -> CommunityErrors.guarded(() -> edit(r)));
        router.route("DELETE", "/api/cohorts/{cohortId}/channels/{channelId}", r -> CommunityErrors.guarded(() -> {
            service.remove(StaffClaims.lcm(r), r.pathParameter("cohortId"), r.pathParameter("channelId"));
            return ApiResponse.ok(Map.of("channels", views(service.channels(StaffClaims.lcm(r), r.pathParameter("cohortId")))));
        }));
        router.get("/api/me/channels", r -> LearnerAuth.guarded(() -> {
            Learner learner = me(r);
            CommunityService.Places places = service.forLearner(learner);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("cohortTitle", places.cohort() == null ? null : CohortNames.title(places.cohort(),
                    r.reader() == null ? learner.language() : r.reader()));
            body.put("channels", places.channels().stream().map(c -> view(c, learner, places.cohort())).toList());
            body.put("faq", places.faq().stream().map(CommunityHandler::faq).toList());
            body.put("shareFirstName", news.sharesName(learner.learnerId()));
            body.put("codeOfConduct", ModerationRoutes.conduct(places.cohort() == null ? null
                    : moderation.conductOf(places.cohort().cohortId())));
            return ApiResponse.ok(body);
        }));
        new ModerationRoutes(moderation, news, this::me, CommunityErrors::guarded).register(router);
        router.get("/api/me/channels/{channelId}/call.ics", r -> LearnerAuth.guarded(() -> invite(r)));
        router.get("/api/cohorts/{cohortId}/faq", r -> CommunityErrors.guarded(() -> ApiResponse.ok(Map.of("faq",
                service.faq(StaffClaims.lcm(r), r.pathParameter("cohortId")).stream().map(CommunityHandler::faq).toList()))));
        router.post("/api/cohorts/{cohortId}/faq", r -> CommunityErrors.guarded(() -> {
            var lcm = StaffClaims.lcm(r);
            Fields f = new Fields(r.bodyObject());
            String question = f.text("question");
            String answer = f.text("answer");
            f.throwIfInvalid();
            return ApiResponse.created(faq(service.addFaq(lcm, r.pathParameter("cohortId"), question, answer)));
        }));
        router.route("DELETE", "/api/cohorts/{cohortId}/faq/{entryId}", r -> CommunityErrors.guarded(() -> {
            service.removeFaq(StaffClaims.lcm(r), r.pathParameter("cohortId"), r.pathParameter("entryId"));
            return ApiResponse.ok(Map.of("faq", service.faq(StaffClaims.lcm(r), r.pathParameter("cohortId")).stream()
                    .map(CommunityHandler::faq).toList()));
        }));
    }

    private Learner me(ApiRequest request) {
        return learners.authenticate(LearnerAuth.bearer(request)).learner();
    }

    private ApiResponse add(ApiRequest request) {
        var lcm = StaffClaims.lcm(request);
        ChannelRules.Input input = channelInput(request);
        return ApiResponse.created(view(service.add(lcm, request.pathParameter("cohortId"), input)));
    }

    /** The whole channel again, as when it was added: a chat may become the call, or the call a chat. */
    private ApiResponse edit(ApiRequest request) {
        var lcm = StaffClaims.lcm(request);
        ChannelRules.Input input = channelInput(request);
        return ApiResponse.ok(view(service.edit(lcm, request.pathParameter("cohortId"), request.pathParameter("channelId"),
                input)));
    }

    private static ChannelRules.Input channelInput(ApiRequest request) {
        Fields f = new Fields(request.bodyObject());
        ChannelRules.Input input = new ChannelRules.Input(f.text("kind"), f.text("label"), f.text("url"), f.text("day"),
                f.text("time"), f.text("timezone"), f.integer("durationMinutes"));
        f.throwIfInvalid();
        return input;
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

    /**
     * A channel as its learner reads it: the weekly call also on the learner's clock ({@code call.yours}:
     * its day, time, the learner's zone and the instant of the first call they can join) when that
     * clock shows it at another day or hour, as the welcome mail gives it.
     */
    private Map<String, Object> view(Channel c, Learner learner, Cohort cohort) {
        Map<String, Object> v = view(c);
        if (c.call() == null) {
            return v;
        }
        Instant first = GroupCallTimes.first(c.call(), clock.instant(), cohort == null ? null : cohort.startDate());
        ZonedDateTime mine = GroupCallTimes.onClockOf(ZoneId.of(learner.timezone()), c.call(), first);
        if (mine != null) {
            Map<String, Object> yours = new LinkedHashMap<>();
            yours.put("day", Weekdays.code(mine.getDayOfWeek()));
            yours.put("time", GroupCallTimes.time(mine));
            yours.put("timezone", learner.timezone());
            yours.put("at", first.toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> call = (Map<String, Object>) v.get("call");
            call.put("yours", yours);
        }
        return v;
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
