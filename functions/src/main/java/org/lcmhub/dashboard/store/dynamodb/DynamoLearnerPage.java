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
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * One {@code Query} of GSI1 {@code STANDINGS#<cohortId>} with {@code Limit} from the cursor's
 * learner, then one {@code BatchGetItem} of the page's profiles and matches
 * ({@code LEARNER#<id> / PROFILE} and {@code / MENTOR}): 1 + 1 requests and 3 items a learner on
 * the page, whatever the cohort's size. The cursor is the last learner id of the page, base64url.
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
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(Standings.PREFIX + cohortId)));
        QueryResponse response = dynamo.query(q -> {
            q.tableName(table).indexName(Keys.GSI1).limit(limit).keyConditionExpression("GSI1PK = :pk")
                    .expressionAttributeValues(values);
            if (cursor != null) {
                String after = decode(cursor);
                Map<String, AttributeValue> start = new HashMap<>(Standings.key(after));
                start.put(Keys.GSI1PK, s(Standings.PREFIX + cohortId));
                start.put(Keys.GSI1SK, s(after));
                q.exclusiveStartKey(start);
            }
        });
        Map<String, AttributeValue> last = response.lastEvaluatedKey();
        String next = last == null || last.isEmpty() || !last.containsKey(Keys.GSI1SK) ? null
                : Base64.getUrlEncoder().withoutPadding().encodeToString(
                        last.get(Keys.GSI1SK).s().getBytes(StandardCharsets.UTF_8));
        return new Page(records(cohortId, response.items()), next);
    }

    @Override
    public Page one(String cohortId, String learnerId) {
        QueryResponse response = dynamo.query(q -> q.tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("GSI1PK = :pk AND GSI1SK = :id")
                .expressionAttributeValues(Map.of(":pk", s(Standings.PREFIX + cohortId), ":id", s(learnerId))));
        return new Page(records(cohortId, response.items()), null);
    }

    /** The page's standings, then its learners' profiles and matches in one batch. */
    private CohortRecords.Records records(String cohortId, List<Map<String, AttributeValue>> standings) {
        List<WeeklyCheckIn> checkIns = new ArrayList<>();
        Map<String, Instant> lastContact = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (Map<String, AttributeValue> item : standings) {
            String learnerId = DynamoCohortRecords.standing(item, cohortId, checkIns, lastContact);
            if (learnerId == null && ItemType.of(item) == ItemType.STANDING) {
                // Begun by a check-in or note before any sign-up's standing: read from the learner's own items.
                learnerId = item.get("learnerId").s();
                own.readOwn(learnerId, checkIns, lastContact);
            }
            if (learnerId != null) {
                ids.add(learnerId);
            }
        }
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        ids.forEach(id -> {
            keys.add(Keys.learner(id));
            keys.add(Keys.match(id));
        });
        Map<String, Learner> learners = new HashMap<>();
        Map<String, String> mentorOf = new HashMap<>();
        BatchGets.get(dynamo, table, keys, k -> k).forEach(item -> {
            if (ItemType.of(item) == ItemType.LEARNER) {
                Learner l = LearnerItems.fromItem(item);
                if (cohortId.equals(l.cohortId())) {
                    learners.put(l.learnerId(), l);
                }
            } else if (item.containsKey("mentorId") && item.containsKey("learnerId")) {
                mentorOf.put(item.get("learnerId").s(), item.get("mentorId").s());
            }
        });
        // In the page's order (the batch answers in any order).
        List<Learner> ordered = ids.stream().filter(learners::containsKey).map(learners::get).toList();
        return new CohortRecords.Records(ordered, checkIns, List.of(), lastContact, mentorOf, Set.of());
    }

    private static String decode(String cursor) {
        try {
            String id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (id.isBlank() || id.length() > 200 || id.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("not a cursor");
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }
}
