package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.dashboard.store.dynamodb.DynamoCohortRecords;
import org.lcmhub.hub.bench.CohortLoad;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.notes.Note;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.store.Standings;

/**
 * The learners' standings follow the writes that change them (a check-in, new or replacing its
 * week; a contact note, not a plain one), and a learner without a complete standing (signed up
 * before standings existed) is read from their own check-ins and notes: the dashboard's records
 * are the same either way.
 */
@ExtendWith(MotoExtension.class)
class CohortStandingsIT {
    @Test
    void checkInsAndContactNotesReachTheStandingsAndALearnerWithoutOneIsReadFromTheirOwnItems(Moto moto) {
        String cohortId = "standings-" + UUID.randomUUID().toString().substring(0, 8);
        CohortLoad.Loaded c = CohortLoad.load(moto.dynamo(), moto.table(), cohortId, 3, 2, 0, "standings-lcm");
        String ana = CohortLoad.learnerId(cohortId, 0);
        String bob = CohortLoad.learnerId(cohortId, 1);
        DynamoCohortRecords records = new DynamoCohortRecords(moto.dynamo(), moto.table());
        WeeklyCheckIn last = lastWeek(records.read(cohortId), ana);

        DynamoCheckInStore checkIns = new DynamoCheckInStore(moto.dynamo(), moto.table());
        WeeklyCheckIn replaced = new WeeklyCheckIn(ana, cohortId, last.week(), 97, null, 9.5, 2, "stuck on maps", true,
                "private words", Instant.now().truncatedTo(ChronoUnit.MILLIS));
        assertThat(checkIns.put(replaced)).as("replaces the week").isFalse();
        WeeklyCheckIn next = new WeeklyCheckIn(ana, cohortId, org.lcmhub.checkin.model.IsoWeek.of(last.week().monday().plusWeeks(1)), 99, null, 1, 5, null, false,
                null, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        assertThat(checkIns.put(next)).as("a new week").isTrue();
        Instant contacted = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        DynamoNoteStore notes = new DynamoNoteStore(moto.dynamo(), moto.table());
        notes.add(new Note(ana, cohortId, "Called her", true, "standings-lcm", contacted));
        notes.add(new Note(bob, cohortId, "Just a thought", false, "standings-lcm", contacted));

        CohortRecords.Records after = records.read(cohortId);
        assertThat(after.checkIns()).hasSize(c.checkIns() + 1);
        WeeklyCheckIn kept = after.checkIns().stream()
                .filter(w -> w.learnerId().equals(ana) && w.week().equals(last.week())).findFirst().orElseThrow();
        // The replacing check-in whole, its message to the team too: the dashboard's panel and the digest show it.
        assertThat(kept).isEqualTo(replaced);
        assertThat(lastWeek(after, ana)).isEqualTo(next);
        assertThat(after.lastContact()).containsOnlyKeys(ana).containsEntry(ana, contacted);

        // Without ana's standing, the same records come from her own partition.
        moto.dynamo().deleteItem(r -> r.tableName(moto.table()).key(Standings.key(ana)));
        CohortRecords.Records legacy = records.read(cohortId);
        assertThat(legacy.lastContact()).isEqualTo(after.lastContact());
        assertThat(legacy.checkIns().stream().filter(w -> w.learnerId().equals(ana)).map(w -> w.week() + " " + w.progress()))
                .containsExactlyInAnyOrderElementsOf(after.checkIns().stream().filter(w -> w.learnerId().equals(ana))
                        .map(w -> w.week() + " " + w.progress()).toList());
        assertThat(legacy.checkIns()).hasSameSizeAs(after.checkIns());
    }

    private static WeeklyCheckIn lastWeek(CohortRecords.Records r, String learnerId) {
        return r.checkIns().stream().filter(w -> w.learnerId().equals(learnerId))
                .max(java.util.Comparator.comparing(WeeklyCheckIn::week)).orElseThrow();
    }
}
