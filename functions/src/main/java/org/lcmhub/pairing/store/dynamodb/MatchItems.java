package org.lcmhub.pairing.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The writes that make and unmake a match, shared by publish, release, rematch and withdrawal so
 * that every path keeps the same invariant: a mentor's {@code assigned} equals the number of
 * {@code LEARNER#<id> / MENTOR} items naming them, and each has its {@code MENTOR#<sub> /
 * MENTEE#<learnerId>} twin.
 */
public final class MatchItems {
    private MatchItems() {
    }

    /** The learner's match, only if they have none ({@code attribute_not_exists}). */
    public static TransactWriteItem putMatch(String table, String cohortId, String draftId, String learnerId,
                                             String mentorId, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.match(learnerId));
        item.putAll(attributes(cohortId, learnerId, mentorId, at));
        item.put(ItemType.ATTRIBUTE, ItemType.MATCH.value());
        item.put("draftId", s(draftId));
        item.put(Keys.GSI1PK, s(Keys.cohortPk(cohortId)));
        item.put(Keys.GSI1SK, s(Keys.MATCH + learnerId));
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(PK)")).build();
    }

    /** The mentor's copy of the match; the learner's match item guards both. */
    public static TransactWriteItem putMentee(String table, String cohortId, String learnerId, String mentorId,
                                              Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.mentee(mentorId, learnerId));
        item.putAll(attributes(cohortId, learnerId, mentorId, at));
        item.put(ItemType.ATTRIBUTE, ItemType.MENTEE.value());
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)).build();
    }

    /**
     * Ends a match: deletes it on condition that it names this mentor, deletes the mentor's copy,
     * and gives the place back ({@code assigned - 1}, never below zero). Refused as a whole when
     * the match is gone or belongs to someone else, so a place is never given back twice.
     */
    public static List<TransactWriteItem> release(String table, String learnerId, String mentorId) {
        return List.of(
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(Keys.match(learnerId))
                        .conditionExpression("mentorId = :mentor")
                        .expressionAttributeValues(Map.of(":mentor", s(mentorId)))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(Keys.mentee(mentorId, learnerId)))
                        .build(),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.mentor(mentorId))
                        .updateExpression("SET assigned = assigned - :one")
                        .conditionExpression("assigned > :zero")
                        .expressionAttributeValues(Map.of(":one", n(1), ":zero", n(0)))).build());
    }

    /** Holds only while the learner has no match: a withdrawal that read none re-checks it. */
    public static TransactWriteItem noMatch(String table, String learnerId) {
        return TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.match(learnerId))
                .conditionExpression("attribute_not_exists(PK)")).build();
    }

    private static Map<String, AttributeValue> attributes(String cohortId, String learnerId, String mentorId,
                                                          Instant at) {
        return Map.of("learnerId", s(learnerId), "mentorId", s(mentorId), "cohortId", s(cohortId),
                "matchedAt", s(at.toString()));
    }
}
