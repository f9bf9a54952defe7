package org.lcmhub.store;

import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A learner's standing item {@code LEARNER#<id> / STANDING}, on GSI1 under
 * {@code STANDINGS#<cohortId> / <sign-up time>#<learnerId>} (a partition of their own, so that reading them never
 * pages through the cohort's check-ins): what the early-warning verdict needs, kept up
 * to date by each write that changes it, inside that write's transaction, so a dashboard reads one
 * item per learner instead of every check-in. The verdict itself depends on the day it is asked
 * (silence grows), so only its inputs are stored: each check-in (one attribute per ISO week,
 * {@link #CHECK_IN} + week) and the time of the last contact note. {@link #COMPLETE} marks an item
 * started at sign-up; a learner who signed up before these items existed has none, and is read
 * from their own check-ins and notes instead.
 */
public final class Standings {
    /** GSI1 partition-key prefix of a cohort's standings. */
    public static final String PREFIX = "STANDINGS#";
    /** Attribute-name prefix of a week's check-in. */
    public static final String CHECK_IN = "CI#";
    public static final String LAST_CONTACT = "lastContact";
    public static final String COMPLETE = "complete";
    /** Sort key of a cohort's figures item, {@code COHORT#<cohortId> / FIGURES}. */
    public static final String FIGURES = "FIGURES";
    /** Its revision: one more for each committed write that changes what the dashboard shows. */
    public static final String REVISION = "rev";
    /** When the revision last moved (a snapshot is not kept while indexes may still lag behind it). */
    public static final String TOUCHED_AT = "touchedAt";

    private Standings() {
    }

    public static Map<String, AttributeValue> key(String learnerId) {
        return Keys.key(Keys.learnerPk(learnerId), "STANDING");
    }

    /**
     * An update of the learner's standing that creates it if need be, filed under the cohort, and
     * sets {@code attributes} (names are passed as placeholders, so any name is safe).
     */
    public static TransactWriteItem update(String table, String learnerId, String cohortId,
                                           Map<String, AttributeValue> attributes) {
        return update(table, learnerId, cohortId, learnerId, attributes);
    }

    private static TransactWriteItem update(String table, String learnerId, String cohortId, String sortKey,
                                            Map<String, AttributeValue> attributes) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        // The sort key is set once (by the sign-up: its time, so pages follow sign-ups); later updates keep it.
        StringBuilder set = new StringBuilder(
                "SET #gpk = :gpk, #gsk = if_not_exists(#gsk, :gsk), #type = :type, #lid = :lid, #cid = :cid");
        names.put("#gpk", Keys.GSI1PK);
        names.put("#gsk", Keys.GSI1SK);
        names.put("#type", ItemType.ATTRIBUTE);
        names.put("#lid", "learnerId");
        names.put("#cid", "cohortId");
        values.put(":gpk", s(PREFIX + cohortId));
        values.put(":gsk", s(sortKey));
        values.put(":type", ItemType.STANDING.value());
        values.put(":lid", s(learnerId));
        values.put(":cid", s(cohortId));
        int i = 0;
        for (Map.Entry<String, AttributeValue> a : attributes.entrySet()) {
            set.append(", #a").append(i).append(" = :a").append(i);
            names.put("#a" + i, a.getKey());
            values.put(":a" + i, a.getValue());
            i++;
        }
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(key(learnerId))
                .updateExpression(set.toString()).expressionAttributeNames(names)
                .expressionAttributeValues(values)).build();
    }

    /** A whole complete standing item, for loading many at once (it replaces what is there). */
    public static Map<String, AttributeValue> item(String learnerId, Instant signedUp, String cohortId,
                                                   Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.putAll(key(learnerId));
        item.put(Keys.GSI1PK, s(PREFIX + cohortId));
        item.put(Keys.GSI1SK, s(sortKey(signedUp, learnerId)));
        item.put(ItemType.ATTRIBUTE, ItemType.STANDING.value());
        item.put("learnerId", s(learnerId));
        item.put("cohortId", s(cohortId));
        item.put(COMPLETE, AttributeValue.fromBool(true));
        return item;
    }

    /** The learners whose standing or profile changed since the figures were last computed (a string set). */
    public static final String DIRTY = "dirty";

    /**
     * {@code ADD rev 1} on the cohort's figures item, for the same transaction as a standing's
     * update, and the learners it changes ({@code learnerId} and {@code others}) added to
     * {@link #DIRTY}: a snapshot of the cohort's figures taken at another revision is out of date,
     * and only those learners need reading again to bring it up to date. ADDs, never a read and a
     * write, so concurrent writers each count once and none of their learners is lost.
     */
    public static TransactWriteItem touch(String table, String cohortId, String learnerId, String... others) {
        java.util.List<String> ids = new java.util.ArrayList<>(others.length + 1);
        ids.add(learnerId);
        ids.addAll(java.util.List.of(others));
        Map<String, AttributeValue> values = Map.of(":one", AttributeValue.fromN("1"),
                ":now", s(java.time.Instant.now().toString()), ":ids", AttributeValue.fromSs(ids));
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(figuresKey(cohortId))
                .updateExpression("SET #at = :now ADD #rev :one, #dirty :ids")
                .expressionAttributeNames(Map.of("#rev", REVISION, "#at", TOUCHED_AT, "#dirty", DIRTY))
                .expressionAttributeValues(values)).build();
    }

    public static Map<String, AttributeValue> figuresKey(String cohortId) {
        return Keys.key(Keys.cohortPk(cohortId), FIGURES);
    }

    /**
     * The standing of a learner who just signed up: complete, with nothing in it yet, and sorted
     * under the cohort by {@code signedUp} (the learner item's own time), as the learners are.
     */
    public static TransactWriteItem start(String table, String learnerId, Instant signedUp, String cohortId) {
        return update(table, learnerId, cohortId, sortKey(signedUp, learnerId),
                Map.of(COMPLETE, AttributeValue.fromBool(true)));
    }

    /** By sign-up time then id, as {@link Keys#learnerSince} (without its prefix). */
    public static String sortKey(Instant signedUp, String learnerId) {
        return Keys.learnerSince(signedUp, learnerId).substring(Keys.LEARNER.length());
    }
}
