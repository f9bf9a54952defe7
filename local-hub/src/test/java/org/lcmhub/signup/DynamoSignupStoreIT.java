package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.signup.model.Learner;
import org.lcmhub.signup.model.LearnerStatus;
import org.lcmhub.signup.model.SignupResult;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The sign-up store through the real SDK against moto, on the table template.yaml declares. */
@ExtendWith(MotoExtension.class)
class DynamoSignupStoreIT {

    private static Learner learner(String id, String cohort, String email) {
        return new Learner(id, "Awa Diallo", email, "python-foundations", cohort, "fr", "Africa/Dakar",
                LearnerStatus.REGISTERED, Instant.parse("2027-01-04T09:00:00Z"));
    }

    private static List<Map<String, AttributeValue>> partition(Moto moto, String pk) {
        return moto.dynamo().query(r -> r.tableName(moto.table()).consistentRead(true)
                .keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))).items();
    }

    @Test
    void savesTheLearnerAndTheEmailClaimTogether(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        String cohort = "c-" + UUID.randomUUID();
        Learner awa = learner(UUID.randomUUID().toString(), cohort, "awa@example.org");

        SignupResult result = store.saveOnce(awa);

        assertThat(result.created()).isTrue();
        assertThat(store.find(awa.learnerId())).isEqualTo(awa);
        List<Map<String, AttributeValue>> claims = partition(moto, "COHORT#" + cohort);
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).get("learnerId").s()).isEqualTo(awa.learnerId());
        assertThat(claims.get(0).get("SK").s()).startsWith("EMAIL#").doesNotContain("awa");
    }

    @Test
    void theSameEmailAndCohortReturnsTheFirstLearnerAndWritesNothing(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        String cohort = "c-" + UUID.randomUUID();
        Learner first = learner(UUID.randomUUID().toString(), cohort, "awa@example.org");
        Learner second = learner(UUID.randomUUID().toString(), cohort, "awa@example.org");
        store.saveOnce(first);

        SignupResult again = store.saveOnce(second);

        assertThat(again.created()).isFalse();
        assertThat(again.learner()).isEqualTo(first);
        assertThat(store.find(second.learnerId())).isNull();
        assertThat(partition(moto, "COHORT#" + cohort)).hasSize(1);
    }

    @Test
    void theSameEmailMayJoinAnotherCohort(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        Learner a = learner(UUID.randomUUID().toString(), "c-" + UUID.randomUUID(), "awa@example.org");
        Learner b = learner(UUID.randomUUID().toString(), "c-" + UUID.randomUUID(), "awa@example.org");

        assertThat(store.saveOnce(a).created()).isTrue();
        assertThat(store.saveOnce(b).created()).isTrue();
    }

    @Test
    void aFailedSecondWriteLeavesNoHalfOfTheSignupBehind(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        String id = UUID.randomUUID().toString();
        store.saveOnce(learner(id, "c-" + UUID.randomUUID(), "first@example.org"));
        String cohort = "c-" + UUID.randomUUID();

        // Same learner id again: the claim would succeed, the learner put fails, so neither may stay.
        assertThatThrownBy(() -> store.saveOnce(learner(id, cohort, "second@example.org")))
                .isInstanceOf(TransactionCanceledException.class);

        assertThat(partition(moto, "COHORT#" + cohort)).isEmpty();
        assertThat(store.find(id).email()).isEqualTo("first@example.org");
    }
}
