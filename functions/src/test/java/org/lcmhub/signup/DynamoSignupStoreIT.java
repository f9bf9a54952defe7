package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.cohort.model.CohortChanges;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.signup.model.SignupResult;
import org.lcmhub.signup.store.SignupStore;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The sign-up store through the real SDK against moto, on the table template.yaml declares. */
@ExtendWith(MotoExtension.class)
class DynamoSignupStoreIT {
    private static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

    private static Learner learner(String cohort, String email) {
        // A path per cohort: these tests are about one cohort's places (OnePlacePerPathIT: a path's).
        return new Learner(UUID.randomUUID().toString(), "Awa Diallo", email, "path-of-" + cohort, cohort, Language.FR,
                "Africa/Dakar", null, null, LearnerStatus.ENROLLED, null, NOW);
    }

    private static String email() {
        return "awa." + UUID.randomUUID() + "@example.org";
    }

    private static List<Map<String, AttributeValue>> partition(Moto moto, String pk) {
        return Fixtures.partition(moto.dynamo(), moto.table(), pk);
    }

    @Test
    void fillsTheSeatsThenTheWaitlistInOrder(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        String cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 2).cohortId();

        List<SignupResult> results = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> store.place(learner(cohort, email()), "hash", NOW, Duration.ZERO)).toList();

        assertThat(results).extracting(r -> r.learner().status()).containsExactly(LearnerStatus.ENROLLED,
                LearnerStatus.ENROLLED, LearnerStatus.WAITLISTED, LearnerStatus.WAITLISTED, LearnerStatus.WAITLISTED);
        assertThat(results).extracting(SignupResult::waitlistPosition).containsExactly(null, null, 1, 2, 3);
        assertThat(store.waitlistPosition(results.get(4).learner())).isEqualTo(3);
        assertThat(store.learnersOf(cohort)).extracting(Learner::learnerId)
                .containsExactlyInAnyOrderElementsOf(results.stream().map(r -> r.learner().learnerId()).toList());
        var saved = new DynamoCohortStore(moto.dynamo(), moto.table()).find(cohort);
        assertThat(saved.enrolled()).isEqualTo(2);
        assertThat(saved.waitlisted()).isEqualTo(3);
        assertThat(partition(moto, "COHORT#" + cohort)).filteredOn(i -> i.get("SK").s().startsWith("WAIT#")).hasSize(3);
        assertThat(partition(moto, "COHORT#" + cohort)).filteredOn(i -> i.get("SK").s().startsWith("EMAIL#"))
                .hasSize(5).allSatisfy(i -> assertThat(i.get("SK").s()).doesNotContain("@"));
    }

    @Test
    void theSameEmailAndCohortReturnsTheFirstLearnerAndWritesNothing(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        String cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 1).cohortId();
        String email = email();
        Learner first = learner(cohort, email);
        Learner second = learner(cohort, email);
        store.place(first, "hash", NOW, Duration.ofMinutes(1));

        SignupResult again = store.place(second, "other", NOW.plusSeconds(1), Duration.ofMinutes(1));

        assertThat(again.created()).isFalse();
        assertThat(again.learner().learnerId()).isEqualTo(first.learnerId());
        assertThat(store.find(second.learnerId())).isNull();
        // META, LCM#, one claim, and the figures item whose revision the first sign-up moved
        assertThat(partition(moto, "COHORT#" + cohort)).hasSize(4);
        assertThat(new DynamoCohortStore(moto.dynamo(), moto.table()).find(cohort).enrolled()).isEqualTo(1);
    }

    @Test
    void anotherCohortWithinTheCoolDownIsRefusedAndLeavesNothing(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        String a = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5).cohortId();
        String b = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5).cohortId();
        String email = email();
        store.place(learner(a, email), "hash", NOW, Duration.ofSeconds(60));

        Learner tooSoon = learner(b, email);
        assertThatThrownBy(() -> store.place(tooSoon, "hash", NOW.plusSeconds(30), Duration.ofSeconds(60)))
                .isInstanceOf(SignupStore.CoolingDown.class)
                .satisfies(e -> assertThat(((SignupStore.CoolingDown) e).until()).isEqualTo(NOW.plusSeconds(60)));
        assertThat(store.find(tooSoon.learnerId())).isNull();
        assertThat(partition(moto, "COHORT#" + b)).hasSize(2);
        assertThat(new DynamoCohortStore(moto.dynamo(), moto.table()).find(b).enrolled()).isZero();

        assertThat(store.place(learner(b, email), "hash", NOW.plusSeconds(61), Duration.ofSeconds(60)).created()).isTrue();
    }

    @Test
    void aClosedCohortTakesNoOne(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        String cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5).cohortId();
        new DynamoCohortStore(moto.dynamo(), moto.table()).update(cohort, Fixtures.LCM_SUB,
                new CohortChanges(null, null, null, null, false), java.time.LocalDate.now());

        Learner l = learner(cohort, email());
        assertThatThrownBy(() -> store.place(l, "hash", NOW, Duration.ZERO)).isInstanceOf(SignupStore.CohortUnavailable.class);
        assertThat(store.find(l.learnerId())).isNull();
        assertThat(partition(moto, "COHORT#" + cohort)).hasSize(2);
        assertThatThrownBy(() -> store.place(learner("no-such-cohort", email()), "hash", NOW, Duration.ZERO))
                .isInstanceOf(SignupStore.CohortUnavailable.class);
    }

    @Test
    void aFailedWriteInTheMiddleLeavesNoHalfOfTheSignupBehind(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        String first = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5).cohortId();
        String second = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5).cohortId();
        Learner one = learner(first, email());
        store.place(one, "hash", NOW, Duration.ZERO);
        // Same learner id again: the claim and the seat would succeed, the learner put fails.
        Learner clash = new Learner(one.learnerId(), "X", email(), "p", second, Language.FR, "Africa/Dakar", null, null,
                LearnerStatus.ENROLLED, null, NOW);

        assertThatThrownBy(() -> store.place(clash, "hash", NOW, Duration.ZERO)).isInstanceOf(IllegalStateException.class);

        assertThat(partition(moto, "COHORT#" + second)).hasSize(2);
        assertThat(new DynamoCohortStore(moto.dynamo(), moto.table()).find(second).enrolled()).isZero();
        assertThat(store.find(one.learnerId()).email()).isEqualTo(one.email());
    }

    @Test
    void aKeyIsReplacedAtMostOncePerMailCoolDown(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        String cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5).cohortId();
        Learner l = learner(cohort, email());
        store.place(l, "first", NOW, Duration.ZERO);

        assertThat(store.rotateKey(l.learnerId(), "second", NOW.plusSeconds(60), NOW.minusSeconds(540))).isFalse();
        assertThat(store.rotateKey(l.learnerId(), "second", NOW.plusSeconds(601), NOW.plusSeconds(1))).isTrue();
        assertThat(moto.dynamo().getItem(r -> r.tableName(moto.table()).key(org.lcmhub.store.Keys.learner(l.learnerId())))
                .item().get("keyHash").s()).isEqualTo("second");
    }

    @Test
    void theMailCarryingANewKeyIsQueuedByTheSameTransactionOrNotAtAll(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        String cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5).cohortId();
        Learner l = learner(cohort, email());
        store.place(l, "first", NOW, Duration.ZERO);
        org.lcmhub.mail.Mail link = new org.lcmhub.mail.Mail(l.email(), "Your new personal link", "key", "new-link");
        java.util.function.Supplier<List<String>> queued = () -> moto.dynamo().scanPaginator(r -> r.tableName(moto.table()))
                .items().stream().filter(i -> i.get("PK").s().startsWith(org.lcmhub.mail.MailQueue.PK_PREFIX)
                        && i.get("to").s().equals(l.email())).map(i -> i.get("kind").s()).toList();

        assertThat(store.rotateKey(l.learnerId(), "second", NOW.plusSeconds(60), NOW.minusSeconds(540), link)).isFalse();
        assertThat(queued.get()).as("no key replaced, no mail").isEmpty();
        assertThat(store.rotateKey(l.learnerId(), "second", NOW.plusSeconds(601), NOW.plusSeconds(1), link)).isTrue();
        assertThat(queued.get()).containsExactly("new-link");
        assertThat(store.rotateKey("no-such-learner", "x", NOW.plusSeconds(601), NOW.plusSeconds(1), link)).isFalse();
        assertThat(queued.get()).hasSize(1);
    }
}
