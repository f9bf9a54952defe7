package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.pairing.store.dynamodb.DynamoDepartures;
import org.lcmhub.signup.store.SignupStore.MoveRefused;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A waitlisted learner takes a seat in another cohort of the path in one transaction (moto). */
@ExtendWith(MotoExtension.class)
class MoveToSeatIT {
    private static final Instant NOW = OnePlacePerPathIT.NOW;

    private static Learner learner(Cohort cohort, String email) {
        return OnePlacePerPathIT.learner(cohort, email);
    }

    private static String email() {
        return OnePlacePerPathIT.email();
    }

    /** A full cohort (its one seat taken) and another of the same path with {@code seats}. */
    private static Cohort[] fullAndOther(Moto moto, DynamoSignupStore store, int seats) {
        String path = "path-" + UUID.randomUUID().toString().substring(0, 8);
        Cohort full = Fixtures.cohort(moto.dynamo(), moto.table(), "c-" + UUID.randomUUID().toString().substring(0, 8), path, 1);
        Cohort other = Fixtures.cohort(moto.dynamo(), moto.table(), "c-" + UUID.randomUUID().toString().substring(0, 8), path, seats);
        store.place(learner(full, email()), "h", NOW, Duration.ZERO);
        return new Cohort[] {full, other};
    }

    private static Map<String, AttributeValue> item(Moto moto, Map<String, AttributeValue> key) {
        return moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true).key(key)).item();
    }

    @Test
    void theWaitlistIsLeftAndTheSeatTakenTogetherWithTheSameLearnerAndKey(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        DynamoCohortStore cohorts = new DynamoCohortStore(moto.dynamo(), moto.table());
        Cohort[] c = fullAndOther(moto, store, 2);
        String email = email();
        Learner waiting = store.place(learner(c[0], email), "key-hash", NOW, Duration.ZERO).learner();
        Learner behind = store.place(learner(c[0], email()), "h", NOW, Duration.ZERO).learner();
        assertThat(store.waitlistPosition(behind)).isEqualTo(2);

        Learner moved = store.moveToSeat(waiting, c[1].cohortId(), java.time.Instant.now());

        assertThat(moved.status()).isEqualTo(LearnerStatus.ENROLLED);
        Learner stored = store.find(waiting.learnerId());
        assertThat(stored.cohortId()).isEqualTo(c[1].cohortId());
        assertThat(stored.status()).isEqualTo(LearnerStatus.ENROLLED);
        assertThat(stored.waitTicket()).isNull();
        assertThat(item(moto, Keys.learner(waiting.learnerId())).get("keyHash").s()).as("the same key").isEqualTo("key-hash");
        assertThat(cohorts.find(c[1].cohortId()).enrolled()).isEqualTo(1);
        assertThat(store.waitlistPosition(store.find(behind.learnerId()))).as("the one behind moves up").isEqualTo(1);
        assertThat(store.learnersOf(c[0].cohortId())).extracting(Learner::learnerId).doesNotContain(waiting.learnerId());
        assertThat(store.learnersOf(c[1].cohortId())).extracting(Learner::learnerId).containsExactly(waiting.learnerId());
        assertThat(item(moto, Keys.emailClaim(c[0].cohortId(), email))).isEmpty();
        assertThat(item(moto, Keys.emailClaim(c[1].cohortId(), email)).get("learnerId").s()).isEqualTo(waiting.learnerId());
        assertThat(item(moto, Keys.pathPlace(email, c[0].pathId())).get("cohortId").s()).isEqualTo(c[1].cohortId());
        // Signing up again to the new cohort finds the same learner; leaving frees the seat and the path's place.
        assertThat(store.place(learner(c[1], email), "h", NOW.plusSeconds(120), Duration.ZERO).learner().learnerId())
                .isEqualTo(waiting.learnerId());
        new DynamoDepartures(moto.dynamo(), moto.table()).withdraw(waiting.learnerId(), java.time.Instant.now());
        assertThat(cohorts.find(c[1].cohortId()).enrolled()).isZero();
        assertThat(item(moto, Keys.pathPlace(email, c[0].pathId()))).isEmpty();
    }

    /**
     * The notes and the plan the team wrote while the learner waited follow them to the seat taken
     * from My page: the new cohort's dashboard reads them (its plans, the notes' cohort), the one
     * left no longer does; following again changes nothing.
     */
    @Test
    void theNotesAndPlanWrittenWhileWaitingFollowTheLearnerToTheirSeat(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        Cohort[] c = fullAndOther(moto, store, 2);
        Learner waiting = store.place(learner(c[0], email()), "h", NOW, Duration.ZERO).learner();
        org.lcmhub.notes.store.dynamodb.DynamoNoteStore notes =
                new org.lcmhub.notes.store.dynamodb.DynamoNoteStore(moto.dynamo(), moto.table());
        org.lcmhub.plans.store.dynamodb.DynamoPlanStore plans =
                new org.lcmhub.plans.store.dynamodb.DynamoPlanStore(moto.dynamo(), moto.table());
        notes.add(new org.lcmhub.notes.Note(waiting.learnerId(), c[0].cohortId(), "Called: happy to wait.", true,
                Fixtures.LCM_SUB, NOW));
        plans.savePlan(new org.lcmhub.plans.store.PlanStore.Author(org.lcmhub.plans.store.PlanStore.Author.LCM,
                Fixtures.LCM_SUB, c[0].cohortId()), new org.lcmhub.plans.PersonalPlan(waiting.learnerId(), c[0].cohortId(),
                1, List.of(), 3, c[0].endDate().plusWeeks(2), "lcm", null, NOW));
        List<org.lcmhub.mail.Mail> sent = new ArrayList<>();
        org.lcmhub.me.MeService me = new org.lcmhub.me.MeService(
                new org.lcmhub.learner.store.dynamodb.DynamoLearnerStore(moto.dynamo(), moto.table()), store,
                new DynamoDepartures(moto.dynamo(), moto.table()), new DynamoCohortStore(moto.dynamo(), moto.table()),
                new org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore(moto.dynamo(), moto.table()), notes, sent::add,
                new org.lcmhub.mail.Messages("http://hub.test"), java.time.Clock.systemUTC(),
                new org.lcmhub.appointments.CurrentOneToOne(
                        new org.lcmhub.appointments.store.dynamodb.DynamoAppointmentStore(moto.dynamo(), moto.table())))
                .withPlans(plans);

        me.moveToSeat(waiting, c[1].cohortId());

        assertThat(plans.forCohort(c[1].cohortId()).plans()).containsKey(waiting.learnerId());
        assertThat(plans.forCohort(c[0].cohortId()).plans()).doesNotContainKey(waiting.learnerId());
        assertThat(plans.current(waiting.learnerId()).cohortId()).isEqualTo(c[1].cohortId());
        assertThat(item(moto, Keys.planRun(waiting.learnerId())).get(Keys.GSI1SK).s())
                .isEqualTo(Keys.cohortEnd(c[0].endDate().plusWeeks(2), c[1].cohortId()));
        List<Map<String, AttributeValue>> noteItems = Fixtures.partition(moto.dynamo(), moto.table(),
                Keys.learnerPk(waiting.learnerId())).stream().filter(i -> i.get("SK").s().startsWith(Keys.NOTE)).toList();
        assertThat(noteItems).hasSize(1).allSatisfy(i -> {
            assertThat(i.get("cohortId").s()).isEqualTo(c[1].cohortId());
            assertThat(i.get(Keys.GSI1PK).s()).isEqualTo(Keys.cohortPk(c[1].cohortId()));
        });
        assertThat(notes.list(c[1].cohortId(), waiting.learnerId(), null, 10).notes())
                .extracting(org.lcmhub.notes.Note::text).containsExactly("Called: happy to wait.");
        // Again (a retry after a failure half-way): nothing moves twice, nothing fails.
        notes.follow(waiting.learnerId(), c[0].cohortId(), c[1].cohortId());
        plans.follow(waiting.learnerId(), c[0].cohortId(), c[1].cohortId());
        assertThat(plans.forCohort(c[1].cohortId()).plans()).containsKey(waiting.learnerId());
        assertThat(plans.current(waiting.learnerId()).version()).isEqualTo(1);
    }

    @Test
    void refusedMovesWriteNothing(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        Cohort[] c = fullAndOther(moto, store, 1);
        store.place(learner(c[1], email()), "h", NOW, Duration.ZERO); // the other cohort's one seat
        String email = email();
        Learner waiting = store.place(learner(c[0], email), "h", NOW, Duration.ZERO).learner();

        assertThatThrownBy(() -> store.moveToSeat(waiting, c[1].cohortId(), java.time.Instant.now()))
                .isInstanceOfSatisfying(MoveRefused.class, e -> assertThat(e.reason()).isEqualTo(MoveRefused.Reason.NO_SEAT));
        assertThat(store.find(waiting.learnerId())).isEqualTo(waiting);
        assertThat(item(moto, Keys.emailClaim(c[1].cohortId(), email))).isEmpty();
        assertThat(store.waitlistPosition(waiting)).isEqualTo(1);

        // Promoted meanwhile: no longer waiting.
        Learner stale = waiting;
        new DynamoDepartures(moto.dynamo(), moto.table()).withdraw(store.learnersOf(c[0].cohortId()).get(0).learnerId(), java.time.Instant.now());
        assertThatThrownBy(() -> store.moveToSeat(stale, c[1].cohortId(), java.time.Instant.now()))
                .isInstanceOfSatisfying(MoveRefused.class, e -> assertThat(e.reason()).isEqualTo(MoveRefused.Reason.NOT_WAITING));
    }

    @Test
    void anAddressThatSignedUpThereBeforeIsToldSo(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        Cohort[] c = fullAndOther(moto, store, 3);
        String email = email();
        Learner before = store.place(learner(c[1], email), "h", NOW, Duration.ZERO).learner();
        new DynamoDepartures(moto.dynamo(), moto.table()).withdraw(before.learnerId(), java.time.Instant.now());
        Learner waiting = store.place(learner(c[0], email), "h", NOW.plusSeconds(120), Duration.ZERO).learner();

        assertThatThrownBy(() -> store.moveToSeat(waiting, c[1].cohortId(), java.time.Instant.now()))
                .isInstanceOfSatisfying(MoveRefused.class, e -> assertThat(e.reason()).isEqualTo(MoveRefused.Reason.SIGNED_UP_THERE));
        assertThat(store.find(waiting.learnerId()).status()).isEqualTo(LearnerStatus.WAITLISTED);
    }

    /** Four learners waiting, two seats elsewhere, all moving at once: two move, never more than the seats. */
    @Test
    void concurrentMovesNeverTakeMoreThanTheSeats(Moto moto) throws Exception {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        Cohort[] c = fullAndOther(moto, store, 2);
        List<Learner> waiting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            waiting.add(store.place(learner(c[0], email()), "h", NOW, Duration.ZERO).learner());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> moves = new ArrayList<>();
        try {
            for (Learner l : waiting) {
                moves.add(pool.submit(() -> {
                    go.await();
                    try {
                        store.moveToSeat(l, c[1].cohortId(), java.time.Instant.now());
                        return true;
                    } catch (MoveRefused e) {
                        assertThat(e.reason()).isEqualTo(MoveRefused.Reason.NO_SEAT);
                        return false;
                    }
                }));
            }
            go.countDown();
            long moved = 0;
            for (Future<Boolean> f : moves) {
                moved += f.get() ? 1 : 0;
            }
            assertThat(moved).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(new DynamoCohortStore(moto.dynamo(), moto.table()).find(c[1].cohortId()).enrolled()).isEqualTo(2);
        assertThat(store.learnersOf(c[1].cohortId())).hasSize(2);
        List<Learner> still = store.learnersOf(c[0].cohortId()).stream()
                .filter(l -> l.status() == LearnerStatus.WAITLISTED).toList();
        assertThat(still).hasSize(2);
        assertThat(still.stream().map(store::waitlistPosition)).containsExactlyInAnyOrder(1, 2);
    }
}
