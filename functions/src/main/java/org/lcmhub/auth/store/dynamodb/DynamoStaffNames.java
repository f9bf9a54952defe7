package org.lcmhub.auth.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.util.Map;
import org.lcmhub.auth.LocalStaff;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** The local directory's names at {@code STAFF#<sub> / LOCAL} (local hub only: Cognito keeps them on AWS). */
public final class DynamoStaffNames implements LocalStaff.Names {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoStaffNames(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public String nameOf(String sub) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.localStaff(sub))).item();
        return item == null || !item.containsKey("name") ? null : item.get("name").s();
    }

    @Override
    public String keep(String sub, String email, String name) {
        Map<String, AttributeValue> after = dynamo.updateItem(r -> r.tableName(table).key(Keys.localStaff(sub))
                .updateExpression("SET #type = :type, email = :email, #name = if_not_exists(#name, :name)")
                .expressionAttributeNames(Map.of("#type", ItemType.ATTRIBUTE, "#name", "name"))
                .expressionAttributeValues(Map.of(":type", ItemType.LOCAL_STAFF.value(), ":email", s(email),
                        ":name", s(name)))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        return after.get("name").s();
    }
}
