package org.lcmhub.digest.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.digest.DigestStore;
import org.lcmhub.store.Gsi1;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The digest's reads and its record, all keyed: running cohorts from the index entries on GSI1
 * {@code COHORTS} (sort key {@code END#<endDate>#<id>} from today on: the cohorts' own, and the
 * learners' personal plans', which may end later), a team from the
 * {@code LCM#} items of the cohort's partition, and {@code COHORT#<id> / DIGEST}; up to when guide
 * suggestions were told, {@code DIGEST#SUGGESTIONS / DIGEST}.
 */
public final class DynamoDigestStore implements DigestStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDigestStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<String> cohortsEndingOnOrAfter(LocalDate from) {
        return Gsi1.of(dynamo, table).cohortsEndingOnOrAfter(from);
    }

    @Override
    public Sent lastSent(String cohortId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.digest(cohortId))).item();
        if (item == null || item.isEmpty()) {
            return null;
        }
        // A string set cannot be empty: no attribute means nobody. A record from before silentApart
        // has no silent set at all (null: its learners count as known in both lists).
        Set<String> silent = item.containsKey("silentApart") ? strings(item, "silentIds") : null;
        // Likewise no help set: nobody (a record from before those who asked for help were listed).
        return new Sent(LocalDate.parse(item.get("date").s()), strings(item, "learnerIds"), silent,
                strings(item, "helpIds"), Long.parseLong(item.get("version").n()));
    }

    @Override
    public Instant suggestionsToldUntil() {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.digestSuggestions())).item();
        return item == null || !item.containsKey("toldUntil") ? null : Instant.parse(item.get("toldUntil").s());
    }

    /** Only forward: a late run never moves the mark back over suggestions a later one told. */
    @Override
    public void suggestionsTold(Instant until) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.digestSuggestions());
        item.put(ItemType.ATTRIBUTE, ItemType.DIGEST.value());
        item.put("toldUntil", s(until.toString()));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(PK) OR toldUntil < :until")
                    .expressionAttributeValues(Map.of(":until", s(until.toString()))));
        } catch (ConditionalCheckFailedException e) {
            // a later run told them already
        }
    }

    private static Set<String> strings(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? Set.copyOf(item.get(name).ss()) : Set.of();
    }

    @Override
    public boolean record(String cohortId, LocalDate date, Set<String> learnerIds, Set<String> silentIds, Set<String> helpIds,
                          Sent previous) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.digest(cohortId));
        item.put(ItemType.ATTRIBUTE, ItemType.DIGEST.value());
        item.put("cohortId", s(cohortId));
        item.put("date", s(date.toString()));
        if (!learnerIds.isEmpty()) {
            item.put("learnerIds", AttributeValue.fromSs(learnerIds.stream().sorted().toList()));
        }
        if (!silentIds.isEmpty()) {
            item.put("silentIds", AttributeValue.fromSs(silentIds.stream().sorted().toList()));
        }
        if (!helpIds.isEmpty()) {
            item.put("helpIds", AttributeValue.fromSs(helpIds.stream().sorted().toList()));
        }
        item.put("silentApart", AttributeValue.fromBool(true));
        item.put("version", n(previous == null ? 1 : previous.version() + 1));
        item.put("recordedAt", s(Instant.now().toString()));
        Map<String, AttributeValue> values = new HashMap<>();
        String condition;
        if (previous == null) {
            condition = "attribute_not_exists(PK)";
        } else {
            condition = "version = :version";
            values.put(":version", n(previous.version()));
        }
        try {
            dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression(condition)
                    .expressionAttributeValues(values.isEmpty() ? null : values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
