package org.lcmhub.community.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.community.store.ChannelStore;
import org.lcmhub.community.store.WebhookStore;
import org.lcmhub.community.webhook.Deliverer;
import org.lcmhub.community.webhook.Reminder;
import org.lcmhub.community.webhook.WebhookKind;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Webhooks as {@code WEBHOOK#<audience>} items in the cohort's partition, also on GSI1 under
 * {@code WEBHOOKS}; each write is one transaction with the writer's team membership.
 */
public final class DynamoWebhookStore implements WebhookStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoWebhookStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void put(Stored w, String lcmSub) {
        write(w.hook().cohortId(), lcmSub, TransactWriteItem.builder().put(p -> p.tableName(table).item(toItem(w))).build(),
                false);
    }

    @Override
    public void remove(String cohortId, String audience, String lcmSub) {
        write(cohortId, lcmSub, TransactWriteItem.builder().delete(d -> d.tableName(table)
                .key(Keys.webhook(cohortId, audience)).conditionExpression("attribute_exists(PK)")).build(), true);
    }

    private void write(String cohortId, String lcmSub, TransactWriteItem change, boolean mustExist) {
        try {
            dynamo.transactWriteItems(t -> t.transactItems(TransactWriteItem.builder().conditionCheck(c -> c
                    .tableName(table).key(Keys.teamMember(cohortId, lcmSub))
                    .conditionExpression("attribute_exists(PK)")).build(), change));
        } catch (TransactionCanceledException e) {
            if (Transactions.failedAt(e, 0)) {
                throw new ChannelStore.NotOnTeam();
            }
            if (mustExist && Transactions.failedAt(e, 1)) {
                throw new ChannelStore.NotFound();
            }
            throw e;
        }
    }

    @Override
    public List<Stored> ofCohort(String cohortId) {
        List<Stored> found = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :w)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)), ":w", s(Keys.WEBHOOK))))
                .items().forEach(i -> found.add(fromItem(i)));
        return found;
    }

    @Override
    public List<Stored> all() {
        List<Stored> found = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("GSI1PK = :pk")
                .expressionAttributeValues(Map.of(":pk", s(Keys.WEBHOOKS))))
                .items().forEach(i -> found.add(fromItem(i)));
        return found;
    }

    static Map<String, AttributeValue> toItem(Stored w) {
        Deliverer.Hook h = w.hook();
        Map<String, AttributeValue> item = new HashMap<>(Keys.webhook(h.cohortId(), h.audience()));
        item.put(ItemType.ATTRIBUTE, ItemType.WEBHOOK.value());
        item.put(Keys.GSI1PK, s(Keys.WEBHOOKS));
        item.put(Keys.GSI1SK, s(h.cohortId() + "#" + h.audience()));
        item.put("cohortId", s(h.cohortId()));
        item.put("audience", s(h.audience()));
        item.put("kind", s(h.kind().wire()));
        item.put("sealedUrl", s(h.sealedUrl()));
        item.put("endsWith", s(w.endsWith()));
        if (w.reminder() != null) {
            item.put("reminderDay", s(w.reminder().day()));
            item.put("reminderTime", s(w.reminder().time()));
            item.put("reminderZone", s(w.reminder().timezone()));
        }
        return item;
    }

    static Stored fromItem(Map<String, AttributeValue> i) {
        Reminder reminder = i.containsKey("reminderDay") ? new Reminder(i.get("reminderDay").s(), i.get("reminderTime").s(),
                i.get("reminderZone").s()) : null;
        return new Stored(new Deliverer.Hook(i.get("cohortId").s(), i.get("audience").s(),
                WebhookKind.of(i.get("kind").s()), i.get("sealedUrl").s()), i.get("endsWith").s(), reminder);
    }
}
