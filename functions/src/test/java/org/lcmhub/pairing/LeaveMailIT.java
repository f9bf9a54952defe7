package org.lcmhub.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.MailQueue;
import org.lcmhub.pairing.store.Departures;
import org.lcmhub.pairing.store.dynamodb.DynamoDepartures;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A leave's confirmation is queued as a {@code MAIL#} item by the leave's own transaction: a leave
 * always has it, a leave that did not happen never does, and a leave repeated queues none again.
 */
@ExtendWith(MotoExtension.class)
class LeaveMailIT {

    private static Learner learner(String cohort) {
        return new Learner(UUID.randomUUID().toString(), "L", "l." + UUID.randomUUID() + "@example.org", "p", cohort,
                Language.EN, "Europe/Paris", null, null, LearnerStatus.ENROLLED, null, Instant.now());
    }

    /** What each notice was asked, and a mail that says it. */
    private final List<String> asked = new ArrayList<>();

    private final Departures.Notice notice = (was, passedOn) -> {
        asked.add(was.status() + " " + passedOn);
        return new Mail(was.email(), "left " + was.status(), "passed on: " + passedOn, "left");
    };

    private static List<Map<String, AttributeValue>> queued(Moto moto, String to) {
        return moto.dynamo().scanPaginator(r -> r.tableName(moto.table())
                        .filterExpression("begins_with(PK, :mail) AND #to = :to")
                        .expressionAttributeNames(Map.of("#to", "to"))
                        .expressionAttributeValues(Map.of(":mail", AttributeValue.fromS(MailQueue.PK_PREFIX),
                                ":to", AttributeValue.fromS(to))))
                .items().stream().toList();
    }

    @Test
    void aSeatLeftIsConfirmedOnceWithWhetherItWentToTheNextPerson(Moto moto) {
        DynamoSignupStore signups = new DynamoSignupStore(moto.dynamo(), moto.table());
        DynamoDepartures departures = new DynamoDepartures(moto.dynamo(), moto.table());
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 1);
        Learner seated = signups.place(learner(cohort.cohortId()), "h", Instant.now(), Duration.ZERO).learner();
        Learner waiting = signups.place(learner(cohort.cohortId()), "h", Instant.now(), Duration.ZERO).learner();

        assertThat(departures.withdraw(seated.learnerId(), java.time.Instant.now(), notice).promoted().learnerId()).isEqualTo(waiting.learnerId());

        List<Map<String, AttributeValue>> mails = queued(moto, seated.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).get("kind").s()).isEqualTo("left");
        assertThat(mails.get(0).get("subject").s()).isEqualTo("left ENROLLED");
        assertThat(mails.get(0).get("text").s()).isEqualTo("passed on: true");

        // Sent twice (the form, a second tab): nothing left, nothing queued.
        assertThat(departures.withdraw(seated.learnerId(), java.time.Instant.now(), notice).left()).isEqualTo(LearnerStatus.WITHDRAWN);
        assertThat(queued(moto, seated.email())).hasSize(1);
        assertThat(asked).containsExactly("ENROLLED true");

        // The one promoted leaves in turn: no one waits, so the seat goes to no one.
        departures.withdraw(waiting.learnerId(), java.time.Instant.now(), notice);
        assertThat(queued(moto, waiting.email())).singleElement()
                .satisfies(m -> assertThat(m.get("text").s()).isEqualTo("passed on: false"));
    }

    @Test
    void aWaitlistLeftIsConfirmedAndALeaveWithoutNoticeQueuesNothing(Moto moto) {
        DynamoSignupStore signups = new DynamoSignupStore(moto.dynamo(), moto.table());
        DynamoDepartures departures = new DynamoDepartures(moto.dynamo(), moto.table());
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 1);
        Learner seated = signups.place(learner(cohort.cohortId()), "h", Instant.now(), Duration.ZERO).learner();
        Learner waiting = signups.place(learner(cohort.cohortId()), "h", Instant.now(), Duration.ZERO).learner();

        departures.withdraw(waiting.learnerId(), java.time.Instant.now(), notice);
        assertThat(queued(moto, waiting.email())).singleElement()
                .satisfies(m -> assertThat(m.get("subject").s()).isEqualTo("left WAITLISTED"));

        departures.withdraw(seated.learnerId(), java.time.Instant.now());
        assertThat(queued(moto, seated.email())).isEmpty();
    }

    /** A mail that cannot be written stops the leave with it: there is never one without the other. */
    @Test
    void aLeaveWhoseMailFailsDoesNotHappen(Moto moto) {
        DynamoSignupStore signups = new DynamoSignupStore(moto.dynamo(), moto.table());
        DynamoDepartures departures = new DynamoDepartures(moto.dynamo(), moto.table());
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 1);
        Learner seated = signups.place(learner(cohort.cohortId()), "h", Instant.now(), Duration.ZERO).learner();
        // An item over DynamoDB's 400 KB refuses the whole transaction.
        Departures.Notice tooBig = (was, passedOn) -> new Mail(was.email(), "left", "x".repeat(420_000), "left");

        assertThatThrownBy(() -> departures.withdraw(seated.learnerId(), java.time.Instant.now(), tooBig)).isInstanceOf(RuntimeException.class);

        assertThat(signups.find(seated.learnerId()).status()).isEqualTo(LearnerStatus.ENROLLED);
        assertThat(queued(moto, seated.email())).isEmpty();
    }
}
