package org.lcmhub.community.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.community.store.CheckInCounts;
import org.lcmhub.store.BatchGets;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Counts a week's check-ins of a cohort on GSI1 ({@code COHORT#<id>} /
 * {@code CHECKIN#<week>#<learnerId>}, one per learner and week): a keyed query that returns no items.
 */
public final class DynamoCheckInCounts implements CheckInCounts {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoCheckInCounts(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public int of(String cohortId, String isoWeek) {
        int count = 0;
        for (var page : dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1).select(Select.COUNT)
                .keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :week)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)),
                        ":week", s(Keys.CHECKIN + isoWeek + "#"))))) {
            count += page.count();
        }
        return count;
    }

    /**
     * The week's check-ins with {@code needHelp}, then each of those learners' profile (name, zone), plan
     * (end) and standing (last contact note) in one consistent {@code BatchGetItem} (100 keys a
     * request: one for 33 learners), not three reads a learner. A learner without a profile
     * (erased) is left out.
     */
    @Override
    public List<Help> askingForHelp(String cohortId, String isoWeek) {
        Map<String, Map<String, AttributeValue>> asked = new LinkedHashMap<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :week)")
                .filterExpression("needHelp = :yes")
                .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)), ":week", s(Keys.CHECKIN + isoWeek + "#"),
                        ":yes", AttributeValue.fromBool(true))))
                .items().forEach(i -> asked.put(i.get("learnerId").s(), i));
        if (asked.isEmpty()) {
            return List.of();
        }
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        asked.keySet().forEach(id -> keys.addAll(List.of(Keys.learner(id), Keys.plan(id), Standings.key(id))));
        Map<Map<String, AttributeValue>, Map<String, AttributeValue>> read = new HashMap<>();
        BatchGets.get(dynamo, table, keys, k -> k.consistentRead(true)
                        .projectionExpression(Keys.PK + ", " + Keys.SK + ", #n, #z, endDate, #c")
                        .expressionAttributeNames(Map.of("#n", "name", "#z", "timezone", "#c", Standings.LAST_CONTACT)))
                .forEach(item -> read.put(Keys.key(item.get(Keys.PK).s(), item.get(Keys.SK).s()), item));
        List<Help> found = new ArrayList<>();
        asked.forEach((id, checkIn) -> {
            Map<String, AttributeValue> profile = read.getOrDefault(Keys.learner(id), Map.of());
            if (!profile.containsKey("name")) {
                return;
            }
            AttributeValue end = read.getOrDefault(Keys.plan(id), Map.of()).get("endDate");
            found.add(new Help(id, DynamoCohortNews.first(profile.get("name").s()),
                    end == null ? null : LocalDate.parse(end.s()),
                    instant(checkIn.containsKey("helpAskedAt") ? checkIn.get("helpAskedAt") : checkIn.get("submittedAt")),
                    instant(read.getOrDefault(Standings.key(id), Map.of()).get(Standings.LAST_CONTACT)),
                    zone(profile.get("timezone"))));
        });
        return found;
    }

    /** The learner's zone; a profile written before zones were asked for is on UTC. */
    private static ZoneId zone(AttributeValue v) {
        return v == null || v.s() == null || v.s().isBlank() ? ZoneOffset.UTC : ZoneId.of(v.s());
    }

    private static Instant instant(AttributeValue v) {
        return v == null || v.s() == null ? null : Instant.parse(v.s());
    }
}
