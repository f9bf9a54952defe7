package org.lcmhub.dashboard.store.dynamodb;

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
 * A cohort's learners, check-ins, notes and published matches with one paginated GSI1 query on
 * {@code COHORT#<cohortId>}: each of those items is written under its cohort there, so the
 * dashboard never scans and never reads learner by learner.
 */
public final class DynamoCohortRecords implements CohortRecords {
    private final DynamoDbClient dynamo;
    private final String table;
    private final Integer pageSize;

    public DynamoCohortRecords(DynamoDbClient dynamo, String table) {
        this(dynamo, table, null);
    }

    /** {@code pageSize}: items per query page ({@code Limit}); null leaves DynamoDB's 1 MB pages. */
    public DynamoCohortRecords(DynamoDbClient dynamo, String table, Integer pageSize) {
        this.dynamo = dynamo;
        this.table = table;
        this.pageSize = pageSize;
    }

    @Override
    public Records read(String cohortId) {
        List<Learner> learners = new ArrayList<>();
        List<WeeklyCheckIn> checkIns = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        Map<String, String> mentorOf = new HashMap<>();
        Set<PairRef> neverAgain = new HashSet<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1).limit(pageSize)
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
                        default -> { } // items other capabilities file under the cohort
                    }
                });
        return new Records(learners, checkIns, notes, mentorOf, neverAgain);
    }
}
