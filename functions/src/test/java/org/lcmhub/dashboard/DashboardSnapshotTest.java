package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.lcmhub.auth.Caller;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.dashboard.store.FiguresCache;
import org.lcmhub.dashboard.store.LearnerPage;
import org.lcmhub.dashboard.store.MentorDirectory;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.notes.store.NoteStore;
import org.lcmhub.testing.InMemoryCohorts;
import org.junit.jupiter.api.Test;

/** When a paged view serves the figures' snapshot, computes them again, and keeps them. */
class DashboardSnapshotTest {
    private static final Cohort COHORT = InMemoryCohorts.cohort("c-1", "python", 30, true);
    private static final Instant NOW = Instant.parse("2027-02-03T12:00:00Z");
    private static final Caller LCM = new Caller("lcm-1", "alice@example.org", Set.of("lcm"));

    /**
     * A figures item: the revision writes move (with the learners they change), and the snapshot
     * and its model stored only at the current revision.
     */
    private static final class Item implements FiguresCache {
        long revision;
        Instant touchedAt;
        Snapshot snapshot;
        String model;
        int modelWrites;
        final Set<String> dirty = new java.util.HashSet<>();

        void write(String learnerId, Instant at) {
            revision++;
            touchedAt = at;
            dirty.add(learnerId);
        }

        @Override
        public State read(String cohortId) {
            return new State(revision, touchedAt, snapshot, Set.copyOf(dirty), model == null ? 0 : 1);
        }

        @Override
        public String model(String cohortId, int parts) {
            return parts == 1 ? model : null;
        }

        @Override
        public boolean store(String cohortId, Snapshot s, String m, Set<String> settled) {
            if (s.revision() != revision) {
                return false;
            }
            snapshot = s;
            if (m != null) { // null: the model stored still holds
                model = m;
                modelWrites++;
            }
            dirty.removeAll(settled);
            return true;
        }
    }

    private final Item item = new Item();
    /** The cohort as the service reads it: its thresholds change without moving the revision. */
    private Cohort cohort = COHORT;
    private final AtomicInteger wholeReads = new AtomicInteger();
    private final List<String> learnersReadAgain = new ArrayList<>();
    private int withoutStanding;
    private PlansOfCohort planStore;

    /** The one read of the plan store a dashboard makes. */
    private interface PlansOfCohort {
        org.lcmhub.plans.store.PlanStore.CohortPlans forCohort(String cohortId);
    }
    private final List<Learner> learners = new ArrayList<>(List.of(learner("ana"), learner("bea"), learner("cid")));

    private static Learner learner(String id) {
        return new Learner(id, "Name " + id, id + "@example.org", "python", "c-1", org.lcmhub.domain.Language.EN, "UTC", null, null,
                LearnerStatus.ENROLLED, null, Instant.parse("2026-12-20T10:00:00Z"));
    }

    private DashboardService service(Instant now) {
        CohortRecords records = id -> {
            wholeReads.incrementAndGet();
            return new CohortRecords.Records(List.copyOf(learners), List.of(), List.of(), java.util.Map.of(),
                    java.util.Map.of(), Set.of(), withoutStanding);
        };
        LearnerPage pages = new LearnerPage() {
            @Override
            public Page page(String cohortId, String cursor, int limit) {
                int from = cursor == null ? 0 : Integer.parseInt(cursor);
                int to = Math.min(learners.size(), from + limit);
                return new Page(new CohortRecords.Records(learners.subList(from, to), List.of(), List.of()),
                        to < learners.size() ? Integer.toString(to) : null);
            }

            @Override
            public CohortRecords.Records current(String cohortId, java.util.Collection<String> ids) {
                learnersReadAgain.addAll(ids);
                return new CohortRecords.Records(learners.stream().filter(l -> ids.contains(l.learnerId())).toList(),
                        List.of(), List.of());
            }

            @Override
            public Set<org.lcmhub.matching.model.PairRef> neverAgain(String learnerId) {
                return Set.of();
            }

            @Override
            public Page one(String cohortId, String learnerId) {
                return new Page(new CohortRecords.Records(learners.stream()
                        .filter(l -> l.learnerId().equals(learnerId)).toList(), List.of(), List.of()), null);
            }
        };
        NoteStore notes = null; // no note is written here
        MentorDirectory noMentors = new MentorDirectory() {
            @Override
            public java.util.Map<String, String> names(java.util.Collection<String> mentorIds) {
                return java.util.Map.of();
            }

            @Override
            public List<org.lcmhub.mentor.model.Mentor> all() {
                return List.of();
            }
        };
        return new DashboardService(new InMemoryCohorts().with(cohort), records, notes, noMentors,
                Clock.fixed(now, ZoneOffset.UTC), planStore == null ? null : plans(planStore), item, pages);
    }

    private static String figures(DashboardService.Dashboard d) {
        return "enrolled " + d.kpis().enrolled();
    }

    @Test
    void theSnapshotServesAtItsRevisionAndIsComputedAgainOnceAWriteMovedIt() {
        DashboardService.PagedView first = service(NOW).paged(LCM, "c-1", null, 2, null, DashboardSnapshotTest::figures);
        assertThat(first.fromSnapshot()).isFalse();
        assertThat(first.figures()).isEqualTo("enrolled 3");
        assertThat(first.learners()).extracting(s -> s.learnerId()).containsExactly("ana", "bea");
        assertThat(first.next()).isEqualTo("2");
        assertThat(wholeReads).hasValue(1);

        DashboardService.PagedView second = service(NOW.plusSeconds(30)).paged(LCM, "c-1", "2", 2, null,
                DashboardSnapshotTest::figures);
        assertThat(second.fromSnapshot()).isTrue();
        assertThat(second.figuresAt()).isEqualTo(NOW);
        assertThat(second.learners()).extracting(s -> s.learnerId()).containsExactly("cid");
        assertThat(second.next()).isNull();
        assertThat(wholeReads).hasValue(1); // only the page was read

        learners.add(learner("dan")); // a sign-up: its transaction moved the revision and named dan
        item.write("dan", NOW.plusSeconds(39));
        DashboardService.PagedView third = service(NOW.plusSeconds(40)).paged(LCM, "c-1", null, 2, null,
                DashboardSnapshotTest::figures);
        assertThat(third.fromSnapshot()).isFalse();
        assertThat(third.figures()).isEqualTo("enrolled 4");
        assertThat(wholeReads).hasValue(1); // the model was patched: only dan was read again
        assertThat(learnersReadAgain).containsExactly("dan");
        assertThat(item.dirty).isEmpty();
        assertThat(item.snapshot.revision()).isEqualTo(1);
    }

    /**
     * Thresholds saved seconds after a snapshot (they move no revision): the page of learners is
     * judged by the new ones, so the figures' lists must be too, never the snapshot's old verdicts
     * beside them.
     */
    @Test
    void thresholdsSavedAfterTheSnapshotAreNeverServedBesideAPageJudgedByThem() {
        java.util.function.Function<DashboardService.Dashboard, String> outcomes = d -> outcomes(d.learners());
        DashboardService.PagedView before = service(NOW).paged(LCM, "c-1", null, 3, null, outcomes);
        assertThat(before.figures()).isEqualTo(outcomes(before.learners()));
        // Four weeks without a check-in: out under the default four, still taking part under six.
        cohort = COHORT.withRiskPolicy(new org.lcmhub.risk.RiskPolicy(0.15, 0.34, 6));
        DashboardService.PagedView after = service(NOW.plusSeconds(2)).paged(LCM, "c-1", null, 3, null, outcomes);
        assertThat(outcomes(after.learners())).isNotEqualTo(outcomes(before.learners()));
        assertThat(after.fromSnapshot()).isFalse();
        assertThat(after.figures()).isEqualTo(outcomes(after.learners()));
        // Stored again with the new thresholds, it serves the next page.
        assertThat(service(NOW.plusSeconds(4)).paged(LCM, "c-1", null, 3, null, outcomes).fromSnapshot()).isTrue();
    }

    private static String outcomes(List<org.lcmhub.risk.LearnerStanding> standings) {
        return standings.stream().map(s -> s.learnerId() + " " + s.assessment().outcome().wire() + " "
                + s.assessment().level().wire()).toList().toString();
    }

    @Test
    void aWithdrawalLeavesTheModelAndTheCohortIsNeverReadInFullAgain() {
        service(NOW).paged(LCM, "c-1", null, 2, null, DashboardSnapshotTest::figures);
        learners.set(1, learners.get(1).withStatus(LearnerStatus.WITHDRAWN, null));
        item.write("bea", NOW.plusSeconds(1));
        assertThat(service(NOW.plusSeconds(2)).paged(LCM, "c-1", null, 2, null, DashboardSnapshotTest::figures)
                .figures()).isEqualTo("enrolled 2");
        assertThat(wholeReads).hasValue(1);
        assertThat(item.model).doesNotContain("Name bea");

        // Hours on, every verdict is judged again from the model (its mentors' names read again), not the cohort.
        int writes = item.modelWrites;
        service(NOW.plus(DashboardService.NAMES_LIFE)).paged(LCM, "c-1", null, 2, null, DashboardSnapshotTest::figures);
        assertThat(wholeReads).hasValue(1);
        assertThat(FiguresModel.read(item.model).namesAt()).isEqualTo(NOW.plus(DashboardService.NAMES_LIFE));
        assertThat(item.modelWrites).isEqualTo(writes + 1);
        service(NOW.plus(DashboardService.NAMES_LIFE.multipliedBy(30))).paged(LCM, "c-1", null, 2, null,
                DashboardSnapshotTest::figures);
        assertThat(wholeReads).hasValue(1);
    }

    @Test
    void noSnapshotIsKeptRightAfterAWriteNorServedPastAMinuteOrAQuarterHour() {
        item.touchedAt = NOW.minusSeconds(1); // an index may not show that write yet
        service(NOW).paged(LCM, "c-1", null, 2, null, DashboardSnapshotTest::figures);
        assertThat(item.snapshot).isNull();

        service(NOW.plusSeconds(5)).paged(LCM, "c-1", null, 2, null, DashboardSnapshotTest::figures);
        assertThat(item.snapshot).isNotNull();
        assertThat(item.modelWrites).isEqualTo(1);
        assertThat(service(NOW.plusSeconds(66)).paged(LCM, "c-1", null, 2, null, DashboardSnapshotTest::figures)
                .fromSnapshot()).isFalse(); // more than a minute old: judged again from the model
        assertThat(wholeReads).hasValue(2);
        assertThat(item.snapshot.computedAt()).isEqualTo(NOW.plusSeconds(66));
        assertThat(item.modelWrites).isEqualTo(1); // no learner changed: the model is not written again

        assertThat(DashboardService.validUntil(Instant.parse("2027-02-03T12:14:30Z")))
                .isEqualTo(Instant.parse("2027-02-03T12:15:00Z"));
        assertThat(DashboardService.validUntil(Instant.parse("2027-02-03T12:00:00Z")))
                .isEqualTo(Instant.parse("2027-02-03T12:01:00Z"));
    }

    @Test
    void aPageReadsTheCohortsPlansOnlyWhenTheSnapshotSawSome() {
        AtomicInteger planReads = new AtomicInteger();
        planStore = cohortId -> {
            planReads.incrementAndGet();
            return new org.lcmhub.plans.store.PlanStore.CohortPlans(java.util.Map.of(), java.util.Map.of());
        };
        service(NOW).paged(LCM, "c-1", null, 2, null, DashboardSnapshotTest::figures);
        assertThat(planReads).hasValue(1); // with the whole read
        assertThat(item.snapshot.plans()).isFalse();
        service(NOW.plusSeconds(5)).paged(LCM, "c-1", null, 2, null, DashboardSnapshotTest::figures);
        assertThat(planReads).hasValue(1); // the page: nobody had a plan
    }

    @Test
    void theProgressChartReadsEachLearnersOwnPlanFromThePlansTheFiguresAlreadyRead() {
        AtomicInteger planReads = new AtomicInteger();
        org.lcmhub.plans.PersonalPlan sixWeeks = new org.lcmhub.plans.PersonalPlan("ana", "c-1", 1, List.of(), 5,
                java.time.LocalDate.parse("2027-02-14"), "lcm", null, NOW.minusSeconds(3600));
        planStore = cohortId -> {
            planReads.incrementAndGet();
            return new org.lcmhub.plans.store.PlanStore.CohortPlans(java.util.Map.of("ana", sixWeeks), java.util.Map.of());
        };
        java.util.function.Function<DashboardService.Dashboard, String> expected = d -> d.charts().progress().stream()
                .map(p -> p.learnerId() + " " + p.expected()).toList().toString();
        // In week 5: four of ana's six weeks behind her, four of the cohort's eight for the others.
        assertThat(service(NOW).paged(LCM, "c-1", null, 2, null, expected).figures())
                .isEqualTo("[ana 67, bea 50, cid 50]");
        item.write("bea", NOW.plusSeconds(39));
        assertThat(service(NOW.plusSeconds(40)).paged(LCM, "c-1", null, 2, null, expected).figures())
                .isEqualTo("[ana 67, bea 50, cid 50]"); // patched from the model, the same
        assertThat(planReads).hasValue(4); // as before: once for the figures, once for the page, each time
    }

    @Test
    void aCohortWithLearnersWithoutAStandingGetsTheWholeViewAndBadPagesAreRefused() {
        withoutStanding = 1;
        DashboardService.PagedView whole = service(NOW).paged(LCM, "c-1", null, 2, null, DashboardSnapshotTest::figures);
        assertThat(whole.full()).isNotNull();
        assertThat(whole.next()).isNull();
        assertThat(item.snapshot).isNull();

        for (int bad : new int[] {0, 101}) {
            assertThatThrownBy(() -> service(NOW).paged(LCM, "c-1", null, bad, null, DashboardSnapshotTest::figures))
                    .isInstanceOf(InvalidInput.class);
        }
    }

    /** A plan store that only answers the cohort's plans (a dashboard reads nothing else of it). */
    private static org.lcmhub.plans.store.PlanStore plans(PlansOfCohort of) {
        return (org.lcmhub.plans.store.PlanStore) java.lang.reflect.Proxy.newProxyInstance(
                DashboardSnapshotTest.class.getClassLoader(), new Class<?>[] {org.lcmhub.plans.store.PlanStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("forCohort")) {
                        return of.forCohort((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
