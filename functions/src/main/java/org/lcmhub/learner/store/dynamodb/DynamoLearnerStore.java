package org.lcmhub.learner.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.store.LearnerStore;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Self-service over {@code HubTable}. Everything about a learner lives in their partition
 * {@code LEARNER#<id>} (profile, check-ins, the LCM team's notes), plus the email claim and the
 * cool-down, both keyed by the address's hash; so an export is one query and an erasure knows
 * every item to delete.
 */
public final class DynamoLearnerStore implements LearnerStore {
    /** Never exported: secrets and key attributes. */
    private static final List<String> HIDDEN = List.of("keyHash", "PK", "SK", "GSI1PK", "GSI1SK");

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoLearnerStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Stored find(String learnerId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.learner(learnerId))).item();
        if (item == null || item.isEmpty() || !item.containsKey("keyHash")) {
            return null;
        }
        AttributeValue move = item.get(Keys.FOLLOW_UP_MOVE);
        return new Stored(LearnerItems.fromItem(item), item.get("keyHash").s(), move == null ? null : move.s());
    }

    @Override
    public boolean update(String learnerId, String cohortId, String keyHash, ProfileChanges c) {
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":hash", s(keyHash));
        if (c.language() != null) {
            sets.add("#language = :language");
            values.put(":language", s(c.language().code()));
        }
        if (c.timezone() != null) {
            sets.add("#timezone = :timezone");
            values.put(":timezone", s(c.timezone()));
        }
        if (c.hoursPerWeek() != null) {
            sets.add("hoursPerWeek = :hours");
            values.put(":hours", n(c.hoursPerWeek()));
        }
        if (c.goals() != null) {
            if (c.goals().isEmpty()) {
                removes.add("goals");
            } else {
                sets.add("goals = :goals");
                values.put(":goals", s(c.goals()));
            }
        }
        String update = (sets.isEmpty() ? "" : "SET " + String.join(", ", sets))
                + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        if (update.isBlank()) {
            return true; // nothing to change; the key was checked on the way in
        }
        Map<String, String> names = new HashMap<>();
        if (c.language() != null) {
            names.put("#language", "language");
        }
        if (c.timezone() != null) {
            names.put("#timezone", "timezone");
        }
        Update profile = Update.builder().tableName(table).key(Keys.learner(learnerId)).updateExpression(update.strip())
                .conditionExpression("keyHash = :hash").expressionAttributeNames(names.isEmpty() ? null : names)
                .expressionAttributeValues(values).build();
        if (cohortId == null) {
            try {
                dynamo.updateItem(Transactions.alone(profile));
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        }
        // The cohort's dashboard figures show the zone, language, goals and hours: the same
        // transaction names the learner on its figures item, to be read again.
        List<TransactWriteItem> items = List.of(TransactWriteItem.builder().update(profile).build(),
                Standings.touch(table, cohortId, learnerId));
        return Transactions.retry("update the learner's profile", () -> {
            try {
                dynamo.transactWriteItems(t -> t.transactItems(items));
                return true;
            } catch (TransactionCanceledException e) {
                if (Transactions.failedAt(e, 0)) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public List<Map<String, Object>> export(Learner learner) {
        List<Map<String, Object>> records = new ArrayList<>();
        partition(learner.learnerId()).forEach(item -> records.add(plain(item)));
        Map<String, AttributeValue> claim = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.emailClaim(learner.cohortId(), learner.email()))).item();
        if (claim != null && !claim.isEmpty()) {
            records.add(plain(claim));
        }
        Map<String, AttributeValue> place = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.pathPlace(learner.email(), learner.pathId()))).item();
        if (place != null && learner.learnerId().equals(place.containsKey("learnerId") ? place.get("learnerId").s() : null)) {
            records.add(plain(place));
        }
        if (learner.waitTicket() != null) {
            Map<String, AttributeValue> wait = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                    .key(Keys.waitEntry(learner.cohortId(), learner.waitTicket()))).item();
            if (wait != null && !wait.isEmpty()) {
                records.add(plain(wait));
            }
        }
        return records;
    }

    @Override
    public void erase(Learner learner) {
        List<Map<String, AttributeValue>> items = partition(learner.learnerId());
        // The profile, the claim and the cool-down go together with the anonymous count; a
        // withdrawal has already given up the seat or the waitlist place.
        dynamo.transactWriteItems(t -> t.transactItems(
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(Keys.learner(learner.learnerId()))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName(table)
                        .key(Keys.emailClaim(learner.cohortId(), learner.email()))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(Keys.cooldown(learner.email()))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName(table)
                        .key(Keys.emailLearner(learner.email(), learner.learnerId()))).build(),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.cohort(learner.cohortId()))
                        .updateExpression("ADD erased :one")
                        .conditionExpression("attribute_exists(PK)")
                        .expressionAttributeValues(Map.of(":one", n(1)))).build()));
        List<WriteRequest> rest = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            if (!"PROFILE".equals(item.get(Keys.SK).s())) {
                rest.add(WriteRequest.builder().deleteRequest(d -> d.key(Map.of(Keys.PK, item.get(Keys.PK),
                        Keys.SK, item.get(Keys.SK)))).build());
            }
        }
        for (int i = 0; i < rest.size(); i += 25) {
            Map<String, List<WriteRequest>> pending = Map.of(table, rest.subList(i, Math.min(rest.size(), i + 25)));
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> batch = pending;
                pending = dynamo.batchWriteItem(r -> r.requestItems(batch)).unprocessedItems();
            }
        }
    }

    private List<Map<String, AttributeValue>> partition(String learnerId) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.learnerPk(learnerId)))))
                .items().forEach(items::add);
        return items;
    }

    private static Map<String, Object> plain(Map<String, AttributeValue> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        new TreeMap<>(item).forEach((name, value) -> {
            if (!HIDDEN.contains(name)) {
                out.put(name, plain(value));
            }
        });
        return out;
    }

    private static Object plain(AttributeValue v) {
        if (v.s() != null) {
            return v.s();
        }
        if (v.n() != null) {
            return new java.math.BigDecimal(v.n());
        }
        if (v.bool() != null) {
            return v.bool();
        }
        if (v.hasSs()) {
            return v.ss();
        }
        if (v.hasL()) {
            return v.l().stream().map(DynamoLearnerStore::plain).toList();
        }
        if (v.hasM()) {
            Map<String, Object> m = new LinkedHashMap<>();
            v.m().forEach((k, x) -> m.put(k, plain(x)));
            return m;
        }
        return null;
    }
}
