package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.Messages;
import org.lcmhub.pairing.store.dynamodb.DynamoDepartures;
import org.lcmhub.signup.model.PlaceOnPath;
import org.lcmhub.signup.model.SignupRequest;
import org.lcmhub.signup.store.SignupStore;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Keys;
import org.lcmhub.testing.RecordingMailer;

/** One place (seat or waitlist) per address per course path, held by DynamoDB (moto) with the sign-up. */
@ExtendWith(MotoExtension.class)
class OnePlacePerPathIT {
    static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

    static Learner learner(Cohort cohort, String email) {
        return new Learner(UUID.randomUUID().toString(), "Awa Diallo", email, cohort.pathId(), cohort.cohortId(),
                Language.FR, "Africa/Dakar", null, null, LearnerStatus.ENROLLED, null, NOW);
    }

    static String email() {
        return "awa." + UUID.randomUUID() + "@example.org";
    }

    /** Two open cohorts of one fresh path. */
    private static Cohort[] twoOfOnePath(Moto moto, int seatsOfFirst) {
        String path = "path-" + UUID.randomUUID().toString().substring(0, 8);
        return new Cohort[] {
            Fixtures.cohort(moto.dynamo(), moto.table(), "c-" + UUID.randomUUID().toString().substring(0, 8), path, seatsOfFirst),
            Fixtures.cohort(moto.dynamo(), moto.table(), "c-" + UUID.randomUUID().toString().substring(0, 8), path, 5)};
    }

    @Test
    void aWaitlistPlaceInOneCohortRefusesASeatInAnotherOfThePathAndWritesNothing(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        Cohort[] c = twoOfOnePath(moto, 1);
        store.place(learner(c[0], email()), "h", NOW, Duration.ZERO); // the one seat
        String email = email();
        Learner waiting = store.place(learner(c[0], email), "h", NOW, Duration.ZERO).learner();
        assertThat(waiting.status()).isEqualTo(LearnerStatus.WAITLISTED);

        Learner second = learner(c[1], email);
        assertThatThrownBy(() -> store.place(second, "h", NOW.plusSeconds(120), Duration.ofSeconds(60)))
                .isInstanceOfSatisfying(SignupStore.AlreadyOnPath.class,
                        e -> assertThat(e.holder().learnerId()).isEqualTo(waiting.learnerId()));

        assertThat(store.find(second.learnerId())).isNull();
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.cohortPk(c[1].cohortId()))).hasSize(2);
        assertThat(new DynamoCohortStore(moto.dynamo(), moto.table()).find(c[1].cohortId()).enrolled()).isZero();
        assertThat(store.learnersOfAddress(email)).containsExactly(waiting.learnerId());
        // Another path stays open to the same address.
        Cohort other = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5);
        assertThat(store.place(learner(other, email), "h", NOW.plusSeconds(240), Duration.ofSeconds(60)).created()).isTrue();
    }

    @Test
    void theServiceNamesTheCohortHeldAndTheSameCohortAgainIsStillAlready(Moto moto) {
        DynamoCohortStore cohorts = new DynamoCohortStore(moto.dynamo(), moto.table());
        SignupService service = new SignupService(new DynamoSignupStore(moto.dynamo(), moto.table()), cohorts,
                new RecordingMailer(), new Messages("https://hub.example.org"));
        Cohort[] c = twoOfOnePath(moto, 5);
        String email = email();
        service.signUp(request(email, c[0]));

        assertThatThrownBy(() -> service.signUp(request(email.toUpperCase(), c[1])))
                .isInstanceOfSatisfying(PlaceOnPath.class, e -> {
                    assertThat(e.cohort().cohortId()).isEqualTo(c[0].cohortId());
                    assertThat(e.status()).isEqualTo(LearnerStatus.ENROLLED);
                });
        assertThat(service.signUp(request(email, c[0])).kind().wire()).isEqualTo("already");
        assertThat(cohorts.find(c[1].cohortId()).enrolled()).isZero();
    }

    private static SignupRequest request(String email, Cohort cohort) {
        return new SignupRequest("Awa", email, cohort.pathId(), cohort.cohortId(), "fr", "Africa/Dakar", null, null, true);
    }

    @Test
    void leavingGivesThePlaceBackSoAnotherCohortOfThePathCanBeJoined(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        DynamoDepartures departures = new DynamoDepartures(moto.dynamo(), moto.table());
        Cohort[] c = twoOfOnePath(moto, 5);
        String email = email();
        Learner first = store.place(learner(c[0], email), "h", NOW, Duration.ZERO).learner();

        departures.withdraw(first.learnerId(), java.time.Instant.now());
        Learner moved = store.place(learner(c[1], email), "h", NOW, Duration.ZERO).learner();

        assertThat(moved.cohortId()).isEqualTo(c[1].cohortId());
        // Coming back to the cohort left is now the second place on the path: refused, nothing changed.
        assertThatThrownBy(() -> store.place(learner(c[0], email), "h", NOW, Duration.ZERO))
                .isInstanceOf(SignupStore.AlreadyOnPath.class);
        assertThat(store.find(first.learnerId()).status()).isEqualTo(LearnerStatus.WITHDRAWN);
        assertThat(new DynamoCohortStore(moto.dynamo(), moto.table()).find(c[0].cohortId()).enrolled()).isZero();
    }

    @Test
    void aSignupFromBeforeThePlacesCanStillLeave(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        Cohort[] c = twoOfOnePath(moto, 5);
        String email = email();
        Learner old = store.place(learner(c[0], email), "h", NOW, Duration.ZERO).learner();
        moto.dynamo().deleteItem(r -> r.tableName(moto.table()).key(Keys.pathPlace(email, c[0].pathId())));
        Learner alsoOld = store.place(learner(c[1], email), "h", NOW, Duration.ZERO).learner(); // as before the rule

        new DynamoDepartures(moto.dynamo(), moto.table()).withdraw(old.learnerId(), java.time.Instant.now());

        assertThat(store.find(old.learnerId()).status()).isEqualTo(LearnerStatus.WITHDRAWN);
        // The place the newer sign-up holds is not the one who left's to give back.
        assertThatThrownBy(() -> store.place(learner(c[0], email), "h", NOW, Duration.ZERO))
                .isInstanceOfSatisfying(SignupStore.AlreadyOnPath.class,
                        e -> assertThat(e.holder().learnerId()).isEqualTo(alsoOld.learnerId()));
    }

    @Test
    void oneAddressSigningUpToTwoCohortsOfAPathAtOnceGetsExactlyOnePlace(Moto moto) throws Exception {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Cohort[] c = twoOfOnePath(moto, 5);
                String email = email();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> results = new ArrayList<>();
                for (Cohort cohort : c) {
                    Callable<String> signUp = () -> {
                        start.await();
                        try {
                            return store.place(learner(cohort, email), "h", NOW, Duration.ZERO).created() ? "placed" : "found";
                        } catch (SignupStore.AlreadyOnPath e) {
                            return "refused";
                        }
                    };
                    results.add(pool.submit(signUp));
                }
                start.countDown();
                List<String> outcomes = new ArrayList<>();
                for (Future<String> f : results) {
                    outcomes.add(f.get());
                }
                assertThat(outcomes).containsExactlyInAnyOrder("placed", "refused");
                assertThat(store.learnersOfAddress(email)).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
