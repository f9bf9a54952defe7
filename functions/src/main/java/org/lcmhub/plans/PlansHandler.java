package org.lcmhub.plans;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.cohort.CohortErrors;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Router;
import org.lcmhub.learner.LearnerAuth;
import org.lcmhub.learner.store.dynamodb.DynamoLearnerStore;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mail.Messages;
import org.lcmhub.mentor.store.dynamodb.DynamoMentorStore;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.pairing.store.dynamodb.SeriesItems;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import org.lcmhub.store.Dynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Personal plans and session reports. The mentor's routes (StaffJwt, mentor group) under
 * {@code /api/mentors/me/mentees/{learnerId}/}, the LCM team's under
 * {@code /api/cohorts/{cohortId}/learners/{learnerId}/}: {@code plan} (GET, PUT) and
 * {@code reports} (GET, POST). The learner reads {@code /api/me/plan} and answers
 * {@code /api/me/reports/{reportId}/answer} with their personal key.
 */
public class PlansHandler extends ApiHandler {
    private static final String MENTEE = "/api/mentors/me/mentees/{learnerId}";
    private static final String LEARNER = "/api/cohorts/{cohortId}/learners/{learnerId}";
    /** The answer's refusal when a later report on the same 1:1 replaces the one answered. */
    static final String REPORT_REPLACED = "report_replaced";
    /** A report's refusal when the learner confirmed one on the same 1:1 and {@code replaceConfirmed} was not sent. */
    static final String REPORT_CONFIRMED = "report_confirmed";
    /** A report's refusal when the 1:1 has a report and {@code replaces} does not name it. */
    static final String REPORT_EXISTS = "report_exists";
    private final PlanService service;
    private final LearnerAuth learners;

    /** Used by Lambda. */
    public PlansHandler() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    private PlansHandler(DynamoDbClient dynamo, String table) {
        this(new PlanService(new DynamoPlanStore(dynamo, table), new DynamoLearnerStore(dynamo, table),
                new DynamoCohortStore(dynamo, table), Clock.systemUTC(), new DynamoMentorStore(dynamo, table),
                Mailers.queue(dynamo, table), Messages.fromEnv(), learnerId -> SeriesItems.read(dynamo, table, learnerId)),
                new LearnerAuth(new DynamoLearnerStore(dynamo, table)));
    }

    public PlansHandler(PlanService service, LearnerAuth learners) {
        this.service = service;
        this.learners = learners;
    }

    @Override
    protected void routes(Router router) {
        for (String base : List.of(MENTEE, LEARNER)) {
            router.get(base + "/plan", r -> guarded(() -> ApiResponse.ok(PlanViews.folder(
                    service.folder(author(r), r.pathParameter("learnerId"))))));
            router.route("PUT", base + "/plan", r -> guarded(() -> savePlan(r)));
            router.get(base + "/reports", r -> guarded(() -> ApiResponse.ok(Map.of("reports", PlanViews.reports(
                    service.folder(author(r), r.pathParameter("learnerId")).reports())))));
            router.post(base + "/reports", r -> guarded(() -> addReport(r)));
        }
        router.get("/api/me/plan", r -> LearnerAuth.guarded(() -> ApiResponse.ok(PlanViews.folder(
                service.own(learners.authenticate(LearnerAuth.bearer(r)).learner())))));
        router.post("/api/me/reports/{reportId}/answer", r -> LearnerAuth.guarded(() -> guarded(() -> {
            var learner = learners.authenticate(LearnerAuth.bearer(r)).learner();
            Fields f = new Fields(r.bodyObject());
            String answer = f.text("answer");
            f.throwIfInvalid();
            return ApiResponse.ok(PlanViews.report(service.answer(learner, r.pathParameter("reportId"), answer)));
        })));
    }

    /** The mentor on the mentee routes, an LCM of the cohort on the cohort's. */
    private PlanStore.Author author(ApiRequest r) {
        String cohortId = r.pathParameter("cohortId");
        if (cohortId == null) {
            return service.author(StaffClaims.mentor(r), null, r.pathParameter("learnerId"));
        }
        return CohortErrors.asTeam(() -> service.author(StaffClaims.lcm(r), cohortId, r.pathParameter("learnerId")));
    }

    private ApiResponse savePlan(ApiRequest r) {
        PlanStore.Author author = author(r);
        JsonNode body = r.bodyObject();
        Fields f = new Fields(body);
        Integer basedOn = f.integer("basedOn");
        PlanInput in = plan(body, new Fields(body), "", f);
        f.throwIfInvalid();
        return ApiResponse.ok(Map.of("plan", PlanViews.plan(service.savePlan(author, r.pathParameter("learnerId"),
                basedOn, in))));
    }

    private ApiResponse addReport(ApiRequest r) {
        PlanStore.Author author = author(r);
        JsonNode body = r.bodyObject();
        Fields f = new Fields(body);
        Integer basedOn = f.integer("basedOn");
        String date = f.text("date");
        String outcome = f.text("outcome");
        String notes = f.text("notes");
        String next = f.text("nextSession");
        Boolean replaceConfirmed = f.bool("replaceConfirmed");
        String replaces = f.text("replaces");
        JsonNode change = body.get("planChange");
        PlanInput planChange = null;
        if (change != null && !change.isNull()) {
            if (!change.isObject()) {
                f.reject("planChange", "must be an object");
            } else {
                planChange = plan(change, new Fields(change), "planChange.", f);
            }
        }
        List<SessionReport.Resource> resources = resources(body.get("resources"), f);
        f.throwIfInvalid();
        SessionReport report = service.addReport(author, r.pathParameter("learnerId"), basedOn,
                new ReportInput(date, outcome, notes, planChange, resources, next), Boolean.TRUE.equals(replaceConfirmed),
                replaces);
        return ApiResponse.created(PlanViews.report(report));
    }

    /** {@code f} reads {@code node}'s own fields; {@code errors} collects with {@code prefix}. */
    private static PlanInput plan(JsonNode node, Fields f, String prefix, Fields errors) {
        Integer hours = f.integer("weeklyHours");
        String end = f.text("endDate");
        f.errors().forEach((k, v) -> errors.reject(prefix + k, v));
        List<PlanInput.ObjectiveInput> objectives = new ArrayList<>();
        JsonNode list = node.get("objectives");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                errors.reject(prefix + "objectives", "must be a list");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    JsonNode o = list.get(i);
                    if (!o.isObject()) {
                        errors.reject(prefix + "objectives[" + i + "]", "must be an object");
                        continue;
                    }
                    Fields of = new Fields(o);
                    objectives.add(new PlanInput.ObjectiveInput(of.text("objectiveId"), of.text("description"),
                            of.text("targetDate"), of.text("status")));
                    int at = i;
                    of.errors().forEach((k, v) -> errors.reject(prefix + "objectives[" + at + "]." + k, v));
                }
            }
        }
        return new PlanInput(objectives, hours, end);
    }

    private static List<SessionReport.Resource> resources(JsonNode list, Fields f) {
        List<SessionReport.Resource> resources = new ArrayList<>();
        if (list == null || list.isNull()) {
            return resources;
        }
        if (!list.isArray()) {
            f.reject("resources", "must be a list");
            return resources;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode o = list.get(i);
            if (!o.isObject()) {
                f.reject("resources[" + i + "]", "must be an object");
                continue;
            }
            Fields rf = new Fields(o);
            resources.add(new SessionReport.Resource(rf.text("kind"), rf.text("slug"), rf.integer("step")));
            if (!rf.errors().isEmpty()) {
                f.reject("resources[" + i + "]", "A guide (kind, slug) or a step (kind, step).");
            }
        }
        return resources;
    }

    /** Not the caller's learner looks like an unknown one: nothing is revealed. */
    private static ApiResponse guarded(Supplier<ApiResponse> action) {
        try {
            return action.get();
        } catch (PlanService.NotFound | PlanStore.NotAllowed e) {
            throw ApiException.notFound("No such learner of yours.");
        } catch (PlanStore.Changed e) {
            throw ApiException.conflict("The plan was changed meanwhile; load it again.");
        } catch (PlanStore.NoSuchReport e) {
            throw ApiException.notFound("No such report.");
        } catch (PlanStore.AlreadyAnswered e) {
            throw ApiException.conflict("This report was answered already.");
        } catch (PlanService.ConfirmedReport e) {
            Map<String, String> params = new java.util.LinkedHashMap<>();
            if (e.report() != null) {
                params.put("reportId", e.report().reportId());
                params.put("date", e.report().date().toString());
                if (e.report().answeredAt() != null) {
                    params.put("confirmedAt", e.report().answeredAt().toString());
                }
            }
            throw new ApiException(409, REPORT_CONFIRMED, "The learner confirmed a report on this 1:1: send replaceConfirmed"
                    + " to replace it (they will be asked to confirm the new one).", Map.of(), params);
        } catch (PlanService.ReportExists e) {
            Map<String, String> params = new java.util.LinkedHashMap<>();
            if (e.report() != null) {
                params.put("reportId", e.report().reportId());
                params.put("date", e.report().date().toString());
            }
            throw new ApiException(409, REPORT_EXISTS, "This 1:1 has a report: send its id as replaces to replace it.",
                    Map.of(), params);
        } catch (PlanService.Replaced e) {
            throw new ApiException(409, REPORT_REPLACED, "A later report on the same 1:1 replaces this one: answer that one.",
                    Map.of(), Map.of("replacedBy", e.by()));
        }
    }
}
