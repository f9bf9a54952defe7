package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.matching.model.PairRef;

/** What the figures' model keeps of a cohort, how it reads back, and how a patch replaces learners. */
class FiguresModelTest {
    private static final Instant T = Instant.parse("2027-01-10T09:00:00Z");

    private static Learner learner(String id, LearnerStatus status, long minutes) {
        return new Learner(id, "Name " + id, id + "@example.org", "python", "c-1", Language.FR, "Europe/Paris",
                id.equals("ana") ? "goals" : null, id.equals("ana") ? 5 : null, status, null, T.plusSeconds(60 * minutes));
    }

    private static WeeklyCheckIn checkIn(String id, String week, int progress) {
        return new WeeklyCheckIn(id, "c-1", IsoWeek.parse(week).orElseThrow(), progress, progress > 50 ? 3 : null, 2.5, 4,
                "private blockers", true, "private message", T);
    }

    private static final CohortRecords.Records COHORT = new CohortRecords.Records(
            List.of(learner("ana", LearnerStatus.ENROLLED, 0), learner("bob", LearnerStatus.WAITLISTED, 1),
                    learner("cid", LearnerStatus.ENROLLED, 2)),
            List.of(checkIn("ana", "2027-W02", 60), checkIn("bob", "2027-W02", 10), checkIn("cid", "2027-W01", 20)),
            List.of(), Map.of("ana", T, "bob", T), Map.of("ana", "m-1", "bob", "m-2"),
            Set.of(new PairRef("cid", "m-3")));

    @Test
    void keepsTheEnrolledLearnersWithoutTheirAddressNorFreeTextAndReadsBackTheSame() {
        Map<String, String> names = new HashMap<>();
        names.put("m-1", "Mia");
        names.put("m-9", null); // a mentor without a profile
        FiguresModel model = FiguresModel.of(COHORT, names, true, T);

        assertThat(model.learners()).extracting(Learner::learnerId).containsExactly("ana", "cid");
        assertThat(model.learners()).allSatisfy(l -> assertThat(l.email()).isNull());
        assertThat(model.checkIns()).extracting(WeeklyCheckIn::learnerId).containsExactly("ana", "cid");
        assertThat(model.checkIns()).allSatisfy(c -> {
            assertThat(c.blockers()).isNull();
            assertThat(c.message()).isNull();
        });
        assertThat(model.lastContact()).containsOnlyKeys("ana");
        assertThat(model.mentorOf()).containsOnlyKeys("ana");
        assertThat(model.write()).doesNotContain("example.org", "private");

        assertThat(FiguresModel.read(model.write())).isEqualTo(model);
    }

    @Test
    void aPatchReplacesTheNamedLearnersInSignUpOrderAndDropsThoseNoLongerEnrolled() {
        FiguresModel model = FiguresModel.of(COHORT, Map.of("m-1", "Mia"), false, T);
        CohortRecords.Records fresh = new CohortRecords.Records(
                List.of(learner("ana", LearnerStatus.WITHDRAWN, 0), learner("bob", LearnerStatus.ENROLLED, 1)),
                List.of(checkIn("bob", "2027-W02", 15), checkIn("bob", "2027-W01", 5)), List.of(),
                Map.of("bob", T.plusSeconds(5)), Map.of(), Set.of());

        FiguresModel patched = model.patch(List.of("ana", "bob"), fresh, Map.of("cid", Set.of()));

        assertThat(patched.learners()).extracting(Learner::learnerId).containsExactly("bob", "cid");
        assertThat(patched.checkIns()).extracting(c -> c.learnerId() + " " + c.week())
                .containsExactlyInAnyOrder("cid 2027-W01", "bob 2027-W02", "bob 2027-W01");
        assertThat(patched.lastContact()).containsOnlyKeys("bob");
        assertThat(patched.mentorOf()).isEmpty();
        assertThat(patched.neverAgain()).isEmpty(); // cid's pairs read again: none any more
        assertThat(patched.mentorNames()).containsExactlyEntriesOf(Map.of("m-1", "Mia"));
        assertThat(patched.namesAt()).isEqualTo(T);
    }

    @Test
    void keepsInstantsToTheNanosecondAndDoesNotReadAModelOfAnotherLayout() {
        CohortRecords.Records precise = new CohortRecords.Records(List.of(learner("ana", LearnerStatus.ENROLLED, 0)),
                List.of(new WeeklyCheckIn("ana", "c-1", IsoWeek.parse("2027-W02").orElseThrow(), 40, null, 1.25, 3, null,
                        false, null, T.plusNanos(123_456_789))), List.of(), Map.of("ana", T.plusNanos(1_000)), Map.of(), Set.of());
        FiguresModel model = FiguresModel.of(precise, Map.of(), false, T.plusNanos(7));

        assertThat(FiguresModel.read(model.write())).isEqualTo(model);
        assertThat(FiguresModel.read("{\"learners\":[[\"ana\",\"Ana\",\"python\",\"c-1\",\"fr\",\"Europe/Paris\",null,"
                + "null,\"2027-01-10T09:00:00Z\"]],\"checkIns\":[],\"namesAt\":\"2027-01-10T09:00:00Z\"}")).isNull();
    }
}
