package org.lcmhub.dashboard.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.dashboard.store.LearnerPage;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.store.dynamodb.LearnerItems;
import org.lcmhub.store.BatchGets;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * One {@code Query} of GSI1 {@code STANDINGS#<cohortId>} with {@code Limit} from the cursor
 * (sort keys: sign-up time, then id, so pages follow the whole view's order), then one
 * {@code BatchGetItem} of the page's profiles and matches ({@code LEARNER#<id> / PROFILE} and
 * {@code / MENTOR}): requests and items in proportion to the page, whatever the cohort's size.
 * The cursor is the last sort key of the page, base64url.
 */
public final class DynamoLearnerPage implements LearnerPage {
    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoCohortRecords own;

    public DynamoLearnerPage(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.own = new DynamoCohortRecords(dynamo, table);
    }

    @Override
    public Page page(String cohortId, String cursor, int limit) {
        String after = cursor == null ? null : decode(cursor);
        QueryResponse response = dynamo.query(q -> {
            q.tableName(table).indexName(Keys.GSI1).limit(limit).keyConditionExpression("GSI1PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(Standings.PREFIX + cohortId)));
            if (after != null) {
                // The sort key ends with the learner's id, which gives the item's own key.
                Map<String, AttributeValue> start = new HashMap<>(Standings.key(after.substring(after.indexOf('#') + 1)));
                start.put(Keys.GSI1PK, s(Standings.PREFIX + cohortId));
                start.put(Keys.GSI1SK, s(after));
                q.exclusiveStartKey(start);
            }
        });
        Map<String, AttributeValue> last = response.lastEvaluatedKey();
        String next = last == null || !last.containsKey(Keys.GSI1SK) ? null : Base64.getUrlEncoder().withoutPadding()
                .encodeToString(last.get(Keys.GSI1SK).s().getBytes(StandardCharsets.UTF_8));
        List<String> ids = response.items().stream().filter(i -> ItemType.of(i) == ItemType.STANDING)
                .map(i -> i.get("learnerId").s()).toList();
        return new Page(records(cohortId, response.items(), ids), next);
    }

    @Override
    public Page one(String cohortId, String learnerId) {
        Map<String, AttributeValue> standing = dynamo.getItem(g -> g.tableName(table).key(Standings.key(learnerId))).item();
        List<Map<String, AttributeValue>> found = standing == null || standing.isEmpty()
                || !standing.containsKey("cohortId") || !cohortId.equals(standing.get("cohortId").s())
                ? List.of() : List.of(standing);
        return new Page(records(cohortId, found, found.isEmpty() ? List.of() : List.of(learnerId)), null);
    }

    @Override
    public CohortRecords.Records current(String cohortId, java.util.Collection<String> learnerIds) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        learnerIds.forEach(id -> {
            keys.add(Standings.key(id));
            keys.add(Keys.learner(id));
            keys.add(Keys.match(id));
        });
        Map<String, Learner> learners = new HashMap<>();
        Map<String, String> mentorOf = new HashMap<>();
        List<Map<String, AttributeValue>> standings = profilesAndMatches(
                BatchGets.get(dynamo, table, keys, k -> k.consistentRead(true)), cohortId, learners, mentorOf);
        List<WeeklyCheckIn> checkIns = new ArrayList<>();
        Map<String, Instant> lastContact = new HashMap<>();
        java.util.Set<String> complete = new java.util.HashSet<>();
        standings.forEach(item -> {
            String id = DynamoCohortRecords.standing(item, cohortId, checkIns, lastContact);
            if (id != null) {
                complete.add(id);
            }
        });
        learners.keySet().stream().filter(id -> !complete.contains(id))
                .forEach(id -> own.readOwn(id, checkIns, lastContact));
        return new CohortRecords.Records(List.copyOf(learners.values()), checkIns, List.of(), lastContact, mentorOf,
                Set.of());
    }

    @Override
    public Set<org.lcmhub.matching.model.PairRef> neverAgain(String learnerId) {
        java.util.Set<org.lcmhub.matching.model.PairRef> pairs = new java.util.HashSet<>();
        dynamo.queryPaginator(q -> q.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :never)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.learnerPk(learnerId)), ":never", s(Keys.NEVER))))
                .items().forEach(i -> pairs.add(new org.lcmhub.matching.model.PairRef(i.get("learnerId").s(),
                        i.get("mentorId").s())));
        return pairs;
    }

    /** The standings' check-ins and contacts, then their learners' profiles and matches in one batch. */
    private CohortRecords.Records records(String cohortId, List<Map<String, AttributeValue>> standings,
                                         List<String> ids) {
        List<WeeklyCheckIn> checkIns = new ArrayList<>();
        Map<String, Instant> lastContact = new HashMap<>();
        for (Map<String, AttributeValue> item : standings) {
            if (DynamoCohortRecords.standing(item, cohortId, checkIns, lastContact) == null
                    && ItemType.of(item) == ItemType.STANDING) {
                // Begun by a check-in or note, not by a sign-up: read from the learner's own items.
                own.readOwn(item.get("learnerId").s(), checkIns, lastContact);
            }
        }
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        ids.forEach(id -> {
            keys.add(Keys.learner(id));
            keys.add(Keys.match(id));
        });
        Map<String, Learner> learners = new HashMap<>();
        Map<String, String> mentorOf = new HashMap<>();
        profilesAndMatches(BatchGets.get(dynamo, table, keys, k -> k), cohortId, learners, mentorOf);
        List<Learner> ordered = ids.stream().filter(learners::containsKey).map(learners::get).toList();
        return new CohortRecords.Records(ordered, checkIns, List.of(), lastContact, mentorOf, Set.of());
    }

    /**
     * Sorts a batch's items: the profiles of the cohort's learners into {@code learners} (by id),
     * matches into {@code mentorOf} (learner to mentor); returns the standings, in the batch's order.
     */
    private static List<Map<String, AttributeValue>> profilesAndMatches(List<Map<String, AttributeValue>> batch,
            String cohortId, Map<String, Learner> learners, Map<String, String> mentorOf) {
        List<Map<String, AttributeValue>> standings = new ArrayList<>();
        for (Map<String, AttributeValue> item : batch) {
            ItemType type = ItemType.of(item);
            if (type == ItemType.STANDING) {
                standings.add(item);
            } else if (type == ItemType.LEARNER) {
                Learner l = LearnerItems.fromItem(item);
                if (cohortId.equals(l.cohortId())) {
                    learners.put(l.learnerId(), l);
                }
            } else if (item.containsKey("mentorId") && item.containsKey("learnerId")) {
                mentorOf.put(item.get("learnerId").s(), item.get("mentorId").s());
            }
        }
        return standings;
    }

    private static String decode(String cursor) {
        String key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        if (key.isBlank() || key.length() > 300 || key.indexOf('#') < 0 || key.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("not a cursor");
        }
        return key;
    }
}
