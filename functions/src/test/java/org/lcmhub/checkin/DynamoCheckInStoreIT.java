package org.lcmhub.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.CheckInStore;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.plans.PersonalPlan;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The check-in store through the real SDK: a check-in is written only while its learner is
 * enrolled, and a week after the cohort's end only while their personal plan runs to it.
 */
@ExtendWith(MotoExtension.class)
class DynamoCheckInStoreIT {

    private static WeeklyCheckIn checkIn(String learnerId, int week, int progress) {
        return new WeeklyCheckIn(learnerId, "c-1", new IsoWeek(2027, week), progress, null, 3.0, 4, null, false,
                null, Instant.parse("2027-01-20T10:00:00Z"));
    }

    private static void profile(Moto moto, String learnerId, String status) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.learner(learnerId));
        item.put("status", AttributeValue.fromS(status));
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(item));
    }

    private static int checkIns(Moto moto, String learnerId) {
        return moto.dynamo().query(r -> r.tableName(moto.table()).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :c)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.learnerPk(learnerId)),
                        ":c", AttributeValue.fromS(Keys.CHECKIN)))).count();
    }

    /** When the help a check-in asks for was first asked is read back as it was written. */
    @Test
    void aRequestForHelpKeepsTheTimeItWasFirstAsked(Moto moto) {
        DynamoCheckInStore store = new DynamoCheckInStore(moto.dynamo(), moto.table());
        String id = UUID.randomUUID().toString();
        profile(moto, id, "enrolled");
        Instant asked = Instant.parse("2027-01-18T08:00:00Z");
        store.put(new WeeklyCheckIn(id, "c-1", new IsoWeek(2027, 3), 20, null, 3.0, 2, null, true, null,
                Instant.parse("2027-01-20T10:00:00Z"), asked));
        assertThat(store.history(id)).singleElement().satisfies(c -> assertThat(c.helpAskedAt()).isEqualTo(asked));
        store.put(checkIn(id, 3, 30));
        assertThat(store.history(id)).singleElement().satisfies(c -> assertThat(c.helpAskedAt()).isNull());
    }

    @Test
    void aNewWeekIsCreatedTheSameWeekReplaced(Moto moto) {
        DynamoCheckInStore store = new DynamoCheckInStore(moto.dynamo(), moto.table());
        String id = UUID.randomUUID().toString();
        profile(moto, id, "enrolled");

        assertThat(store.put(checkIn(id, 3, 20))).isTrue();
        assertThat(store.put(checkIn(id, 3, 30))).isFalse();
        assertThat(store.put(checkIn(id, 4, 40))).isTrue();

        assertThat(checkIns(moto, id)).isEqualTo(2);
        assertThat(store.history(id)).extracting(WeeklyCheckIn::progress).containsExactlyInAnyOrder(30, 40);
    }

    @Test
    void aWeekAfterTheCohortsEndIsWrittenOnlyWhileThePersonalPlanRunsToIt(Moto moto) {
        DynamoCheckInStore store = new DynamoCheckInStore(moto.dynamo(), moto.table());
        String id = UUID.randomUUID().toString();
        profile(moto, id, "enrolled");
        LocalDate w03 = new IsoWeek(2027, 3).monday();
        // No plan at all: refused, nothing written.
        assertThatThrownBy(() -> store.put(checkIn(id, 3, 50), w03)).isInstanceOf(CheckInStore.NotInPlan.class);
        assertThat(checkIns(moto, id)).isZero();

        // The plan as the plans function saves it, ending on the Sunday of W04.
        Map<String, AttributeValue> learner = new HashMap<>(Keys.learner(id));
        learner.put("status", AttributeValue.fromS("enrolled"));
        learner.put("cohortId", AttributeValue.fromS("c-1"));
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(learner));
        moto.dynamo().putItem(r -> r.tableName(moto.table()).item(Keys.teamMember("c-1", "lcm-1")));
        new DynamoPlanStore(moto.dynamo(), moto.table()).savePlan(new PlanStore.Author(PlanStore.Author.LCM, "lcm-1", "c-1"),
                new PersonalPlan(id, "c-1", 1, List.of(), 3, LocalDate.of(2027, 1, 31), "lcm", null,
                        Instant.parse("2027-01-10T10:00:00Z")));
        assertThat(store.put(checkIn(id, 3, 50), w03)).isTrue();
        assertThat(store.put(checkIn(id, 4, 60), new IsoWeek(2027, 4).monday())).isTrue();
        assertThat(store.put(checkIn(id, 4, 65), new IsoWeek(2027, 4).monday())).isFalse();
        assertThatThrownBy(() -> store.put(checkIn(id, 5, 70), new IsoWeek(2027, 5).monday()))
                .isInstanceOf(CheckInStore.NotInPlan.class);
        assertThat(store.history(id)).extracting(WeeklyCheckIn::progress).containsExactly(50, 65);
    }

    @Test
    void aLearnerWhoWithdrewOrWasErasedMeanwhileGetsNothingWritten(Moto moto) {
        DynamoCheckInStore store = new DynamoCheckInStore(moto.dynamo(), moto.table());
        String withdrawn = UUID.randomUUID().toString();
        profile(moto, withdrawn, "enrolled");
        store.put(checkIn(withdrawn, 3, 20));
        profile(moto, withdrawn, "withdrawn");

        assertThatThrownBy(() -> store.put(checkIn(withdrawn, 3, 90))).isInstanceOf(CheckInStore.NotEnrolled.class);
        assertThat(store.history(withdrawn)).extracting(WeeklyCheckIn::progress).containsExactly(20);

        String erased = UUID.randomUUID().toString();
        assertThatThrownBy(() -> store.put(checkIn(erased, 3, 20))).isInstanceOf(CheckInStore.NotEnrolled.class);
        assertThat(checkIns(moto, erased)).isZero();
    }
}
