package org.lcmhub.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.Caller;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.LearnerStore;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.InMemoryMentors;
import org.lcmhub.testing.InMemoryPlans;
import org.lcmhub.testing.MapLearners;

/**
 * A plan never ends before the learner's current week is over: else their page says they should be
 * done already and are far behind. Cohort c-1 runs from Mon 4 Jan 2027 to Sun 28 Feb 2027.
 */
class PlanEndDateTest {
    private static final Caller INES = new Caller("sub-ines", "ines@example.org", Set.of("mentor"));
    private static final Caller ALICE = new Caller("lcm-1", "alice@example.org", Set.of("lcm"));
    /** In Auckland (UTC+13 in February) Wednesday 10 Feb at 11:00 UTC is already Thursday 11. */
    private static final Learner AWA = new Learner("l-awa", "Awa Diallo", "awa@example.org", "python", "c-1", Language.FR,
            "Pacific/Auckland", null, 3, LearnerStatus.ENROLLED, null, Instant.parse("2027-01-02T00:00:00Z"));

    private final InMemoryPlans store = new InMemoryPlans().learner(AWA.learnerId(), "c-1", INES.sub()).team("c-1", "lcm-1");
    private final InMemoryCohorts cohorts = new InMemoryCohorts().with(InMemoryCohorts.cohort("c-1", "python", 20, true));
    private final MapLearners learners = new MapLearners();

    PlanEndDateTest() {
        learners.stored.put(AWA.learnerId(), new LearnerStore.Stored(AWA, "hash"));
    }

    private PlanService at(String instant) {
        return new PlanService(store, learners, cohorts, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
                new InMemoryMentors());
    }

    private static ReportInput report(String date, String end) {
        return new ReportInput(date, "held", "Fine.", new PlanInput(List.of(), 3, end), List.of(), null);
    }

    @Test
    void aReportCannotMoveThePlansEndBeforeTheEndOfTheLearnersWeekAndSaysWhichDayWouldDo() {
        PlanService service = at("2027-02-10T11:00:00Z");
        var mentor = service.author(INES, null, AWA.learnerId());
        for (String end : List.of("2026-11-01", "2027-01-17", "2027-02-10", "2027-02-13")) {
            assertThatThrownBy(() -> service.addReport(mentor, AWA.learnerId(), 0, report("2027-02-09", end)))
                    .as(end).isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.fields()).containsOnlyKeys("planChange.endDate");
                        assertThat(e.params()).isEqualTo(Map.of("planChange.endDate", PlanRules.BEFORE_THIS_WEEK,
                                "earliestEndDate", "2027-02-14"));
                    });
        }
        assertThat(store.reports(AWA.learnerId())).isEmpty();
        assertThat(store.current(AWA.learnerId())).isNull();

        service.addReport(mentor, AWA.learnerId(), 0, report("2027-02-09", "2027-02-14"));
        assertThat(store.current(AWA.learnerId()).endDate()).isEqualTo(LocalDate.parse("2027-02-14"));
    }

    /** Sunday evening in UTC is Monday in Auckland: the learner's week is the next one. */
    @Test
    void theWeekIsTheLearnersOwn() {
        PlanService service = at("2027-02-14T12:00:00Z");
        var lcm = service.author(ALICE, "c-1", AWA.learnerId());
        assertThatThrownBy(() -> service.savePlan(lcm, AWA.learnerId(), 0, new PlanInput(List.of(), 3, "2027-02-14")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.params())
                        .containsEntry("endDate", PlanRules.BEFORE_THIS_WEEK).containsEntry("earliestEndDate", "2027-02-21"));
        assertThat(service.savePlan(lcm, AWA.learnerId(), 0, new PlanInput(List.of(), 3, "2027-02-21")).version())
                .isEqualTo(1);
    }

    /** After the cohort's end a plan that ended may still change (its hours, its objectives) as long as its end stays. */
    @Test
    void aPlanThatEndedKeepsItsEndWhenOtherThingsChange() {
        PlanService service = at("2027-03-20T11:00:00Z");
        var lcm = service.author(ALICE, "c-1", AWA.learnerId());
        PersonalPlan saved = service.savePlan(lcm, AWA.learnerId(), 0, new PlanInput(List.of(), 5, "2027-02-28"));
        assertThat(saved.weeklyHours()).isEqualTo(5);
        assertThatThrownBy(() -> service.savePlan(lcm, AWA.learnerId(), 1, new PlanInput(List.of(), 5, "2027-03-07")))
                .isInstanceOf(InvalidInput.class);
    }
}
