package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.appointments.CurrentOneToOne;
import org.lcmhub.appointments.store.dynamodb.DynamoAppointmentStore;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.cohort.CohortHandler;
import org.lcmhub.cohort.CohortService;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.cohort.store.dynamodb.DynamoSeats;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.dynamodb.DynamoLearnerStore;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.me.MeService;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.pairing.store.dynamodb.DynamoDepartures;
import org.lcmhub.signup.model.SignupResult;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Standings;
import org.lcmhub.testing.RecordingMailer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * When a learner's seat, and so their own weeks, begins: on the services' clock (a demo or a test
 * on a simulated date stamps that date, not the real one), in the transaction that gives the seat,
 * whichever gives it: someone leaving, more seats, a move from the waitlist, a return after leaving.
 */
@ExtendWith(MotoExtension.class)
class SeatTimeIT {
    /** A simulated "now" three days ahead of the real one: the cohorts (starting in 30 days) are still offered. */
    private static final Instant SIMULATED = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MILLIS);
    private static final Clock CLOCK = Clock.fixed(SIMULATED, ZoneOffset.UTC);

    private static MeService me(Moto moto, DynamoSignupStore store) {
        List<Mail> sent = new ArrayList<>();
        return new MeService(new DynamoLearnerStore(moto.dynamo(), moto.table()), store,
                new DynamoDepartures(moto.dynamo(), moto.table()), new DynamoCohortStore(moto.dynamo(), moto.table()),
                new DynamoCheckInStore(moto.dynamo(), moto.table()), new DynamoNoteStore(moto.dynamo(), moto.table()),
                sent::add, new Messages("http://hub.test"), CLOCK,
                new CurrentOneToOne(new DynamoAppointmentStore(moto.dynamo(), moto.table())));
    }

    private static Cohort cohort(Moto moto, String path, int seats) {
        return Fixtures.cohort(moto.dynamo(), moto.table(), "c-" + UUID.randomUUID().toString().substring(0, 8), path, seats);
    }

    private static String path() {
        return "path-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Learner place(DynamoSignupStore store, Cohort cohort) {
        return store.place(OnePlacePerPathIT.learner(cohort, OnePlacePerPathIT.email()), "h", OnePlacePerPathIT.NOW,
                Duration.ZERO).learner();
    }

    @Test
    void aSeatFreedBySomeoneLeavingIsTheNextOnesFromTheServicesNow(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        Cohort cohort = cohort(moto, path(), 1);
        Learner holder = place(store, cohort);
        Learner waiting = place(store, cohort);

        Learner promoted = me(moto, store).withdraw(holder).promoted();

        assertThat(promoted.learnerId()).isEqualTo(waiting.learnerId());
        assertThat(promoted.enrolledAt()).isEqualTo(SIMULATED);
        assertThat(store.find(waiting.learnerId()).enrolledAt()).isEqualTo(SIMULATED);
    }

    @Test
    void aMoveFromTheWaitlistToASeatElsewhereDatesFromTheServicesNow(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        String path = path();
        Cohort full = cohort(moto, path, 1);
        Cohort other = cohort(moto, path, 2);
        place(store, full);
        Learner waiting = place(store, full);

        Learner moved = me(moto, store).moveToSeat(waiting, other.cohortId());

        assertThat(moved.enrolledAt()).isEqualTo(SIMULATED);
        assertThat(store.find(waiting.learnerId()).enrolledAt()).isEqualTo(SIMULATED);
    }

    @Test
    void moreSeatsGiveTheWaitingTheirSeatsFromTheServicesNow(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        Cohort cohort = cohort(moto, path(), 1);
        place(store, cohort);
        Learner waiting = place(store, cohort);
        CohortHandler handler = new CohortHandler(new CohortService(new DynamoCohortStore(moto.dynamo(), moto.table()),
                new DynamoSeats(moto.dynamo(), moto.table()), new RecordingMailer(), new Messages(""), CLOCK));

        APIGatewayV2HTTPResponse r = handler.handleRequest(Fixtures.jsonEvent("PATCH", "/api/cohorts/" + cohort.cohortId(),
                Map.of("sub", Fixtures.LCM_SUB, "email", "lcm@example.org", "cognito:groups", "[lcm]"), null,
                "{\"seats\":2}"), null);

        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(200);
        Learner seated = store.find(waiting.learnerId());
        assertThat(seated.status()).isEqualTo(LearnerStatus.ENROLLED);
        assertThat(seated.enrolledAt()).isEqualTo(SIMULATED);
    }

    /**
     * One who left and signs up again to the same cohort, a seat being free, takes it from her
     * return: her weeks count from then, not from her first sign-up; and the cohort's figures move,
     * so the dashboard counts her again.
     */
    @Test
    void aLearnerWhoLeftAndComesBackToAFreeSeatStartsAgainFromHerReturn(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        Cohort cohort = cohort(moto, path(), 2);
        Learner first = place(store, cohort);
        me(moto, store).withdraw(first);
        long revision = revision(moto, cohort);

        Learner again = OnePlacePerPathIT.learner(cohort, first.email());
        SignupResult back = store.place(again, "h2", SIMULATED, Duration.ZERO);

        assertThat(back.rejoined()).isTrue();
        assertThat(back.learner().learnerId()).isEqualTo(first.learnerId());
        assertThat(back.learner().enrolledAt()).isEqualTo(SIMULATED);
        Learner stored = store.find(first.learnerId());
        assertThat(stored.status()).isEqualTo(LearnerStatus.ENROLLED);
        assertThat(stored.createdAt()).as("her first sign-up stays what it was").isEqualTo(OnePlacePerPathIT.NOW);
        assertThat(stored.seatSince()).isEqualTo(SIMULATED);
        assertThat(revision(moto, cohort)).as("the dashboard's figures move with her return").isGreaterThan(revision);
    }

    private static long revision(Moto moto, Cohort cohort) {
        Map<String, AttributeValue> item = moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true)
                .key(Standings.figuresKey(cohort.cohortId()))).item();
        return item == null || !item.containsKey(Standings.REVISION) ? 0 : Long.parseLong(item.get(Standings.REVISION).n());
    }
}
