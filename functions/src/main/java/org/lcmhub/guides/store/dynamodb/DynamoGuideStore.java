package org.lcmhub.guides.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcmhub.guides.model.ChangeSet;
import org.lcmhub.guides.model.ChangeSetState;
import org.lcmhub.guides.model.Comment;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideVersion;
import org.lcmhub.guides.model.PublishedGuide;
import org.lcmhub.guides.store.GuideStore;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Change sets at {@code GUIDESET#<id> / SET} (guides inline: a set is a few guides, written
 * whole), comments at {@code GUIDESET#<id> / COMMENT#<at>#<n>}, published guides at
 * {@code GUIDE#<lang>#<slug> / CURRENT} and {@code VERSION#<n>}. Sets and live guides are on GSI1
 * under {@code GUIDESETS} and {@code GUIDES}.
 *
 * <p>Four eyes is a condition: {@code NOT contains(editors, :me)} on the write that approves or
 * sends back, so an author cannot approve even by racing their own edit.
 */
public final class DynamoGuideStore implements GuideStore {
    private static final String EDITABLE = "#state IN (:draft, :changes)";
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoGuideStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void create(ChangeSet set) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.guideSet(set.id()));
        item.put(ItemType.ATTRIBUTE, ItemType.GUIDE_SET.value());
        item.put(Keys.GSI1PK, s(Keys.GUIDE_SETS));
        item.put(Keys.GSI1SK, s(set.createdAt() + "#" + set.id()));
        item.put("setId", s(set.id()));
        item.put("state", s(set.state().wire()));
        item.put("guides", GuideItems.guides(set.guides()));
        if (!set.editors().isEmpty()) {
            item.put("editors", AttributeValue.fromSs(List.copyOf(set.editors())));
        }
        if (!set.editorEmails().isEmpty()) {
            item.put("editorEmails", AttributeValue.fromSs(List.copyOf(set.editorEmails())));
        }
        if (!set.fromSite().isEmpty()) {
            item.put("fromSite", AttributeValue.fromSs(List.copyOf(set.fromSite())));
        }
        if (!set.editorNames().isEmpty()) {
            item.put("editorNames", GuideItems.names(set.editorNames()));
        }
        item.put("suggested", AttributeValue.fromBool(set.suggested()));
        item.put("revision", n(set.revision()));
        item.put("createdAt", s(set.createdAt().toString()));
        item.put("updatedAt", s(set.updatedAt().toString()));
        dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
    }

    @Override
    public ChangeSet find(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.guideSet(id))).item();
        return item == null || item.isEmpty() ? null : GuideItems.setOf(item);
    }

    @Override
    public List<ChangeSet> all() {
        List<ChangeSet> sets = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1).scanIndexForward(false)
                        .keyConditionExpression("GSI1PK = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.GUIDE_SETS))))
                .items().forEach(item -> sets.add(GuideItems.setOf(item)));
        return sets;
    }

    /**
     * One range of the {@code GUIDESETS} partition, whose sort key starts with the set's creation
     * time as {@link Instant#toString()} writes it. That text sorts by time from one second to the
     * next, but within a second {@code ...05Z} sorts after {@code ...05.250Z}: the range runs from
     * the first second to the last, both whole.
     */
    @Override
    public List<ChangeSet> createdAround(Instant from, Instant to) {
        List<ChangeSet> sets = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.GUIDE_SETS),
                                ":from", s(second(from)), ":to", s(second(to) + "~"))))
                .items().forEach(item -> sets.add(GuideItems.setOf(item)));
        return sets;
    }

    /** {@code 2027-03-01T10:00:05}: what every creation time within that second starts with. */
    private static String second(Instant at) {
        String whole = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        return whole.substring(0, whole.length() - 1);
    }

    @Override
    public ChangeSet saveGuides(String id, long revision, List<Guide> guides, String editor, String editorEmail,
                                Map<String, String> editorNames, Set<String> fromSite, Instant now) {
        Map<String, AttributeValue> values = states();
        values.put(":guides", GuideItems.guides(guides));
        values.put(":editor", AttributeValue.fromSs(List.of(editor)));
        values.put(":rev", n(revision));
        values.put(":one", n(1));
        values.put(":now", s(now.toString()));
        String set = "SET guides = :guides, updatedAt = :now";
        if (!editorNames.isEmpty()) {
            // The whole map, as read at this revision with the editor's name: the condition keeps it whole.
            values.put(":names", GuideItems.names(editorNames));
            set += ", editorNames = :names";
        }
        String add = " ADD editors :editor, revision :one";
        if (editorEmail != null && !editorEmail.isBlank()) {
            values.put(":email", AttributeValue.fromSs(List.of(editorEmail)));
            add += ", editorEmails :email";
        }
        if (!fromSite.isEmpty()) {
            values.put(":site", AttributeValue.fromSs(List.copyOf(fromSite)));
            add += ", fromSite :site";
        }
        return update(id, set + add, EDITABLE + " AND revision = :rev", values,
                null);
    }

    @Override
    public ChangeSet submit(String id, long revision, String email, String name, Instant now) {
        Map<String, AttributeValue> values = states();
        values.put(":next", s(ChangeSetState.IN_REVIEW.wire()));
        values.put(":rev", n(revision));
        values.put(":one", n(1));
        values.put(":now", s(now.toString()));
        // Who sent it is named by this sending only: an earlier sender's address or name goes.
        String who = "";
        String gone = "";
        if (email != null) {
            values.put(":email", s(email));
            who += ", submitterEmail = :email";
        } else {
            gone += "submitterEmail";
        }
        if (name != null) {
            values.put(":name", s(name));
            who += ", submitterName = :name";
        } else {
            gone += (gone.isEmpty() ? "" : ", ") + "submitterName";
        }
        return update(id, "SET #state = :next, updatedAt = :now" + who + " ADD revision :one"
                        + (gone.isEmpty() ? "" : " REMOVE " + gone),
                EDITABLE + " AND revision = :rev", values, null);
    }

    @Override
    public ChangeSet requestChanges(String id, long revision, String reviewer, Comment comment, Instant now) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(review(id, revision, reviewer, ChangeSetState.CHANGES_REQUESTED, now));
        writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(commentItem(id, comment))
                .conditionExpression("attribute_not_exists(PK)")).build());
        transact(id, reviewer, writes);
        return find(id);
    }

    @Override
    public ChangeSet approve(String id, long revision, String reviewer, List<GuideVersion> versions,
                             List<Integer> previous, Comment remark, Instant now) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(review(id, revision, reviewer, ChangeSetState.PUBLISHED, now));
        if (remark != null) {
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(commentItem(id, remark))
                    .conditionExpression("attribute_not_exists(PK)")).build());
        }
        for (int i = 0; i < versions.size(); i++) {
            GuideVersion v = versions.get(i);
            Guide g = v.guide();
            Map<String, AttributeValue> version = new HashMap<>(Keys.guideVersion(g.language(), g.slug(), v.number()));
            version.put(ItemType.ATTRIBUTE, ItemType.GUIDE_VERSION.value());
            version.put("version", n(v.number()));
            version.put("guide", GuideItems.guide(g));
            version.put("authors", s(v.authors()));
            version.put("reviewer", s(v.reviewer()));
            if (!v.authorEmails().isEmpty()) {
                version.put("authorEmails", GuideItems.strings(v.authorEmails()));
            }
            if (v.reviewerEmail() != null) {
                version.put("reviewerEmail", s(v.reviewerEmail()));
            }
            if (v.authorNames().stream().anyMatch(java.util.Objects::nonNull)) {
                version.put("authorNames", GuideItems.optionalStrings(v.authorNames()));
            }
            if (v.reviewerName() != null) {
                version.put("reviewerName", s(v.reviewerName()));
            }
            version.put("publishedAt", s(v.publishedAt().toString()));
            version.put("changeSetId", s(v.changeSetId()));
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(version)
                    .conditionExpression("attribute_not_exists(PK)")).build());
            Map<String, AttributeValue> current = new HashMap<>(Keys.key(Keys.guidePk(g.language(), g.slug()), "CURRENT"));
            current.put(ItemType.ATTRIBUTE, ItemType.GUIDE.value());
            current.put(Keys.GSI1PK, s(Keys.GUIDES));
            current.put(Keys.GSI1SK, s(g.key()));
            current.put("guide", GuideItems.guide(g));
            current.put("version", n(v.number()));
            current.put("live", AttributeValue.fromBool(true));
            current.put("publishedAt", s(v.publishedAt().toString()));
            int before = previous.get(i);
            writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(current)
                    .conditionExpression(before == 0 ? "attribute_not_exists(PK)" : "version = :prev")
                    .expressionAttributeValues(before == 0 ? null : Map.of(":prev", n(before)))).build());
        }
        transact(id, reviewer, writes);
        return find(id);
    }

    /** The set's move out of review, on condition that it is in review and the reviewer never wrote in it. */
    private TransactWriteItem review(String id, long revision, String reviewer, ChangeSetState next, Instant now) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":review", s(ChangeSetState.IN_REVIEW.wire()));
        values.put(":next", s(next.wire()));
        values.put(":me", s(reviewer));
        values.put(":rev", n(revision));
        values.put(":one", n(1));
        values.put(":now", s(now.toString()));
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.guideSet(id))
                .updateExpression("SET #state = :next, reviewer = :me, updatedAt = :now ADD revision :one")
                .conditionExpression("#state = :review AND revision = :rev AND NOT contains(editors, :me)")
                .expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(values)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
    }

    private void transact(String id, String reviewer, List<TransactWriteItem> writes) {
        try {
            dynamo.transactWriteItems(r -> r.transactItems(writes));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            CancellationReason first = reasons.isEmpty() ? null : reasons.get(0);
            if (first != null && "ConditionalCheckFailed".equals(first.code())) {
                Map<String, AttributeValue> old = first.hasItem() && !first.item().isEmpty() ? first.item()
                        : dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(Keys.guideSet(id))).item();
                throw refusal(old, reviewer, ChangeSetState.IN_REVIEW);
            }
            // The set was as expected: a guide was published by another set meanwhile.
            throw new Refused("stale");
        }
    }

    @Override
    public void comment(String id, Comment comment) {
        try {
            dynamo.transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.guideSet(id))
                            .conditionExpression("attribute_exists(PK)")).build(),
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(commentItem(id, comment))
                            .conditionExpression("attribute_not_exists(PK)")).build()));
        } catch (TransactionCanceledException e) {
            throw new NotFound();
        }
    }

    private static Map<String, AttributeValue> commentItem(String id, Comment c) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.key(Keys.GUIDE_SET + id,
                Keys.GUIDE_COMMENT + c.at() + "#" + UUID.randomUUID().toString().substring(0, 8)));
        item.put(ItemType.ATTRIBUTE, ItemType.GUIDE_COMMENT.value());
        item.put("author", s(c.author()));
        if (c.authorEmail() != null) {
            item.put("authorEmail", s(c.authorEmail()));
        }
        if (c.authorName() != null) {
            item.put("authorName", s(c.authorName()));
        }
        item.put("text", s(c.text()));
        item.put("kind", s(c.kind()));
        item.put("at", s(c.at().toString()));
        return item;
    }

    @Override
    public List<Comment> comments(String id) {
        List<Comment> comments = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :c)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.GUIDE_SET + id), ":c", s(Keys.GUIDE_COMMENT))))
                .items().forEach(item -> comments.add(GuideItems.commentOf(item)));
        return comments;
    }

    @Override
    public PublishedGuide current(String language, String slug) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.key(Keys.guidePk(language, slug), "CURRENT"))).item();
        return item == null || item.isEmpty() ? null : GuideItems.currentOf(item);
    }

    @Override
    public List<PublishedGuide> published() {
        List<PublishedGuide> guides = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("GSI1PK = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.GUIDES))))
                .items().forEach(item -> guides.add(GuideItems.currentOf(item)));
        return guides;
    }

    @Override
    public List<GuideVersion> versions(String language, String slug) {
        List<GuideVersion> versions = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true).scanIndexForward(false)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :v)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.guidePk(language, slug)),
                                ":v", s(Keys.GUIDE_VERSION))))
                .items().forEach(item -> versions.add(GuideItems.versionOf(item)));
        return versions;
    }

    @Override
    public GuideVersion version(String language, String slug, int number) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.guideVersion(language, slug, number))).item();
        return item == null || item.isEmpty() ? null : GuideItems.versionOf(item);
    }

    @Override
    public PublishedGuide unpublish(String language, String slug, Instant now) {
        try {
            return GuideItems.currentOf(dynamo.updateItem(r -> r.tableName(table)
                    .key(Keys.key(Keys.guidePk(language, slug), "CURRENT"))
                    .updateExpression("SET live = :no, unpublishedAt = :now")
                    .conditionExpression("live = :yes")
                    .expressionAttributeValues(Map.of(":no", AttributeValue.fromBool(false),
                            ":yes", AttributeValue.fromBool(true), ":now", s(now.toString())))
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).attributes());
        } catch (ConditionalCheckFailedException e) {
            if (!e.hasItem() || e.item().isEmpty()) {
                throw new NotFound();
            }
            throw new Refused("state");
        }
    }

    private ChangeSet update(String id, String expression, String condition, Map<String, AttributeValue> values,
                             String reviewer) {
        try {
            return GuideItems.setOf(dynamo.updateItem(r -> r.tableName(table).key(Keys.guideSet(id))
                    .updateExpression(expression)
                    .conditionExpression(condition)
                    .expressionAttributeNames(Map.of("#state", "state"))
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).attributes());
        } catch (ConditionalCheckFailedException e) {
            throw refusal(e.hasItem() ? e.item() : null, reviewer, null);
        }
    }

    /** Which rule a refused write broke, from the item as it was. */
    private static RuntimeException refusal(Map<String, AttributeValue> old, String reviewer, ChangeSetState expected) {
        if (old == null || old.isEmpty()) {
            return new NotFound();
        }
        ChangeSet set = GuideItems.setOf(old);
        boolean stateOk = expected == null ? set.state().editable() : set.state() == expected;
        if (!stateOk) {
            return new Refused("state");
        }
        if (reviewer != null && set.editors().contains(reviewer)) {
            return new Refused("four-eyes");
        }
        return new Refused("stale");
    }

    private static Map<String, AttributeValue> states() {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":draft", s(ChangeSetState.DRAFT.wire()));
        values.put(":changes", s(ChangeSetState.CHANGES_REQUESTED.wire()));
        return values;
    }
}
