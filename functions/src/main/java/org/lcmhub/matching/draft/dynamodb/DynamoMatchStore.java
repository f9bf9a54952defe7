package org.lcmhub.matching.draft.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.matching.draft.Draft;
import org.lcmhub.matching.draft.MatchStore;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.pairing.store.dynamodb.MatchItems;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Drafts at {@code COHORT#<id> / DRAFT#<draftId>} (TTL {@code expiresAt}; pairs kept as one JSON
 * attribute, read back whole), the latest one named at {@code COHORT#<id> / DRAFT}. A match at {@code LEARNER#<id> / MENTOR}, in the learner's own
 * partition (export, erasure) and on GSI1 under {@code COHORT#<id> / MATCH#<learnerId>}, with a
 * copy {@code MENTOR#<sub> / MENTEE#<learnerId>} for the mentor's list ({@link MatchItems}).
 * Pairs never to repeat are on GSI1 under {@code COHORT#<id> / NEVER#...}.
 */
public final class DynamoMatchStore implements MatchStore {
    /** How long the latest-draft item outlives its draft (TTL), for the page to say the draft expired. */
    private static final Duration LATEST_KEPT = Duration.ofDays(7);
    private static final TypeReference<Draft.Choices> CHOICES = new TypeReference<>() { };
    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoMatchStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public List<PairRef> published(String cohortId) {
        List<PairRef> pairs = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :match)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)), ":match", s(Keys.MATCH))))
                .items().forEach(item -> pairs.add(new PairRef(item.get("learnerId").s(), item.get("mentorId").s())));
        return pairs;
    }

    @Override
    public Set<PairRef> neverAgain(String cohortId) {
        Set<PairRef> pairs = new HashSet<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :never)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)), ":never", s(Keys.NEVER))))
                .items().forEach(item -> pairs.add(new PairRef(item.get("learnerId").s(), item.get("mentorId").s())));
        return pairs;
    }

    /**
     * The draft and, in the same transaction, the cohort's latest-draft item pointing at it, on
     * condition that no later draft took that place meanwhile (another LCM computing at once): then
     * the draft is kept alone, and the later one stays the one pages open on and the only one that
     * publishes (the publish's transaction checks the latest-draft item).
     */
    @Override
    public void saveDraft(Draft d, Author by) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.draft(d.cohortId(), d.draftId()));
        item.put(ItemType.ATTRIBUTE, ItemType.MATCHING_DRAFT.value());
        item.put("draftId", s(d.draftId()));
        item.put("cohortId", s(d.cohortId()));
        item.put("pairs", s(DraftJson.pairs(d.pairs())));
        item.put("unmatched", s(DraftJson.unmatched(d.unmatched())));
        item.put("refusedPins", s(DraftJson.refusedPins(d.refusedPins())));
        item.put("leftOut", s(DraftJson.leftOut(d.leftOut())));
        item.put("applied", s(DraftJson.choices(d.applied())));
        item.put("choices", s(DraftJson.choices(d.choices())));
        item.put("createdAt", s(d.createdAt().toString()));
        item.put("expiresAt", n(d.expiresAt().getEpochSecond()));
        Map<String, AttributeValue> latest = new HashMap<>(Keys.latestDraft(d.cohortId()));
        latest.put(ItemType.ATTRIBUTE, ItemType.LATEST_DRAFT.value());
        latest.put("draftId", s(d.draftId()));
        latest.put("createdAt", n(d.createdAt().toEpochMilli()));
        latest.put("computedBy", s(by.sub()));
        if (by.name() != null && !by.name().isBlank()) {
            latest.put("computedByName", s(by.name()));
        }
        latest.put("draftExpiresAt", n(d.expiresAt().getEpochSecond()));
        // Kept a while past the draft's own end, so the page can still say it expired unpublished.
        latest.put("expiresAt", n(d.expiresAt().plus(LATEST_KEPT).getEpochSecond()));
        TransactWriteItem putDraft = TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(PK)")).build();
        try {
            dynamo.transactWriteItems(r -> r.transactItems(putDraft, TransactWriteItem.builder().put(p -> p.tableName(table)
                    .item(latest).conditionExpression("attribute_not_exists(PK) OR createdAt <= :created")
                    .expressionAttributeValues(Map.of(":created", n(d.createdAt().toEpochMilli())))).build()));
        } catch (TransactionCanceledException e) {
            if (!Transactions.failedAt(e, 1) || Transactions.failedAt(e, 0)) {
                throw e;
            }
            dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
        }
    }

    @Override
    public Latest latest(String cohortId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.latestDraft(cohortId))).item();
        if (item == null || item.isEmpty()) {
            return null;
        }
        // Who computed it was not kept on items written before: then null, and the page names no one.
        Author by = item.containsKey("computedBy") ? new Author(item.get("computedBy").s(),
                item.containsKey("computedByName") ? item.get("computedByName").s() : null) : null;
        return new Latest(item.get("draftId").s(), Instant.ofEpochSecond(Long.parseLong(item.get("draftExpiresAt").n())),
                item.containsKey("publishedAt"), Instant.ofEpochMilli(Long.parseLong(item.get("createdAt").n())), by);
    }

    @Override
    public boolean markPublished(String cohortId, String draftId) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Keys.latestDraft(cohortId))
                    .updateExpression("SET publishedAt = :now").conditionExpression("draftId = :draft")
                    .expressionAttributeValues(Map.of(":now", s(clock.instant().toString()), ":draft", s(draftId))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            // A later draft is the cohort's latest (it stays open for review), or the cohort has no
            // latest-draft item at all (drafts saved before it was kept): then none is newer.
            Map<String, AttributeValue> latest = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                    .key(Keys.latestDraft(cohortId))).item();
            return latest == null || latest.isEmpty();
        }
    }

    @Override
    public boolean saveChoices(String cohortId, String draftId, Draft.Choices choices) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Keys.draft(cohortId, draftId))
                    .updateExpression("SET choices = :choices")
                    .conditionExpression("attribute_exists(PK) AND expiresAt > :now")
                    .expressionAttributeValues(Map.of(":choices", s(DraftJson.choices(choices)),
                            ":now", n(clock.instant().getEpochSecond()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    @Override
    public Draft draft(String cohortId, String draftId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.draft(cohortId, draftId))).item();
        if (item == null || item.isEmpty()) {
            return null;
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(item.get("expiresAt").n()));
        if (!expires.isAfter(clock.instant())) {
            return null; // TTL deletes it within days; until then it is already gone for the API
        }
        try {
            return new Draft(draftId, cohortId,
                    DraftJson.read(item.get("pairs").s(), new TypeReference<List<Draft.Pair>>() { }),
                    DraftJson.read(item.get("unmatched").s(), new TypeReference<List<Draft.Unmatched>>() { }),
                    DraftJson.read(item.get("refusedPins").s(), new TypeReference<List<Draft.RefusedPin>>() { }),
                    item.containsKey("leftOut")
                            ? DraftJson.read(item.get("leftOut").s(), new TypeReference<List<Draft.LeftOut>>() { }) : List.of(),
                    Instant.parse(item.get("createdAt").s()), expires,
                    // A draft stored before `applied` was kept counts as computed with no choice.
                    item.containsKey("applied") ? DraftJson.read(item.get("applied").s(), CHOICES) : Draft.Choices.NONE,
                    item.containsKey("choices") ? DraftJson.read(item.get("choices").s(), CHOICES) : Draft.Choices.NONE);
        } catch (IllegalStateException e) {
            return null; // a draft of an earlier version (reasons in words): compute a new one
        }
    }

    @Override
    public Outcome publish(String cohortId, String draftId, Draft.Pair pair) {
        Instant now = clock.instant();
        // The mentee copy goes last so the cancellation reasons keep their places (0, 1, 2).
        List<TransactWriteItem> items = List.of(
                TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.mentor(pair.mentorId()))
                        .updateExpression("SET assigned = assigned + :one")
                        .conditionExpression("assigned < #capacity AND paused = :false")
                        .expressionAttributeNames(Map.of("#capacity", "capacity"))
                        .expressionAttributeValues(Map.of(":one", n(1), ":false", AttributeValue.fromBool(false))))
                        .build(),
                MatchItems.putMatch(table, cohortId, draftId, pair.learnerId(), pair.mentorId(), now),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.learner(pair.learnerId()))
                        .conditionExpression("#status = :enrolled AND cohortId = :cohort")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":enrolled", s("enrolled"), ":cohort", s(cohortId))))
                        .build(),
                MatchItems.putMentee(table, cohortId, pair.learnerId(), pair.mentorId(), now),
                Standings.touch(table, cohortId, pair.learnerId()), // the dashboard shows the mentor
                // Both stored the same way (exclusions sorted): equal strings are equal choices. A draft
                // stored before `applied` was kept is judged by the service alone.
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.draft(cohortId, draftId))
                        .conditionExpression("choices = applied OR attribute_not_exists(applied)")).build(),
                // A colleague's newer draft supersedes this one: an older tab must not publish it. A
                // cohort with no latest-draft item (drafts saved before it was kept) has none newer.
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.latestDraft(cohortId))
                        .conditionExpression("attribute_not_exists(draftId) OR draftId = :draft")
                        .expressionAttributeValues(Map.of(":draft", s(draftId)))).build());
        return Transactions.retry("publish the pair of learner " + pair.learnerId(), () -> {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(items));
                return Outcome.PUBLISHED;
            } catch (TransactionCanceledException e) {
                if (Transactions.failedAt(e, 6)) {
                    return Outcome.SUPERSEDED;
                }
                if (Transactions.failedAt(e, 5)) {
                    return Outcome.CHOICES_CHANGED;
                }
                if (Transactions.failedAt(e, 2)) {
                    return Outcome.NOT_ENROLLED;
                }
                if (Transactions.failedAt(e, 1)) {
                    return Outcome.ALREADY_MATCHED;
                }
                if (Transactions.failedAt(e, 0)) {
                    return Outcome.MENTOR_FULL_OR_PAUSED;
                }
                throw e; // a conflict with another transaction on the same items: nothing was written
            }
        });
    }
}
