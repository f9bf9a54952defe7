package org.lcmhub.hub.iam;

import java.util.ArrayList;
import java.util.List;
import org.lcmhub.hub.template.LocalEnvironment;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/** The IAM actions, each on its resource, that one DynamoDB request needs, as AWS authorises it. */
final class DynamoActions {
    /** One action on one resource (a table's ARN, or an index's under it). */
    record Access(String action, String resource) {
    }

    private DynamoActions() {
    }

    static List<Access> of(DynamoDbRequest request) {
        List<Access> needed = new ArrayList<>();
        if (request instanceof QueryRequest q) {
            // A query or scan of an index is authorised on the index's ARN, not the table's.
            needed.add(new Access("dynamodb:Query", index(q.tableName(), q.indexName())));
        } else if (request instanceof ScanRequest s) {
            needed.add(new Access("dynamodb:Scan", index(s.tableName(), s.indexName())));
        } else if (request instanceof BatchGetItemRequest b) {
            // Batches are actions of their own, once per table they touch.
            b.requestItems().keySet().forEach(t -> needed.add(new Access("dynamodb:BatchGetItem", arn(t))));
        } else if (request instanceof BatchWriteItemRequest b) {
            b.requestItems().keySet().forEach(t -> needed.add(new Access("dynamodb:BatchWriteItem", arn(t))));
        } else if (request instanceof TransactWriteItemsRequest t) {
            // Transactions are authorised by what they hold: each part by its single-item action.
            t.transactItems().forEach(i -> needed.add(part(i)));
        } else if (request instanceof TransactGetItemsRequest t) {
            t.transactItems().stream().map(TransactGetItem::get)
                    .forEach(g -> needed.add(new Access("dynamodb:GetItem", arn(g.tableName()))));
        } else {
            // GetItem, PutItem, UpdateItem, DeleteItem, DescribeTable...: the operation on its table.
            String name = request.getClass().getSimpleName().replaceFirst("Request$", "");
            String table = request.getValueForField("TableName", String.class).orElse(null);
            needed.add(new Access("dynamodb:" + name, table == null ? "*" : arn(table)));
        }
        return needed;
    }

    private static Access part(TransactWriteItem item) {
        if (item.put() != null) {
            return new Access("dynamodb:PutItem", arn(item.put().tableName()));
        }
        if (item.update() != null) {
            return new Access("dynamodb:UpdateItem", arn(item.update().tableName()));
        }
        if (item.delete() != null) {
            return new Access("dynamodb:DeleteItem", arn(item.delete().tableName()));
        }
        return new Access("dynamodb:ConditionCheckItem", arn(item.conditionCheck().tableName()));
    }

    private static String index(String table, String index) {
        return index == null ? arn(table) : arn(table) + "/index/" + index;
    }

    /** The SDK takes a table's name or its ARN. */
    private static String arn(String table) {
        return table.startsWith("arn:") ? table : LocalEnvironment.tableArn(table);
    }
}
