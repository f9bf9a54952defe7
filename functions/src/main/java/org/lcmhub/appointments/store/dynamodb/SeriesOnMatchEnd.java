package org.lcmhub.appointments.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.util.Map;
import org.lcmhub.appointments.model.Appointment;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The learner's 1:1 series in the transaction that ends their match (release, rematch,
 * withdrawal): read first, then deleted as read, or checked absent when none was read. A series
 * set or changed in between refuses the transaction, which reads again; so no series outlives
 * its match and only the transaction that deleted it sends its cancellation.
 */
public final class SeriesOnMatchEnd {
    private SeriesOnMatchEnd() {
    }

    /** The learner's series as it stands (consistent read), or null. */
    public static Appointment read(DynamoDbClient dynamo, String table, String learnerId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.oneToOne(learnerId))).item();
        return item == null || item.isEmpty() ? null : AppointmentItems.fromItem(item);
    }

    /** Deletes {@code read} on its UID and sequence, or, when null, holds only while there is none. */
    public static TransactWriteItem remove(String table, String learnerId, Appointment read) {
        if (read == null) {
            return TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.oneToOne(learnerId))
                    .conditionExpression("attribute_not_exists(PK)")).build();
        }
        return TransactWriteItem.builder().delete(d -> d.tableName(table).key(Keys.oneToOne(learnerId))
                .conditionExpression("uid = :uid AND #seq = :seq")
                .expressionAttributeNames(Map.of("#seq", "sequence"))
                .expressionAttributeValues(Map.of(":uid", s(read.uid()), ":seq", n(read.sequence())))).build();
    }
}
