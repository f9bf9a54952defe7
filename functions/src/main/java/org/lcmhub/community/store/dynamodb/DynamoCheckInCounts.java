package org.lcmhub.community.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.util.Map;
import org.lcmhub.community.store.CheckInCounts;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
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
     * The week's check-ins with {@code needHelp}, then each learner's name, plan's end and last contact
     * note (consistent reads).
     */
    @Override
    public java.util.List<Help> askingForHelp(String cohortId, String isoWeek) {
        java.util.List<Help> found = new java.util.ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :week)")
                .filterExpression("needHelp = :yes")
                .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)), ":week", s(Keys.CHECKIN + isoWeek + "#"),
                        ":yes", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBool(true))))
                .items().forEach(i -> {
                    String id = i.get("learnerId").s();
                    var profile = dynamo.getItem(g -> g.tableName(table).consistentRead(true).key(Keys.learner(id))
                            .projectionExpression("#n").expressionAttributeNames(Map.of("#n", "name"))).item();
                    if (profile != null && profile.containsKey("name")) {
                        var plan = dynamo.getItem(g -> g.tableName(table).consistentRead(true).key(Keys.plan(id))
                                .projectionExpression("endDate")).item();
                        found.add(new Help(id, DynamoCohortNews.first(profile.get("name").s()),
                                plan == null || !plan.containsKey("endDate") ? null
                                        : java.time.LocalDate.parse(plan.get("endDate").s()),
                                instant(i.containsKey("helpAskedAt") ? i.get("helpAskedAt") : i.get("submittedAt")),
                                lastContact(id)));
                    }
                });
        return found;
    }

    /** The learner's standing keeps the time of their last contact note (written with the note). */
    private java.time.Instant lastContact(String learnerId) {
        var standing = dynamo.getItem(g -> g.tableName(table).consistentRead(true).key(Standings.key(learnerId))
                .projectionExpression("#c").expressionAttributeNames(Map.of("#c", Standings.LAST_CONTACT))).item();
        return standing == null ? null : instant(standing.get(Standings.LAST_CONTACT));
    }

    private static java.time.Instant instant(software.amazon.awssdk.services.dynamodb.model.AttributeValue v) {
        return v == null || v.s() == null ? null : java.time.Instant.parse(v.s());
    }
}
