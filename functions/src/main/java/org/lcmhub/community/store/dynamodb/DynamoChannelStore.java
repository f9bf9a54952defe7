package org.lcmhub.community.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lcmhub.community.FaqEntry;
import org.lcmhub.community.store.ChannelStore;
import org.lcmhub.places.Channel;
import org.lcmhub.places.store.dynamodb.ChannelItems;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Channels as {@code CHANNEL#<id>} items in the cohort's partition. Each write is one transaction
 * with the writer's team membership ({@code LCM#<sub>}) and the cohort's channel counter on
 * {@code COMMUNITY}, so a member taken off the team writes nothing and the cap holds under races.
 */
public final class DynamoChannelStore implements ChannelStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoChannelStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void add(Channel channel, String lcmSub) {
        addCounted(channel.cohortId(), lcmSub, "channels", MAX, ChannelItems.toItem(channel));
    }

    @Override
    public void addFaq(FaqEntry entry, String lcmSub) {
        addCounted(entry.cohortId(), lcmSub, "faqEntries", MAX_FAQ, faqItem(entry));
    }

    /** Puts a new item with the writer's team membership checked and the cohort's counter under its cap. */
    private void addCounted(String cohortId, String lcmSub, String counter, int max, Map<String, AttributeValue> item) {
        teamWrite(cohortId, lcmSub, 1, TooMany::new,
                TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.community(cohortId))
                        .updateExpression("SET #type = :type ADD #count :one")
                        .conditionExpression("attribute_not_exists(#count) OR #count < :max")
                        .expressionAttributeNames(Map.of("#type", ItemType.ATTRIBUTE, "#count", counter))
                        .expressionAttributeValues(Map.of(":type", ItemType.COMMUNITY.value(), ":one", n(1),
                                ":max", n(max)))).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                        .conditionExpression("attribute_not_exists(PK)")).build());
    }

    /**
     * {@code items} in one transaction after the writer's team check: {@link NotOnTeam} when that
     * fails, {@code refused}'s when the item at {@code guarded} (the check being 0) fails its condition.
     */
    private void teamWrite(String cohortId, String lcmSub, int guarded, Supplier<RuntimeException> refused,
                           TransactWriteItem... items) {
        List<TransactWriteItem> all = new ArrayList<>();
        all.add(onTeam(cohortId, lcmSub));
        all.addAll(List.of(items));
        try {
            dynamo.transactWriteItems(t -> t.transactItems(all));
        } catch (TransactionCanceledException e) {
            if (Transactions.failedAt(e, 0)) {
                throw new NotOnTeam();
            }
            if (Transactions.failedAt(e, guarded)) {
                throw refused.get();
            }
            throw e;
        }
    }

    @Override
    public void update(Channel channel, String lcmSub) {
        Map<String, AttributeValue> item = ChannelItems.toItem(channel);
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> set = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        // Every attribute a channel's item holds but its keys and when it was added; a call's own
        // attributes go when it is no longer a call.
        for (String a : List.of("kind", "label", "url", "callDay", "callTime", "callZone", "callMinutes")) {
            names.put("#" + a, a);
            if (item.containsKey(a)) {
                values.put(":" + a, item.get(a));
                set.add("#" + a + " = :" + a);
            } else {
                removed.add("#" + a);
            }
        }
        String expression = "SET " + String.join(", ", set) + (removed.isEmpty() ? "" : " REMOVE " + String.join(", ", removed));
        teamWrite(channel.cohortId(), lcmSub, 1, NotFound::new,
                TransactWriteItem.builder().update(u -> u.tableName(table)
                        .key(Keys.channel(channel.cohortId(), channel.channelId()))
                        .updateExpression(expression).conditionExpression("attribute_exists(PK)")
                        .expressionAttributeNames(names).expressionAttributeValues(values)).build());
    }

    @Override
    public void remove(String cohortId, String channelId, String lcmSub) {
        removeCounted(cohortId, lcmSub, "channels", Keys.channel(cohortId, channelId));
    }

    @Override
    public void removeFaq(String cohortId, String entryId, String lcmSub) {
        removeCounted(cohortId, lcmSub, "faqEntries", Keys.faqEntry(cohortId, entryId));
    }

    private void removeCounted(String cohortId, String lcmSub, String counter, Map<String, AttributeValue> key) {
        teamWrite(cohortId, lcmSub, 2, NotFound::new,
                TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.community(cohortId))
                        .updateExpression("ADD #count :minus")
                        .expressionAttributeNames(Map.of("#count", counter))
                        .expressionAttributeValues(Map.of(":minus", n(-1)))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(key)
                        .conditionExpression("attribute_exists(PK)")).build());
    }

    private TransactWriteItem onTeam(String cohortId, String sub) {
        return onTeam(table, cohortId, sub);
    }

    /** The writer is still on the cohort's LCM team: the first item of every team write's transaction. */
    static TransactWriteItem onTeam(String table, String cohortId, String sub) {
        return TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.teamMember(cohortId, sub))
                .conditionExpression("attribute_exists(PK)")).build();
    }

    @Override
    public List<Channel> list(String cohortId) {
        return items(cohortId, Keys.CHANNEL).stream().map(ChannelItems::fromItem).toList();
    }

    @Override
    public List<FaqEntry> faq(String cohortId) {
        return items(cohortId, Keys.FAQ).stream().map(i -> new FaqEntry(i.get("cohortId").s(), i.get("entryId").s(),
                i.get("question").s(), i.get("answer").s(), Instant.parse(i.get("createdAt").s()))).toList();
    }

    private List<Map<String, AttributeValue>> items(String cohortId, String prefix) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)), ":prefix", s(prefix))))
                .items().forEach(items::add);
        return items;
    }

    static Map<String, AttributeValue> faqItem(FaqEntry f) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.faqEntry(f.cohortId(), f.entryId()));
        item.put(ItemType.ATTRIBUTE, ItemType.FAQ_ENTRY.value());
        item.put("cohortId", s(f.cohortId()));
        item.put("entryId", s(f.entryId()));
        item.put("question", s(f.question()));
        item.put("answer", s(f.answer()));
        item.put("createdAt", s(f.createdAt().toString()));
        return item;
    }
}
