package org.lcmhub.community.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.community.store.ChannelStore;
import org.lcmhub.community.store.CohortNews;
import org.lcmhub.store.BatchGets;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Reads the learner profiles ({@code shareName} beside them), the digest's {@code DIGEST} record
 * and the never-again pairs of a cohort as their owners write them; keeps {@code STAFFWATCH}.
 */
public final class DynamoCohortNews implements CohortNews {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoCohortNews(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The cohort's learners on GSI1 from {@code since} on (their sort key starts with the sign-up time). */
    @Override
    public List<Newcomer> newcomers(String cohortId, Instant since) {
        List<Newcomer> found = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to")
                .filterExpression("#status = :enrolled")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)),
                        ":from", s(Keys.learnerSince(since, "")), ":to", s(Keys.LEARNER + "\uffff"),
                        ":enrolled", s("enrolled"))))
                .items().forEach(i -> found.add(new Newcomer(i.get("learnerId").s(), first(i.get("name").s()),
                        i.containsKey("shareName") && Boolean.TRUE.equals(i.get("shareName").bool()))));
        return found;
    }

    @Override
    public boolean sharesName(String learnerId) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Keys.learner(learnerId)).projectionExpression("shareName")).item();
        return item != null && item.containsKey("shareName") && Boolean.TRUE.equals(item.get("shareName").bool());
    }

    @Override
    public void setShareName(String learnerId, boolean share) {
        try {
            dynamo.updateItem(u -> u.tableName(table).key(Keys.learner(learnerId))
                    .updateExpression("SET shareName = :share").conditionExpression("attribute_exists(PK)")
                    .expressionAttributeValues(Map.of(":share", AttributeValue.fromBool(share))));
        } catch (ConditionalCheckFailedException e) {
            throw new ChannelStore.NotFound();
        }
    }

    @Override
    public Digest lastDigest(String cohortId) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Keys.digest(cohortId))).item();
        if (item == null || item.isEmpty()) {
            return null;
        }
        return new Digest(item.get("date").s(), item.containsKey("learnerIds") ? Set.copyOf(item.get("learnerIds").ss()) : Set.of());
    }

    @Override
    public Watch watched(String cohortId) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Keys.staffWatch(cohortId))).item();
        if (item == null || item.isEmpty()) {
            return null;
        }
        return new Watch(item.get("date").s(), item.containsKey("learnerIds") ? Set.copyOf(item.get("learnerIds").ss()) : Set.of(),
                Long.parseLong(item.get("version").n()));
    }

    @Override
    public boolean watch(String cohortId, Watch previous, String date, Set<String> learnerIds) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.staffWatch(cohortId));
        item.put(ItemType.ATTRIBUTE, ItemType.STAFF_WATCH.value());
        item.put("cohortId", s(cohortId));
        item.put("date", s(date));
        item.put("version", n(previous == null ? 1 : previous.version() + 1));
        if (!learnerIds.isEmpty()) {
            item.put("learnerIds", AttributeValue.fromSs(learnerIds.stream().sorted().toList()));
        }
        try {
            dynamo.putItem(p -> {
                p.tableName(table).item(item);
                if (previous == null) {
                    p.conditionExpression("attribute_not_exists(PK)");
                } else {
                    p.conditionExpression("version = :version")
                            .expressionAttributeValues(Map.of(":version", n(previous.version())));
                }
            });
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public List<EndedPair> pairsEnded(String cohortId, Instant since) {
        List<EndedPair> found = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :prefix)")
                .filterExpression("createdAt >= :since")
                .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)), ":prefix", s(Keys.NEVER),
                        ":since", s(since.toString()))))
                .items().forEach(i -> found.add(new EndedPair(i.get("learnerId").s(), i.get("mentorId").s(),
                        i.get("by").s(), Instant.parse(i.get("createdAt").s()))));
        return found;
    }

    /**
     * One consistent {@code BatchGetItem} for up to 100 learners ({@link BatchGets}: larger lists
     * in chunks, keys left unprocessed asked again after a pause), not a read a learner; the names
     * come back in the order of {@code learnerIds}.
     */
    @Override
    public Map<String, String> firstNames(Collection<String> learnerIds) {
        // A batch refuses a key asked twice.
        Set<String> ids = new LinkedHashSet<>(learnerIds);
        if (ids.isEmpty()) {
            return new LinkedHashMap<>();
        }
        Map<String, String> found = new HashMap<>();
        BatchGets.get(dynamo, table, ids.stream().map(Keys::learner).toList(), k -> k.consistentRead(true)
                        .projectionExpression(Keys.PK + ", #n").expressionAttributeNames(Map.of("#n", "name")))
                .forEach(item -> {
                    if (item.containsKey("name")) {
                        found.put(item.get(Keys.PK).s(), first(item.get("name").s()));
                    }
                });
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : ids) {
            String name = found.get(Keys.learnerPk(id));
            if (name != null) {
                names.put(id, name);
            }
        }
        return names;
    }

    static String first(String name) {
        return name.strip().split("\\s+")[0];
    }
}
