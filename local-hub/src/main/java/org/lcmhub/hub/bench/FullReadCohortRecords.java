package org.lcmhub.hub.bench;

import static org.lcmhub.store.Keys.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.dynamodb.CheckInItems;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.store.dynamodb.LearnerItems;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.notes.Note;
import org.lcmhub.notes.store.dynamodb.NoteItems;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The dashboard's former read, kept as the bench's baseline: every record filed under the cohort
 * on GSI1 (learners, each check-in, notes, matches) in one paginated query, standings ignored.
 */
final class FullReadCohortRecords implements CohortRecords {
    private final DynamoDbClient dynamo;
    private final String table;

    FullReadCohortRecords(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Records read(String cohortId) {
        List<Learner> learners = new ArrayList<>();
        List<WeeklyCheckIn> checkIns = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        Map<String, String> mentorOf = new HashMap<>();
        Set<PairRef> neverAgain = new HashSet<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("GSI1PK = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)))))
                .items().forEach(item -> {
                    ItemType type = ItemType.of(item);
                    switch (type == null ? ItemType.COHORT : type) {
                        case LEARNER -> learners.add(LearnerItems.fromItem(item));
                        case CHECK_IN -> checkIns.add(CheckInItems.fromItem(item));
                        case NOTE -> notes.add(NoteItems.fromItem(item));
                        case MATCH -> mentorOf.put(item.get("learnerId").s(), item.get("mentorId").s());
                        case NEVER_AGAIN -> neverAgain.add(new PairRef(item.get("learnerId").s(),
                                item.get("mentorId").s()));
                        default -> { }
                    }
                });
        return new Records(learners, checkIns, notes, mentorOf, neverAgain);
    }
}
