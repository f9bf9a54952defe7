package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.cohort.store.Seats;
import org.lcmhub.cohort.store.dynamodb.DynamoSeats;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.pairing.store.dynamodb.DynamoDepartures;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Keys;

/**
 * A cohort's waitlist as its team reads it, on moto: in ticket order, page by page with positions
 * that run on; each learner waiting since they joined the waitlist (a learner who left and came
 * back, since their return), an entry older than that record since the learner's sign-up.
 */
@ExtendWith(MotoExtension.class)
class WaitlistStoreIT {
    private static final Instant SIGNED_UP = Instant.parse("2027-01-04T09:00:00Z");

    private static Learner learner(String cohort, String name) {
        return new Learner(UUID.randomUUID().toString(), name, name.toLowerCase() + "." + UUID.randomUUID() + "@example.org",
                "path-of-" + cohort, cohort, Language.FR, "Africa/Dakar", null, null, LearnerStatus.ENROLLED, null, SIGNED_UP);
    }

    /** Every page of {@code limit} learners, walked by the cursor each page gives. */
    private static List<Seats.Waiting> walk(DynamoSeats seats, String cohort, int limit) {
        List<Seats.Waiting> all = new ArrayList<>();
        Long after = null;
        do {
            Seats.WaitPage page = seats.waiting(cohort, after, limit);
            assertThat(page.waiting().size()).isLessThanOrEqualTo(limit);
            all.addAll(page.waiting());
            after = page.next();
        } while (after != null);
        return all;
    }

    @Test
    void theWaitlistIsReadInOrderPageByPageEachSinceTheyJoinedIt(Moto moto) {
        DynamoSignupStore signups = new DynamoSignupStore(moto.dynamo(), moto.table());
        DynamoSeats seats = new DynamoSeats(moto.dynamo(), moto.table());
        String cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 1).cohortId();
        List<Learner> people = new ArrayList<>();
        String[] names = {"Awa", "Ben", "Chloé", "Dario", "Emma"};
        for (int i = 0; i < names.length; i++) {
            Learner l = learner(cohort, names[i]);
            people.add(l);
            signups.place(l, "hash", SIGNED_UP.plus(Duration.ofMinutes(i)), Duration.ZERO);
        }
        // Ben leaves the waitlist and comes back an hour later: he waits again, last, since then.
        new DynamoDepartures(moto.dynamo(), moto.table()).withdraw(people.get(1).learnerId(), java.time.Instant.now());
        Learner ben = people.get(1);
        Instant back = SIGNED_UP.plus(Duration.ofHours(1));
        signups.place(ben, "hash", back, Duration.ZERO);
        assertThat(signups.find(ben.learnerId()).status()).isEqualTo(LearnerStatus.WAITLISTED);

        List<Seats.Waiting> whole = seats.waiting(cohort, null, 50).waiting();
        assertThat(whole).extracting(w -> w.learner().name()).containsExactly("Chloé", "Dario", "Emma", "Ben");
        assertThat(whole).extracting(Seats.Waiting::position).containsExactly(1, 2, 3, 4);
        assertThat(whole).extracting(Seats.Waiting::since).containsExactly(SIGNED_UP.plus(Duration.ofMinutes(2)),
                SIGNED_UP.plus(Duration.ofMinutes(3)), SIGNED_UP.plus(Duration.ofMinutes(4)), back);
        assertThat(seats.waiting(cohort, null, 50).next()).isNull();

        for (int limit : new int[] {1, 2, 3, 4}) {
            assertThat(walk(seats, cohort, limit)).as("pages of " + limit).isEqualTo(whole);
        }

        // An entry written before `since` was kept reads the learner's sign-up.
        Seats.Waiting emma = whole.get(2);
        moto.dynamo().updateItem(r -> r.tableName(moto.table()).key(Keys.waitEntry(cohort, emma.ticket()))
                .updateExpression("REMOVE since"));
        assertThat(seats.waiting(cohort, null, 50).waiting().get(2).since()).isEqualTo(SIGNED_UP);
    }
}
