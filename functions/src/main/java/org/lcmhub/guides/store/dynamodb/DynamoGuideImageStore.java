package org.lcmhub.guides.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.guides.model.ChangeSetState;
import org.lcmhub.guides.model.GuideImage;
import org.lcmhub.guides.store.GuideImageStore;
import org.lcmhub.guides.store.GuideStore;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Images as items in the set's partition ({@code GUIDESET#<id> / IMAGE#<name>}), bytes in one
 * binary attribute: the upload limit keeps an item well under DynamoDB's 400 KB.
 */
public final class DynamoGuideImageStore implements GuideImageStore {
    private static final String IMAGE = "IMAGE#";
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoGuideImageStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void add(String setId, GuideImage image) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.key(Keys.GUIDE_SET + setId, IMAGE + image.name()));
        item.put(ItemType.ATTRIBUTE, ItemType.GUIDE_IMAGE.value());
        item.put("name", s(image.name()));
        item.put("mediaType", s(image.mediaType()));
        item.put("bytes", AttributeValue.fromB(SdkBytes.fromByteArray(image.bytes())));
        item.put("width", n(image.width()));
        item.put("height", n(image.height()));
        item.put("uploadedBy", s(image.uploadedBy()));
        item.put("uploadedAt", s(image.uploadedAt().toString()));
        try {
            dynamo.transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.guideSet(setId))
                            .conditionExpression("#state IN (:draft, :changes)")
                            .expressionAttributeNames(Map.of("#state", "state"))
                            .expressionAttributeValues(Map.of(":draft", s(ChangeSetState.DRAFT.wire()),
                                    ":changes", s(ChangeSetState.CHANGES_REQUESTED.wire())))).build(),
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                            .conditionExpression("attribute_not_exists(PK)")).build()));
        } catch (TransactionCanceledException e) {
            // Refused by the condition; a read afterwards only chooses the answer (404 or 409).
            Map<String, AttributeValue> set = dynamo.getItem(r -> r.tableName(table).key(Keys.guideSet(setId))
                    .consistentRead(true)).item();
            if (set == null || set.isEmpty()) {
                throw new GuideStore.NotFound();
            }
            throw new GuideStore.Refused("state");
        }
    }

    @Override
    public GuideImage find(String setId, String name) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.key(Keys.GUIDE_SET + setId, IMAGE + name))).item();
        return item == null || item.isEmpty() ? null : imageOf(item);
    }

    @Override
    public List<GuideImage> all(String setId, boolean withBytes) {
        List<GuideImage> images = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .projectionExpression(withBytes ? null : "#n, mediaType, width, height, uploadedBy, uploadedAt")
                        .expressionAttributeNames(withBytes ? null : Map.of("#n", "name"))
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :i)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.GUIDE_SET + setId), ":i", s(IMAGE))))
                .items().forEach(item -> images.add(imageOf(item)));
        return images;
    }

    private static GuideImage imageOf(Map<String, AttributeValue> item) {
        AttributeValue bytes = item.get("bytes");
        return new GuideImage(item.get("name").s(), item.get("mediaType").s(),
                bytes == null ? new byte[0] : bytes.b().asByteArray(),
                Integer.parseInt(item.get("width").n()), Integer.parseInt(item.get("height").n()),
                item.get("uploadedBy").s(), Instant.parse(item.get("uploadedAt").s()));
    }
}
