package org.lcmhub.places.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lcmhub.places.Channel;
import org.lcmhub.places.store.PlaceStore;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Reads a cohort's channels ({@link ChannelItems}) and the presence of its code of conduct
 * ({@code CONDUCT}) from the cohort's partition, consistently, as the community's own pages do:
 * a place added a moment before a seat is offered is in that seat's mail.
 */
public final class DynamoPlaceStore implements PlaceStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPlaceStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<Channel> channels(String cohortId) {
        List<Channel> channels = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)), ":prefix", s(Keys.CHANNEL))))
                .items().forEach(i -> channels.add(ChannelItems.fromItem(i)));
        return channels;
    }

    @Override
    public boolean hasConduct(String cohortId) {
        var item = dynamo.getItem(g -> g.tableName(table).consistentRead(true).key(Keys.conduct(cohortId))
                .projectionExpression("PK")).item();
        return item != null && !item.isEmpty();
    }
}
