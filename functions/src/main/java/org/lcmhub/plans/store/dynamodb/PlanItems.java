package org.lcmhub.plans.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.plans.Objective;
import org.lcmhub.plans.PersonalPlan;
import org.lcmhub.plans.SessionReport;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items {@code LEARNER#<id> / PLAN} (the current plan, on GSI1 under {@code PLANS#<cohortId>}),
 * {@code LEARNER#<id> / PLANV#<version>} (every version), {@code LEARNER#<id> / PLANRUN} (on GSI1
 * under {@code COHORTS}, by the plan's end) and {@code LEARNER#<id> / REPORT#<reportId>}
 * (on GSI1 under {@code PLANS#<cohortId>} too). Objectives and resources are lists of maps.
 */
final class PlanItems {
    private PlanItems() {
    }

    static Map<String, AttributeValue> current(PersonalPlan p) {
        Map<String, AttributeValue> item = content(p, Keys.plan(p.learnerId()), ItemType.PLAN);
        item.put(Keys.GSI1PK, s(Keys.plansPk(p.cohortId())));
        item.put(Keys.GSI1SK, s("PLAN#" + p.learnerId()));
        return item;
    }

    /**
     * The plan's entry in the index of running cohorts ({@code Keys.COHORTS} on GSI1, by end date):
     * in the learner's partition, so that erasing the learner erases it too.
     */
    static Map<String, AttributeValue> run(PersonalPlan p) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.planRun(p.learnerId()));
        item.put(ItemType.ATTRIBUTE, ItemType.PLAN_RUN.value());
        item.put(Keys.GSI1PK, s(Keys.COHORTS));
        item.put(Keys.GSI1SK, s(Keys.cohortEnd(p.endDate(), p.cohortId())));
        item.put("cohortId", s(p.cohortId()));
        item.put("endDate", s(p.endDate().toString()));
        return item;
    }

    static Map<String, AttributeValue> version(PersonalPlan p) {
        return content(p, Keys.planVersion(p.learnerId(), p.version()), ItemType.PLAN_VERSION);
    }

    private static Map<String, AttributeValue> content(PersonalPlan p, Map<String, AttributeValue> key, ItemType type) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key);
        item.put(ItemType.ATTRIBUTE, type.value());
        item.put("learnerId", s(p.learnerId()));
        item.put("cohortId", s(p.cohortId()));
        item.put("version", n(p.version()));
        item.put("weeklyHours", n(p.weeklyHours()));
        item.put("endDate", s(p.endDate().toString()));
        item.put("changedBy", s(p.changedBy()));
        if (p.reportId() != null) {
            item.put("reportId", s(p.reportId()));
        }
        item.put("changedAt", s(p.changedAt().toString()));
        List<AttributeValue> objectives = new ArrayList<>();
        for (Objective o : p.objectives()) {
            objectives.add(AttributeValue.fromM(Map.of("objectiveId", s(o.objectiveId()),
                    "description", s(o.description()), "targetDate", s(o.targetDate().toString()),
                    "status", s(o.status().wire()))));
        }
        item.put("objectives", AttributeValue.fromL(objectives));
        return item;
    }

    static PersonalPlan plan(Map<String, AttributeValue> i) {
        List<Objective> objectives = new ArrayList<>();
        for (AttributeValue v : i.get("objectives").l()) {
            Map<String, AttributeValue> m = v.m();
            objectives.add(new Objective(m.get("objectiveId").s(), m.get("description").s(),
                    LocalDate.parse(m.get("targetDate").s()), Objective.Status.of(m.get("status").s())));
        }
        return new PersonalPlan(i.get("learnerId").s(), i.get("cohortId").s(), Integer.parseInt(i.get("version").n()),
                objectives, Integer.parseInt(i.get("weeklyHours").n()), LocalDate.parse(i.get("endDate").s()),
                i.get("changedBy").s(), i.containsKey("reportId") ? i.get("reportId").s() : null,
                Instant.parse(i.get("changedAt").s()));
    }

    static Map<String, AttributeValue> report(SessionReport r) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.key(Keys.learnerPk(r.learnerId()),
                Keys.REPORT + r.reportId()));
        item.put(ItemType.ATTRIBUTE, ItemType.SESSION_REPORT.value());
        item.put(Keys.GSI1PK, s(Keys.plansPk(r.cohortId())));
        item.put(Keys.GSI1SK, s(Keys.REPORT + r.learnerId() + "#" + r.reportId()));
        item.put("reportId", s(r.reportId()));
        item.put("learnerId", s(r.learnerId()));
        item.put("cohortId", s(r.cohortId()));
        item.put("authorRole", s(r.authorRole()));
        item.put("authorSub", s(r.authorSub()));
        if (r.authorName() != null) {
            item.put("authorName", s(r.authorName()));
        }
        item.put("date", s(r.date().toString()));
        item.put("outcome", s(r.outcome().wire()));
        item.put("notes", s(r.notes()));
        if (r.planVersion() != null) {
            item.put("planVersion", n(r.planVersion()));
        }
        List<AttributeValue> resources = new ArrayList<>();
        for (SessionReport.Resource res : r.resources()) {
            Map<String, AttributeValue> m = new LinkedHashMap<>();
            m.put("kind", s(res.kind()));
            if (res.slug() != null) {
                m.put("slug", s(res.slug()));
            }
            if (res.step() != null) {
                m.put("step", n(res.step()));
            }
            resources.add(AttributeValue.fromM(m));
        }
        item.put("resources", AttributeValue.fromL(resources));
        if (r.nextSession() != null) {
            item.put("nextSession", s(r.nextSession().toString()));
        }
        item.put("createdAt", s(r.createdAt().toString()));
        if (r.heldFrom() != null) {
            item.put("heldFrom", s(r.heldFrom().toString()));
            item.put("heldUntil", s(r.heldUntil().toString()));
        }
        return item;
    }

    /** {@code LEARNER#<id> / CONFIRMED#<date>}: the report on that 1:1 the learner confirmed, and when. */
    static Map<String, AttributeValue> confirmed(SessionReport r) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.confirmedReport(r.learnerId(), r.date()));
        item.put(ItemType.ATTRIBUTE, ItemType.CONFIRMED_REPORT.value());
        item.put("learnerId", s(r.learnerId()));
        item.put("date", s(r.date().toString()));
        item.put("reportId", s(r.reportId()));
        item.put("confirmedAt", s(r.answeredAt().toString()));
        return item;
    }

    /** {@code LEARNER#<id> / REPORTED#<date>}: the current report on that 1:1. */
    static Map<String, AttributeValue> reported(SessionReport r) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.reportedMeeting(r.learnerId(), r.date()));
        item.put(ItemType.ATTRIBUTE, ItemType.REPORTED_MEETING.value());
        item.put("learnerId", s(r.learnerId()));
        item.put("date", s(r.date().toString()));
        item.put("reportId", s(r.reportId()));
        return item;
    }

    static SessionReport report(Map<String, AttributeValue> i) {
        List<SessionReport.Resource> resources = new ArrayList<>();
        for (AttributeValue v : i.get("resources").l()) {
            Map<String, AttributeValue> m = v.m();
            resources.add(new SessionReport.Resource(m.get("kind").s(), m.containsKey("slug") ? m.get("slug").s() : null,
                    m.containsKey("step") ? Integer.valueOf(m.get("step").n()) : null));
        }
        return new SessionReport(i.get("reportId").s(), i.get("learnerId").s(), i.get("cohortId").s(),
                i.get("authorRole").s(), i.get("authorSub").s(),
                i.containsKey("authorName") ? i.get("authorName").s() : null, LocalDate.parse(i.get("date").s()),
                SessionReport.Outcome.of(i.get("outcome").s()), i.get("notes").s(),
                i.containsKey("planVersion") ? Integer.valueOf(i.get("planVersion").n()) : null, resources,
                i.containsKey("nextSession") ? LocalDate.parse(i.get("nextSession").s()) : null,
                i.containsKey("answer") ? SessionReport.Answer.of(i.get("answer").s()) : null,
                i.containsKey("answeredAt") ? Instant.parse(i.get("answeredAt").s()) : null,
                Instant.parse(i.get("createdAt").s()),
                i.containsKey("heldFrom") ? Instant.parse(i.get("heldFrom").s()) : null,
                i.containsKey("heldUntil") ? Instant.parse(i.get("heldUntil").s()) : null);
    }
}
