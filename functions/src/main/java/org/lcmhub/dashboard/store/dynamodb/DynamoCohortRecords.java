package org.lcmhub.dashboard.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.time.Instant;
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
import org.lcmhub.store.Gsi1;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A cohort's learners, their standings and published matches from GSI1 in two paginated queries:
 * the learners, matches and never-again pairs under {@code COHORT#<cohortId>} (sort keys
 * {@code LEARNER#} to {@code NEVER#}), then one {@link Standings} item per learner under
 * {@code STANDINGS#<cohortId>}, which holds their check-ins and last contact. So a view reads two
 * items per learner, never the cohort's check-ins one by one. A learner whose standing was not started at sign-up (they signed
 * up before standings existed) is read from their own partition instead, one query each.
 */
public final class DynamoCohortRecords implements CohortRecords {
    private final Gsi1 index;

    public DynamoCohortRecords(DynamoDbClient dynamo, String table) {
        this(Gsi1.of(dynamo, table));
    }

    public DynamoCohortRecords(Gsi1 index) {
        this.index = index;
    }

    @Override
    public Records read(String cohortId) {
        List<Learner> learners = new ArrayList<>();
        Map<String, String> mentorOf = new HashMap<>();
        Set<PairRef> neverAgain = new HashSet<>();
        // "NEVER#" followed by the highest character ends the range after every never-again pair.
        index.forEach(Keys.cohortPk(cohortId), " AND GSI1SK BETWEEN :from AND :to", Map.of(":from", s(Keys.LEARNER),
                ":to", s(Keys.NEVER + Character.MAX_VALUE)), item -> {
                    ItemType type = ItemType.of(item);
                    switch (type == null ? ItemType.COHORT : type) {
                        case LEARNER -> learners.add(LearnerItems.fromItem(item));
                        case MATCH -> mentorOf.put(item.get("learnerId").s(), item.get("mentorId").s());
                        case NEVER_AGAIN -> neverAgain.add(new PairRef(item.get("learnerId").s(),
                                item.get("mentorId").s()));
                        default -> { } // items other capabilities file under the cohort
                    }
                });
        List<WeeklyCheckIn> checkIns = new ArrayList<>();
        Map<String, Instant> lastContact = new HashMap<>();
        Set<String> complete = new HashSet<>();
        index.forEach(Standings.PREFIX + cohortId, item -> {
            String learnerId = standing(item, cohortId, checkIns, lastContact);
            if (learnerId != null) {
                complete.add(learnerId);
            }
        });
        List<Learner> without = learners.stream().filter(l -> !complete.contains(l.learnerId())).toList();
        without.forEach(l -> readOwn(l.learnerId(), checkIns, lastContact));
        return new Records(learners, checkIns, List.of(), lastContact, mentorOf, neverAgain, without.size());
    }

    /**
     * Adds a complete standing's check-ins and last contact; returns its learner, or null for an
     * item that is not a complete standing (its learner is then read with {@link #readOwn}).
     */
    static String standing(Map<String, AttributeValue> item, String cohortId, List<WeeklyCheckIn> checkIns,
                           Map<String, Instant> lastContact) {
        if (ItemType.of(item) != ItemType.STANDING || !item.containsKey(Standings.COMPLETE)) {
            return null;
        }
        String learnerId = item.get("learnerId").s();
        item.forEach((name, value) -> {
            if (name.startsWith(Standings.CHECK_IN)) {
                checkIns.add(CheckInItems.fromStanding(learnerId, cohortId,
                        name.substring(Standings.CHECK_IN.length()), value));
            }
        });
        AttributeValue contact = item.get(Standings.LAST_CONTACT);
        if (contact != null) {
            lastContact.put(learnerId, Instant.parse(contact.s()));
        }
        return learnerId;
    }

    /** A learner without a complete standing: their check-ins and contact notes, from their partition. */
    void readOwn(String learnerId, List<WeeklyCheckIn> checkIns, Map<String, Instant> lastContact) {
        index.dynamo().queryPaginator(r -> r.tableName(index.table())
                        .keyConditionExpression("PK = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.learnerPk(learnerId)))))
                .items().forEach(item -> {
                    ItemType type = ItemType.of(item);
                    if (type == ItemType.CHECK_IN) {
                        checkIns.add(CheckInItems.fromItem(item));
                    } else if (type == ItemType.NOTE && item.get("contact").bool()) {
                        lastContact.merge(learnerId, Instant.parse(item.get("createdAt").s()),
                                (a, b) -> a.isAfter(b) ? a : b);
                    }
                });
    }
}
