package org.lcmhub.matching;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.lcmhub.auth.Caller;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.cohort.CohortErrors;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Metrics;
import org.lcmhub.http.Router;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mail.Messages;
import org.lcmhub.matching.draft.Draft;
import org.lcmhub.matching.draft.MatchingService;
import org.lcmhub.matching.draft.dynamodb.DynamoMatchStore;
import org.lcmhub.matching.model.LearnerToMatch;
import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.MentorProfile;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.matching.model.WeeklySlot;
import org.lcmhub.mentor.store.dynamodb.DynamoMentorStore;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Dynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * For the cohort's LCM team (JWT authorizer, group {@code lcm}):
 * {@code GET /api/cohorts/{cohortId}/matching} lists the published pairs by mentor, with the draft
 * still open for review (or when the last one expired unpublished);
 * {@code POST /api/cohorts/{cohortId}/matching} computes and stores a draft;
 * {@code PUT /api/cohorts/{cohortId}/matching/{draftId}/choices} keeps the pins and exclusions chosen on it;
 * {@code POST /api/cohorts/{cohortId}/matching/{draftId}/publish} commits its pairs.
 */
public class MatchingHandler extends ApiHandler {
    private final MatchingService service;

    /** Used by Lambda. */
    public MatchingHandler() {
        this(service(Dynamo.client(), Dynamo.tableName()));
    }

    private static MatchingService service(DynamoDbClient dynamo, String table) {
        Clock clock = Clock.systemUTC();
        return new MatchingService(new DynamoCohortStore(dynamo, table), new DynamoSignupStore(dynamo, table),
                new DynamoMentorStore(dynamo, table), new DynamoMatchStore(dynamo, table, clock),
                new DynamoCheckInStore(dynamo, table), Mailers.queue(dynamo, table), Messages.fromEnv(), clock);
    }

    public MatchingHandler(MatchingService service) {
        this.service = service;
    }

    @Override
    protected void routes(Router router) {
        router.get("/api/cohorts/{cohortId}/matching", this::published);
        router.post("/api/cohorts/{cohortId}/matching", this::draft);
        router.post("/api/cohorts/{cohortId}/matching/{draftId}/publish", this::publish);
        router.route("PUT", "/api/cohorts/{cohortId}/matching/{draftId}/choices", this::choose);
    }

    private ApiResponse published(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        String cohortId = request.pathParameter("cohortId");
        MatchingService.Page page = guarded(() -> service.page(lcm, cohortId));
        var mentors = page.published();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("mentors", mentors.stream().map(m -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("mentorId", m.mentorId());
            v.put("name", m.mentorName());
            v.put("learners", m.learners().stream().map(l -> {
                Map<String, Object> learner = new LinkedHashMap<>();
                learner.put("learnerId", l.id());
                learner.put("name", l.name());
                return learner;
            }).toList());
            return v;
        }).toList());
        // The draft a colleague or an earlier visit left to review opens the page as it was left.
        MatchingService.Open open = page.open();
        view.put("draft", open instanceof MatchingService.Open.Publishable p ? draftView(p.draft(), page.names()) : null);
        view.put("draftExpiredAt", open instanceof MatchingService.Open.Expired e ? e.expiredAt().toString() : null);
        return ApiResponse.ok(view);
    }

    private ApiResponse draft(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        Draft.Choices choices = choices(request);
        String cohortId = request.pathParameter("cohortId");
        MatchingService.Drafted drafted = guarded(() -> service.drafted(lcm, cohortId, choices.pins(),
                new LinkedHashSet<>(choices.exclusions())));
        return ApiResponse.created(draftView(drafted.draft(), drafted.names()));
    }

    private ApiResponse choose(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        Draft.Choices choices = choices(request);
        guarded(() -> {
            service.choose(lcm, request.pathParameter("cohortId"), request.pathParameter("draftId"), choices);
            return null;
        });
        return ApiResponse.ok(choicesView(choices));
    }

    /** The pins and exclusions of a request's body, which may be empty (none). */
    private static Draft.Choices choices(ApiRequest request) {
        String body = request.event().getBody();
        JsonNode in = body == null || body.isBlank() ? null : request.bodyObject();
        Map<String, String> errors = new LinkedHashMap<>();
        List<PairRef> pins = pairs(in, "pins", errors);
        List<PairRef> exclusions = pairs(in, "exclusions", errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return new Draft.Choices(pins, exclusions);
    }

    private static Map<String, Object> choicesView(Draft.Choices choices) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("pins", choices.pins());
        view.put("exclusions", choices.exclusions());
        return view;
    }

    private static Map<String, Object> draftView(Draft draft, Map<String, String> names) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("draftId", draft.draftId());
        view.put("matches", draft.pairs().stream().map(MatchingHandler::pair).toList());
        view.put("unmatched", draft.unmatched().stream().map(u -> Map.of("learnerId", u.learnerId(),
                "reasons", Wording.views(u.reasons()))).toList());
        view.put("refusedPins", draft.refusedPins().stream().map(r -> Map.of("learnerId", r.learnerId(),
                "mentorId", r.mentorId(), "reasons", Wording.views(r.reasons()))).toList());
        view.put("leftOut", draft.leftOut());
        view.put("choices", choicesView(draft.choices()));
        view.put("applied", choicesView(draft.applied()));
        view.put("createdAt", draft.createdAt().toString());
        view.put("expiresAt", draft.expiresAt().toString());
        view.put("names", names);
        return view;
    }

    /**
     * Also solves a two-learner instance in memory before the snapshot: OR-tools' native library
     * is then extracted and loaded, and the solver's code warm, before a first real draft.
     */
    @Override
    public Map<String, Integer> prime() {
        Map<String, Integer> statuses = super.prime();
        ZoneId paris = ZoneId.of("Europe/Paris");
        List<WeeklySlot> evenings = List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "18:00", "21:00"));
        new MentorMatcher().match(new MatchingRequest(
                List.of(new LearnerToMatch("l1", List.of("fr"), "p", paris, 4, "python", evenings),
                        new LearnerToMatch("l2", List.of("en"), "p", paris, 4, "sql", evenings)),
                List.of(new MentorProfile("m1", List.of("fr", "en"), List.of("p"), List.of("Python"), paris, 2, 0,
                        false, evenings)),
                Set.of(), List.of(), LocalDate.now(ZoneOffset.UTC)));
        return statuses;
    }

    private ApiResponse publish(ApiRequest request) {
        Caller lcm = StaffClaims.lcm(request);
        MatchingService.PublishResult result = guarded(() -> service.publish(lcm, request.pathParameter("cohortId"),
                request.pathParameter("draftId")));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("published", result.published().stream()
                .map(p -> Map.of("learnerId", p.learnerId(), "mentorId", p.mentorId())).toList());
        view.put("skipped", result.skipped());
        Metrics.count("PublishedPairs", result.published().size());
        return ApiResponse.ok(view);
    }

    /** A proposed pair: what speaks for it ({@code fits}) apart from what the LCM accepts with it. */
    private static Map<String, Object> pair(Draft.Pair p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("learnerId", p.learnerId());
        v.put("mentorId", p.mentorId());
        v.put("score", p.score());
        v.put("fits", Wording.views(p.reasons().stream().filter(r -> !Wording.tradeOff(r)).toList()));
        v.put("tradeOffs", Wording.views(p.reasons().stream().filter(Wording::tradeOff).toList()));
        return v;
    }

    /** An optional list of {@code {"learnerId","mentorId"}}. */
    private static List<PairRef> pairs(JsonNode body, String name, Map<String, String> errors) {
        JsonNode node = body == null ? null : body.get(name);
        List<PairRef> pairs = new ArrayList<>();
        if (node == null || node.isNull()) {
            return pairs;
        }
        if (node.isArray() && node.size() <= 10_000) {
            for (JsonNode p : node) {
                if (p.path("learnerId").isTextual() && p.path("mentorId").isTextual()) {
                    pairs.add(new PairRef(p.get("learnerId").asText(), p.get("mentorId").asText()));
                }
            }
            if (pairs.size() == node.size()) {
                return pairs;
            }
        }
        errors.put(name, "Give a list of {\"learnerId\", \"mentorId\"} pairs.");
        return pairs;
    }

    /**
     * What the page says of the newer draft: {@code savedAt} (an instant), {@code own} ("true" when
     * the caller saved it, in another tab or window) and, for a colleague's, {@code by} (their name,
     * when known). None for a draft saved before these were kept.
     */
    private static Map<String, String> newer(MatchingService.Newer newer) {
        if (newer == null) {
            return Map.of();
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("savedAt", newer.savedAt().toString());
        params.put("own", String.valueOf(newer.own()));
        if (newer.by() != null) {
            params.put("by", newer.by());
        }
        return params;
    }

    private static <T> T guarded(Supplier<T> action) {
        try {
            return CohortErrors.asTeam(action);
        } catch (MatchingService.DraftNotFound e) {
            throw ApiException.notFound("No such draft for this cohort, or it has expired; compute a new one.");
        } catch (MatchingService.DraftSuperseded e) {
            throw new ApiException(409, "draft_superseded",
                    "A newer draft was computed for this cohort since this one; open it to review and publish it.",
                    Map.of(), newer(e.newer()));
        } catch (MatchingService.ChoicesNotApplied e) {
            throw new ApiException(409, "choices_not_applied",
                    "Pins or exclusions were chosen since this draft was computed; compute it again to apply them before publishing.",
                    Map.of(), Map.of("pins", String.valueOf(e.pins()), "exclusions", String.valueOf(e.exclusions())));
        }
    }
}
