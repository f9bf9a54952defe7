package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.notes.Note;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;

/**
 * The cohort's revision under concurrent writes: each sign-up, check-in (new or replacing its
 * week) and contact note adds one in its own transaction, so after many at once it equals a
 * recount of the writes, and a plain note adds nothing.
 */
class FiguresRevisionIT extends LocalHubTest {
    private static final int LEARNERS = 6;
    private static final int WEEKS = 3;

    @Test
    void theRevisionEqualsARecountOfTheWritesAfterConcurrentCheckInsAndNotes() throws Exception {
        String cohortId = "rev-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(WEEKS);
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(new Cohort(cohortId, "path-rev", "Rev", Language.EN, start, 8,
                LEARNERS, true, 0, 0, Set.of("lcm-rev"), Instant.now()));
        List<String> learners = new ArrayList<>();
        DynamoSignupStore signups = new DynamoSignupStore(moto.dynamo(), moto.table());
        for (int i = 0; i < LEARNERS; i++) {
            String id = UUID.randomUUID().toString();
            signups.place(new Learner(id, "L" + i, id + "@example.org", "path-rev", cohortId, Language.EN, "UTC", null, null,
                    LearnerStatus.ENROLLED, null, Instant.now()), LearnerKey.issue(id).hash(), Instant.now(), Duration.ZERO);
            learners.add(id);
        }
        assertThat(revision(cohortId)).isEqualTo(LEARNERS);

        DynamoCheckInStore checkIns = new DynamoCheckInStore(moto.dynamo(), moto.table());
        DynamoNoteStore notes = new DynamoNoteStore(moto.dynamo(), moto.table());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (String id : learners) {
            for (int w = 0; w < WEEKS; w++) {
                WeeklyCheckIn c = new WeeklyCheckIn(id, cohortId, IsoWeek.of(start.plusWeeks(w)), 10 * (w + 1), null, 4, 3,
                        null, false, null, Instant.now());
                writes.add(pool.submit(() -> checkIns.put(c)));
                // The same week sent twice at once: one is new, the other replaces it; both count.
                writes.add(pool.submit(() -> checkIns.put(c)));
            }
            writes.add(pool.submit(() -> notes.add(new Note(id, cohortId, "Called", true, "lcm-rev", Instant.now(),
                    "lcm@example.org"))));
            writes.add(pool.submit(() -> notes.add(new Note(id, cohortId, "Seen on the forum", false, "lcm-rev",
                    Instant.now(), "lcm@example.org"))));
        }
        for (Future<?> f : writes) {
            f.get();
        }
        pool.shutdown();

        long checkInItems = learners.stream().mapToLong(id -> Fixtures.partition(moto.dynamo(), moto.table(),
                Keys.learnerPk(id), Keys.CHECKIN).size()).sum();
        long contactNotes = learners.stream().mapToLong(id -> Fixtures.partition(moto.dynamo(), moto.table(),
                Keys.learnerPk(id), Keys.NOTE).stream().filter(n -> n.get("contact").bool()).count()).sum();
        assertThat(checkInItems).isEqualTo(LEARNERS * WEEKS);
        assertThat(contactNotes).isEqualTo(LEARNERS);
        // Sign-ups, every check-in transaction (two a week: new, then replacing), contact notes.
        assertThat(revision(cohortId)).isEqualTo(LEARNERS + 2L * checkInItems + contactNotes);
    }

    private long revision(String cohortId) {
        return Long.parseLong(moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true)
                .key(Standings.figuresKey(cohortId))).item().get(Standings.REVISION).n());
    }
}
