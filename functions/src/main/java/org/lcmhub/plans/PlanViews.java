package org.lcmhub.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of plans and reports: codes and dates, worded by the pages. */
public final class PlanViews {
    private PlanViews() {
    }

    static Map<String, Object> folder(PlanService.Folder f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("plan", plan(f.plan()));
        v.put("cohortEndDate", f.cohort().endDate().toString());
        v.put("pathId", f.learner().pathId());
        v.put("steps", f.cohort().weeks());
        // What the first saved version changed is said against the sign-up's plan, which is not stored.
        PersonalPlan start = PlanService.fromSignup(f.learner(), f.cohort());
        v.put("versions", f.versions().stream().map(p -> {
            Map<String, Object> m = plan(p);
            m.put("changes", PlanChange.between(before(f.versions(), start, p), p).stream().map(PlanChange::view).toList());
            return m;
        }).toList());
        v.put("start", plan(start));
        v.put("reports", reports(f.reports(), java.time.ZoneId.of(f.learner().timezone())));
        if (f.lastMeeting() != null) {
            v.put("lastMeeting", f.lastMeeting().toString());
        }
        if (f.nextMeeting() != null) {
            // Its instant, for the reader's clock, and its day and time on the learner's, which they read.
            Map<String, Object> next = new LinkedHashMap<>();
            next.put("start", f.nextMeeting().toOffsetDateTime().toString());
            next.put("learnerLocal", f.nextMeeting().withZoneSameInstant(java.time.ZoneId.of(f.learner().timezone()))
                    .toLocalDateTime().toString());
            v.put("nextMeeting", next);
        }
        if (f.latestDate() != null) {
            v.put("latestDate", f.latestDate().toString());
            // For the report form of the staff: with no series, no meeting of one to speak of.
            v.put("oneToOne", f.oneToOne());
        }
        return v;
    }

    /** The version {@code p} was made on: the one numbered before it, the sign-up's for the first. */
    static PersonalPlan before(List<PersonalPlan> versions, PersonalPlan start, PersonalPlan p) {
        return p.version() == 1 ? start
                : versions.stream().filter(x -> x.version() == p.version() - 1).findFirst().orElse(null);
    }

    static Map<String, Object> plan(PersonalPlan p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("version", p.version());
        v.put("objectives", p.objectives().stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("objectiveId", o.objectiveId());
            m.put("description", o.description());
            m.put("targetDate", o.targetDate().toString());
            m.put("status", o.status().wire());
            return m;
        }).toList());
        v.put("weeklyHours", p.weeklyHours());
        v.put("endDate", p.endDate().toString());
        v.put("changedBy", p.changedBy());
        v.put("changedAt", p.changedAt().toString());
        v.put("reportId", p.reportId());
        return v;
    }

    static Map<String, Object> report(SessionReport r) {
        return report(r, null);
    }

    /** {@code replacedBy}: the later report on the same 1:1 that replaces this one, else null. */
    static Map<String, Object> report(SessionReport r, String replacedBy) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("reportId", r.reportId());
        v.put("date", r.date().toString());
        v.put("outcome", r.outcome().wire());
        v.put("authorRole", r.authorRole());
        v.put("author", author(r));
        v.put("notes", r.notes());
        v.put("planVersion", r.planVersion());
        v.put("resources", r.resources().stream().map(res -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", res.kind());
            if (res.slug() != null) {
                m.put("slug", res.slug());
            }
            if (res.step() != null) {
                m.put("step", res.step());
            }
            return m;
        }).toList());
        v.put("nextSession", r.nextSession() == null ? null : r.nextSession().toString());
        v.put("answer", r.answer() == null ? null : r.answer().wire());
        v.put("answeredAt", r.answeredAt() == null ? null : r.answeredAt().toString());
        v.put("createdAt", r.createdAt().toString());
        v.put("replacedBy", replacedBy);
        return v;
    }

    /** Who wrote the report, as data the pages word: their role and name (null on older reports). */
    public static Map<String, Object> author(SessionReport r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("role", r.authorRole());
        v.put("name", r.authorName());
        return v;
    }

    static List<Map<String, Object>> reports(List<SessionReport> reports) {
        Map<String, String> replaced = SessionReport.replaced(reports);
        return reports.stream().map(r -> report(r, replaced.get(r.reportId()))).toList();
    }

    /**
     * As above, each with the day of its 1:1 on the learner's clock ({@code learnerDate}): the
     * report's date is its author's, and a meeting of the series on a Tuesday evening in Paris is
     * on the Wednesday in Auckland, which is the day the learner's page names, as it names their next.
     */
    static List<Map<String, Object>> reports(List<SessionReport> reports, java.time.ZoneId learnerZone) {
        List<Map<String, Object>> views = reports(reports);
        for (int i = 0; i < views.size(); i++) {
            views.get(i).put("learnerDate", learnerDate(reports.get(i), learnerZone).toString());
        }
        return views;
    }

    /**
     * The day the 1:1 of {@code r} was on the learner's clock: the series meeting's start when the
     * report is on one ({@code heldFrom} equals {@code heldUntil}); else its date as written, as a
     * day with no known time has no other day in another zone.
     */
    static java.time.LocalDate learnerDate(SessionReport r, java.time.ZoneId learnerZone) {
        return r.heldFrom() != null && r.heldFrom().equals(r.heldUntil())
                ? java.time.LocalDate.ofInstant(r.heldFrom(), learnerZone) : r.date();
    }
}
