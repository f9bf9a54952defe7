package org.lcmhub.hub.dev;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.store.dynamodb.DynamoLearnerStore;
import org.lcmhub.mentor.store.dynamodb.DynamoMentorStore;
import org.lcmhub.plans.PersonalPlan;
import org.lcmhub.plans.PlanInput;
import org.lcmhub.plans.PlanService;
import org.lcmhub.plans.ReportInput;
import org.lcmhub.plans.SessionReport;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * 1:1 reports and personal plans for some demo learners of a running cohort, filed by the mentor
 * they are paired with ({@link DemoPairs}, before their first 1:1) through the same service as the
 * API; a learner no mentor could take has no 1:1 and no report. The first enrolled learner's last 1:1
 * changed their plan (fewer hours, a later end, a new objective) and waits for their answer;
 * another learner confirmed a report; a slipping one did not come to their last 1:1.
 */
final class DemoPlans {
    private final DemoPairs pairs;
    private final Clock clock;
    private final PlanService service;
    /** When the report being filed is filed: the service's time, moved before each learner's. */
    private Instant filedAt;

    DemoPlans(DynamoDbClient dynamo, String table, Clock clock) {
        this.pairs = new DemoPairs(dynamo, table);
        this.clock = clock;
        this.service = new PlanService(new DynamoPlanStore(dynamo, table), new DynamoLearnerStore(dynamo, table),
                new DynamoCohortStore(dynamo, table), new FilingClock(ZoneOffset.UTC), new DynamoMentorStore(dynamo, table));
    }

    /** Files the {@code seat}-th enrolled learner's reports, if their seat has any; returns how many. */
    int seed(Cohort cohort, Learner learner, int seat) {
        if (seat > 3 || seat == 1) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(learner.timezone())));
        LocalDate lastWeek = today.minusDays(6);
        if (lastWeek.isBefore(cohort.startDate())) {
            return 0;
        }
        String mentor = pairs.pair(cohort, learner, lastWeek);
        if (mentor == null) {
            return 0;
        }
        PlanStore.Author author = new PlanStore.Author(PlanStore.Author.MENTOR, mentor, null);
        // Filed on the evening of the 1:1, so the plan it changed says it changed then.
        filedAt = lastWeek.atTime(20, 0).atZone(ZoneId.of(learner.timezone())).toInstant();
        PersonalPlan plan = service.folder(author, learner.learnerId()).plan();
        boolean fr = learner.language().isFrench();
        switch (seat) {
            case 0 -> {
                List<PlanInput.ObjectiveInput> objectives = new ArrayList<>();
                plan.objectives().forEach(o -> objectives.add(new PlanInput.ObjectiveInput(o.objectiveId(),
                        o.description(), plan.endDate().plusWeeks(2).toString(), o.status().wire())));
                objectives.add(new PlanInput.ObjectiveInput(null, objective(fr), today.plusWeeks(1).toString(), "open"));
                int hours = Math.max(1, plan.weeklyHours() - 1);
                service.addReport(author, learner.learnerId(), plan.version(), new ReportInput(lastWeek.toString(), "held",
                        changedPlanNote(fr),
                        new PlanInput(objectives, hours, plan.endDate().plusWeeks(2).toString()),
                        List.of(new SessionReport.Resource(SessionReport.Resource.GUIDE, "catching-up", null),
                                new SessionReport.Resource(SessionReport.Resource.STEP, null, 2)),
                        today.plusDays(1).toString()));
            }
            case 2 -> {
                SessionReport r = service.addReport(author, learner.learnerId(), null, new ReportInput(lastWeek.toString(),
                        "held", progressNote(fr), null,
                        List.of(new SessionReport.Resource(SessionReport.Resource.GUIDE, "your-one-to-one", null)),
                        null));
                service.answer(learner, r.reportId(), SessionReport.Answer.CONFIRMED.wire());
            }
            default -> service.addReport(author, learner.learnerId(), null, new ReportInput(lastWeek.toString(), "no-show",
                    null, null, List.of(), null));
        }
        return 1;
    }

    /** Every text the demo's mentors write, in French or in English (checked for each language's typography). */
    static List<String> texts(boolean fr) {
        return List.of(objective(fr), changedPlanNote(fr), progressNote(fr));
    }

    private static String objective(boolean fr) {
        return fr ? "Finir les exercices de l’étape en cours" : "Finish the exercises of the current step";
    }

    private static String changedPlanNote(boolean fr) {
        return fr ? "Nous avons regardé votre semaine ensemble\u00a0: moins d’heures, sur plus de semaines, "
                + "s’accordent mieux avec votre travail."
                : "We looked at your week together: fewer hours, spread over more weeks, fit your job better.";
    }

    private static String progressNote(boolean fr) {
        return fr ? "Bons progrès\u202f; gardez le même rythme." : "Good progress; keep the same rhythm.";
    }

    /** The service's clock: {@link #filedAt}, in any zone. */
    private final class FilingClock extends Clock {
        private final ZoneId zone;

        FilingClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new FilingClock(other);
        }

        @Override
        public Instant instant() {
            return filedAt;
        }
    }
}
