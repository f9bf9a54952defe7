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

        Learner moved = store.moveToSeat(waiting, c[1].cohortId());

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
        new DynamoDepartures(moto.dynamo(), moto.table()).withdraw(waiting.learnerId());
        assertThat(cohorts.find(c[1].cohortId()).enrolled()).isZero();
        assertThat(item(moto, Keys.pathPlace(email, c[0].pathId()))).isEmpty();
    }

    @Test
    void refusedMovesWriteNothing(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        Cohort[] c = fullAndOther(moto, store, 1);
        store.place(learner(c[1], email()), "h", NOW, Duration.ZERO); // the other cohort's one seat
        String email = email();
        Learner waiting = store.place(learner(c[0], email), "h", NOW, Duration.ZERO).learner();

        assertThatThrownBy(() -> store.moveToSeat(waiting, c[1].cohortId()))
                .isInstanceOfSatisfying(MoveRefused.class, e -> assertThat(e.reason()).isEqualTo(MoveRefused.Reason.NO_SEAT));
        assertThat(store.find(waiting.learnerId())).isEqualTo(waiting);
        assertThat(item(moto, Keys.emailClaim(c[1].cohortId(), email))).isEmpty();
        assertThat(store.waitlistPosition(waiting)).isEqualTo(1);

        // Promoted meanwhile: no longer waiting.
        Learner stale = waiting;
        new DynamoDepartures(moto.dynamo(), moto.table()).withdraw(store.learnersOf(c[0].cohortId()).get(0).learnerId());
        assertThatThrownBy(() -> store.moveToSeat(stale, c[1].cohortId()))
                .isInstanceOfSatisfying(MoveRefused.class, e -> assertThat(e.reason()).isEqualTo(MoveRefused.Reason.NOT_WAITING));
    }

    @Test
    void anAddressThatSignedUpThereBeforeIsToldSo(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        Cohort[] c = fullAndOther(moto, store, 3);
        String email = email();
        Learner before = store.place(learner(c[1], email), "h", NOW, Duration.ZERO).learner();
        new DynamoDepartures(moto.dynamo(), moto.table()).withdraw(before.learnerId());
        Learner waiting = store.place(learner(c[0], email), "h", NOW.plusSeconds(120), Duration.ZERO).learner();

        assertThatThrownBy(() -> store.moveToSeat(waiting, c[1].cohortId()))
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
                        store.moveToSeat(l, c[1].cohortId());
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
