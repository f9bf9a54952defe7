package org.lcmhub.community;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.community.store.CohortNews;
import org.lcmhub.community.store.ModerationStore;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Router;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerAuth;

/**
 * The moderation routes of the community function: a learner's consent to be named and private
 * reports (personal key), the team's reports, moderation log and code of conduct (StaffJwt).
 */
final class ModerationRoutes {
    private final ModerationService moderation;
    private final CohortNews news;
    private final Function<ApiRequest, Learner> me;
    private final Function<Supplier<ApiResponse>, ApiResponse> team;

    ModerationRoutes(ModerationService moderation, CohortNews news, Function<ApiRequest, Learner> me,
                     Function<Supplier<ApiResponse>, ApiResponse> team) {
        this.moderation = moderation;
        this.news = news;
        this.me = me;
        this.team = team;
    }

    void register(Router router) {
        router.route("PUT", "/api/me/community", r -> LearnerAuth.guarded(() -> {
            Learner learner = me.apply(r);
            Fields f = new Fields(r.bodyObject());
            Boolean share = f.bool("shareFirstName");
            if (share == null && !f.hasError("shareFirstName")) {
                f.reject("shareFirstName", "Say yes or no.");
            }
            f.throwIfInvalid();
            news.setShareName(learner.learnerId(), share);
            return ApiResponse.ok(Map.of("shareFirstName", share));
        }));
        router.post("/api/me/problem-reports", r -> LearnerAuth.guarded(() -> {
            Learner learner = me.apply(r);
            Fields f = new Fields(r.bodyObject());
            String about = f.text("about");
            String text = f.text("text");
            f.throwIfInvalid();
            try {
                ProblemReport report = moderation.report(learner, about, text);
                return ApiResponse.created(Map.of("reportId", report.reportId(), "status", report.status()));
            } catch (ModerationStore.TooMany e) {
                throw new ApiException(429, "too_many_requests", "You have sent as many reports as a day allows; "
                        + "write to your LCM directly if it is urgent.");
            } catch (ModerationStore.NotEnrolled e) {
                throw new ApiException(403, "forbidden", "Only a learner enrolled in a cohort can report to its team.");
            }
        }));
        // The learner's own reports only: their partition, found by their key.
        router.get("/api/me/problem-reports", r -> LearnerAuth.guarded(() -> ApiResponse.ok(Map.of("reports",
                moderation.reportsOf(me.apply(r)).stream().map(ModerationRoutes::mine).toList()))));
        router.get("/api/cohorts/{cohortId}/problem-reports", r -> team.apply(() -> ApiResponse.ok(Map.of("reports",
                moderation.reports(StaffClaims.lcm(r), r.pathParameter("cohortId")).stream()
                        .map(ModerationRoutes::report).toList()))));
        router.route("PATCH", "/api/cohorts/{cohortId}/problem-reports/{reportId}", r -> team.apply(() -> {
            var lcm = StaffClaims.lcm(r);
            Fields f = new Fields(r.bodyObject());
            String status = f.text("status");
            String action = f.text("action");
            String note = f.text("note");
            f.throwIfInvalid();
            return ApiResponse.ok(report(moderation.setStatus(lcm, r.pathParameter("cohortId"), r.pathParameter("reportId"),
                    status, action, note)));
        }));
        router.get("/api/cohorts/{cohortId}/moderation-log", r -> team.apply(() -> ApiResponse.ok(Map.of("entries",
                moderation.log(StaffClaims.lcm(r), r.pathParameter("cohortId")).stream()
                        .map(ModerationRoutes::entry).toList()))));
        router.post("/api/cohorts/{cohortId}/moderation-log", r -> team.apply(() -> {
            var lcm = StaffClaims.lcm(r);
            Fields f = new Fields(r.bodyObject());
            String action = f.text("action");
            String note = f.text("note");
            f.throwIfInvalid();
            return ApiResponse.created(entry(moderation.log(lcm, r.pathParameter("cohortId"), action, note)));
        }));
        // Public: whoever may join the cohort reads its code of conduct at sign-up.
        router.get("/api/cohorts/{cohortId}/code-of-conduct", r -> team.apply(() ->
                ApiResponse.ok(conduct(moderation.publicConduct(r.pathParameter("cohortId"))))));
        router.route("PUT", "/api/cohorts/{cohortId}/code-of-conduct", r -> team.apply(() -> {
            var lcm = StaffClaims.lcm(r);
            Fields f = new Fields(r.bodyObject());
            String text = f.text("text");
            f.throwIfInvalid();
            return ApiResponse.ok(conduct(moderation.setConduct(lcm, r.pathParameter("cohortId"), text)));
        }));
    }

    /** The code of conduct as the API shows it; {@code text} null when the cohort has none. */
    static Map<String, Object> conduct(ModerationStore.Conduct c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("text", c == null ? null : c.text());
        v.put("updatedAt", c == null ? null : c.updatedAt().toString());
        return v;
    }

    /** A report as the team sees it: its author's view, with who sent it. */
    static Map<String, Object> report(ProblemReport r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("learnerId", r.learnerId());
        v.put("learnerName", r.learnerName());
        v.putAll(mine(r));
        return v;
    }

    /** A report as its author sees it: no name, and the outcome as a code the page words. */
    static Map<String, Object> mine(ProblemReport r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("reportId", r.reportId());
        v.put("about", r.about());
        v.put("text", r.text());
        v.put("status", r.status());
        v.put("outcome", r.action());
        v.put("createdAt", r.createdAt().toString());
        v.put("handledAt", r.handledAt() == null ? null : r.handledAt().toString());
        return v;
    }

    static Map<String, Object> entry(ModerationEntry e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("entryId", e.entryId());
        v.put("action", e.action());
        v.put("note", e.note());
        v.put("reportId", e.reportId());
        v.put("by", e.byEmail() != null ? e.byEmail() : e.bySub());
        v.put("byName", e.byName());
        v.put("at", e.at().toString());
        return v;
    }
}
