package org.lcmhub.pairing.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.domain.Weekdays;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.Occurrence;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The series item {@code LEARNER#<id> / ONE_TO_ONE}, and the learner's 1:1 series in the transaction that ends their match (release, rematch,
 * withdrawal): read first, then deleted as read, or checked absent when none was read. A series
 * set or changed in between refuses the transaction, which reads again; so no series outlives
 * its match and only the transaction that deleted it sends its cancellation.
 */
public final class SeriesItems {
    private SeriesItems() {
    }

    /** The learner's series as it stands (consistent read), or null. */
    public static Appointment read(DynamoDbClient dynamo, String table, String learnerId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.oneToOne(learnerId))).item();
        return item == null || item.isEmpty() ? null : fromItem(item);
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

    public static Map<String, AttributeValue> toItem(Appointment a) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.oneToOne(a.learnerId()));
        item.put(ItemType.ATTRIBUTE, ItemType.ONE_TO_ONE.value());
        item.put("learnerId", s(a.learnerId()));
        item.put("mentorId", s(a.mentorId()));
        item.put("cohortId", s(a.cohortId()));
        item.put("uid", s(a.uid()));
        item.put("sequence", n(a.sequence()));
        item.put("day", s(Weekdays.code(a.day())));
        item.put("time", s(a.time().toString()));
        item.put("durationMinutes", n(a.durationMinutes()));
        item.put("timezone", s(a.zone().getId()));
        item.put("firstDate", s(a.firstDate().toString()));
        item.put("weeks", n(a.weeks()));
        if (a.location() != null) {
            item.put("location", s(a.location()));
        }
        item.put("updatedAt", s(a.updatedAt().toString()));
        if (!a.occurrences().isEmpty()) {
            item.put("occurrences", AttributeValue.fromL(a.occurrences().stream().map(SeriesItems::occurrence).toList()));
        }
        return item;
    }

    public static Appointment fromItem(Map<String, AttributeValue> i) {
        return new Appointment(i.get("learnerId").s(), i.get("mentorId").s(), i.get("cohortId").s(), i.get("uid").s(),
                num(i, "sequence"), Weekdays.day(i.get("day").s()), LocalTime.parse(i.get("time").s()),
                num(i, "durationMinutes"), ZoneId.of(i.get("timezone").s()), LocalDate.parse(i.get("firstDate").s()),
                num(i, "weeks"), i.containsKey("location") ? i.get("location").s() : null,
                Instant.parse(i.get("updatedAt").s()),
                i.containsKey("occurrences") ? i.get("occurrences").l().stream().map(SeriesItems::occurrence).toList()
                        : List.of());
    }

    private static AttributeValue occurrence(Occurrence o) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("original", s(o.original().toString()));
        if (o.cancelled()) {
            m.put("cancelled", AttributeValue.fromBool(true));
        } else {
            m.put("date", s(o.date().toString()));
            m.put("time", s(o.time().toString()));
            if (o.held()) {
                m.put("held", AttributeValue.fromBool(true));
            }
        }
        return AttributeValue.fromM(m);
    }

    private static Occurrence occurrence(AttributeValue v) {
        Map<String, AttributeValue> m = v.m();
        LocalDate original = LocalDate.parse(m.get("original").s());
        if (m.containsKey("cancelled")) {
            return Occurrence.cancelled(original);
        }
        LocalDate date = LocalDate.parse(m.get("date").s());
        LocalTime time = LocalTime.parse(m.get("time").s());
        return m.containsKey("held") ? Occurrence.held(original, date, time) : Occurrence.moved(original, date, time);
    }

    private static int num(Map<String, AttributeValue> item, String name) {
        return Integer.parseInt(item.get(name).n());
    }
}
