package org.lcmhub.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
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
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The check-in store through the real SDK: a check-in is written only while its learner is enrolled. */
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
