package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.model.CohortChanges;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.cohort.store.dynamodb.DynamoSeats;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.pairing.store.Departures;
import org.lcmhub.pairing.store.dynamodb.DynamoDepartures;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Withdrawals racing sign-ups and each other never lose a seat, double a seat or break the line. */
@ExtendWith(MotoExtension.class)
class WithdrawalRaceIT {

    private static Learner learner(String cohort) {
        return new Learner(UUID.randomUUID().toString(), "L", "l." + UUID.randomUUID() + "@example.org", "p", cohort,
                Language.EN, "Europe/Paris", null, null, LearnerStatus.ENROLLED, null, Instant.now());
    }

    @Test
    void withdrawalsAndSignupsAtOnceKeepEverySeatFilledFromTheWaitlistInOrder(Moto moto) throws Exception {
        DynamoSignupStore signups = new DynamoSignupStore(moto.dynamo(), moto.table());
        DynamoDepartures seats = new DynamoDepartures(moto.dynamo(), moto.table());
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 10);
        List<Learner> placed = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            placed.add(signups.place(learner(cohort.cohortId()), "h", Instant.now(), Duration.ZERO).learner());
        }
        List<Learner> enrolled = placed.subList(0, 10);
        List<Learner> waiting = placed.subList(10, 25);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> work = new ArrayList<>();
        List<Departures.Withdrawal> withdrawals = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 6; i++) {
            Learner leaving = enrolled.get(i);
            work.add(pool.submit(() -> withdrawals.add(seats.withdraw(leaving.learnerId(), java.time.Instant.now()))));
        }
        for (int i = 0; i < 3; i++) {
            Learner leaving = waiting.get(5 + i);
            work.add(pool.submit(() -> withdrawals.add(seats.withdraw(leaving.learnerId(), java.time.Instant.now()))));
        }
        for (int i = 0; i < 8; i++) {
            work.add(pool.submit(() -> signups.place(learner(cohort.cohortId()), "h", Instant.now(), Duration.ZERO)));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();

        Cohort after = new DynamoCohortStore(moto.dynamo(), moto.table()).find(cohort.cohortId());
        List<Learner> all = signups.learnersOf(cohort.cohortId());
        long enrolledNow = all.stream().filter(l -> l.status() == LearnerStatus.ENROLLED).count();
        long waitingNow = all.stream().filter(l -> l.status() == LearnerStatus.WAITLISTED).count();
        assertThat(all).hasSize(33);
        assertThat(enrolledNow).isEqualTo(10).isEqualTo(after.enrolled());
        assertThat(waitingNow).isEqualTo(33 - 10 - 9).isEqualTo(after.waitlisted());
        assertThat(all).filteredOn(l -> l.status() == LearnerStatus.WITHDRAWN).hasSize(9);
        // First come, first served: everyone promoted held an earlier ticket than anyone still waiting.
        List<String> order = placed.stream().map(Learner::learnerId).toList();
        List<Integer> promotedAt = withdrawals.stream().filter(w -> w.promoted() != null)
                .map(w -> order.indexOf(w.promoted().learnerId())).toList();
        List<Integer> waitingAt = all.stream().filter(l -> l.status() == LearnerStatus.WAITLISTED)
                .map(l -> order.contains(l.learnerId()) ? order.indexOf(l.learnerId()) : 1000).toList();
        assertThat(promotedAt).hasSizeGreaterThanOrEqualTo(6).doesNotContain(-1);
        assertThat(Collections.max(promotedAt)).isLessThan(Collections.min(waitingAt));
        List<Map<String, AttributeValue>> entries = Fixtures.partition(moto.dynamo(), moto.table(),
                "COHORT#" + cohort.cohortId(), "WAIT#");
        assertThat(entries).hasSize((int) waitingNow);
        List<Integer> positions = all.stream().filter(l -> l.status() == LearnerStatus.WAITLISTED)
                .map(signups::waitlistPosition).sorted().toList();
        assertThat(positions).isEqualTo(java.util.stream.IntStream.rangeClosed(1, (int) waitingNow).boxed().toList());
    }

    @Test
    void moreSeatsEnrolTheFirstWaitingLearners(Moto moto) {
        DynamoSignupStore signups = new DynamoSignupStore(moto.dynamo(), moto.table());
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 1);
        List<Learner> placed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            placed.add(signups.place(learner(cohort.cohortId()), "h", Instant.now(), Duration.ZERO).learner());
        }
        new DynamoCohortStore(moto.dynamo(), moto.table()).update(cohort.cohortId(), Fixtures.LCM_SUB,
                new CohortChanges(null, null, null, 3, null), java.time.LocalDate.now());

        List<Learner> promoted = new DynamoSeats(moto.dynamo(), moto.table()).fillFreeSeats(cohort.cohortId(), java.time.Instant.now());

        assertThat(promoted).extracting(Learner::learnerId)
                .containsExactly(placed.get(1).learnerId(), placed.get(2).learnerId());
        assertThat(signups.waitlistPosition(signups.find(placed.get(3).learnerId()))).isEqualTo(1);
        Cohort after = new DynamoCohortStore(moto.dynamo(), moto.table()).find(cohort.cohortId());
        assertThat(after.enrolled()).isEqualTo(3);
        assertThat(after.waitlisted()).isEqualTo(1);
    }

    @Test
    void aLearnerWhoWithdrewAndSignsUpAgainTakesASeatOrTheEndOfTheLine(Moto moto) {
        DynamoSignupStore signups = new DynamoSignupStore(moto.dynamo(), moto.table());
        DynamoDepartures seats = new DynamoDepartures(moto.dynamo(), moto.table());
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 1);
        Learner first = signups.place(learner(cohort.cohortId()), "h", Instant.now(), Duration.ZERO).learner();
        Learner second = signups.place(learner(cohort.cohortId()), "h", Instant.now(), Duration.ZERO).learner();
        seats.withdraw(first.learnerId(), java.time.Instant.now()); // the seat goes to the second learner

        var again = signups.place(new Learner(UUID.randomUUID().toString(), "L", first.email(), "p",
                cohort.cohortId(), Language.EN, "Europe/Paris", null, null, LearnerStatus.ENROLLED, null, Instant.now()),
                "h", Instant.now(), Duration.ZERO);

        assertThat(again.created()).isFalse();
        assertThat(again.learner().learnerId()).isEqualTo(first.learnerId());
        assertThat(again.learner().status()).isEqualTo(LearnerStatus.WAITLISTED);
        assertThat(again.waitlistPosition()).isEqualTo(1);
        assertThat(signups.find(second.learnerId()).status()).isEqualTo(LearnerStatus.ENROLLED);

        seats.withdraw(second.learnerId(), java.time.Instant.now());
        assertThat(signups.find(first.learnerId()).status()).isEqualTo(LearnerStatus.ENROLLED);
        Cohort after = new DynamoCohortStore(moto.dynamo(), moto.table()).find(cohort.cohortId());
        assertThat(after.enrolled()).isEqualTo(1);
        assertThat(after.waitlisted()).isZero();
    }
}
