package org.lcmhub.dashboard.store.dynamodb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.dashboard.store.MentorDirectory;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.store.MentorStore;
import org.lcmhub.store.BatchGets;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Mentor names by key ({@code BatchGetItem} of {@code MENTOR#<sub> / PROFILE}, 100 keys a request,
 * unprocessed keys asked again), and every profile through the mentor store's paginated GSI1 query.
 */
public final class DynamoMentorDirectory implements MentorDirectory {
    private final DynamoDbClient dynamo;
    private final String table;
    private final MentorStore store;

    /** {@code store}: the mentor store whose paginated query lists every profile. */
    public DynamoMentorDirectory(DynamoDbClient dynamo, String table, MentorStore store) {
        this.dynamo = dynamo;
        this.table = table;
        this.store = store;
    }

    @Override
    public Map<String, String> names(Collection<String> mentorIds) {
        Map<String, String> names = new HashMap<>();
        BatchGets.get(dynamo, table, mentorIds.stream().distinct().map(Keys::mentor).toList(),
                        k -> k.projectionExpression("mentorId, #name").expressionAttributeNames(Map.of("#name", "name")))
                .forEach(item -> names.put(item.get("mentorId").s(),
                        item.containsKey("name") ? item.get("name").s() : null));
        return names;
    }

    @Override
    public List<Mentor> all() {
        return new ArrayList<>(store.all());
    }
}
