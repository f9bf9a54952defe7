package org.lcmhub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** A transaction's update written alone asks DynamoDB for exactly what it asked inside the transaction. */
class TransactionsTest {
    private static final Update UPDATE = Update.builder().tableName("HubTable")
            .key(Map.of("PK", AttributeValue.fromS("LEARNER#1"), "SK", AttributeValue.fromS("PROFILE")))
            .updateExpression("SET #n = :name").conditionExpression("keyHash = :hash")
            .expressionAttributeNames(Map.of("#n", "name"))
            .expressionAttributeValues(Map.of(":name", AttributeValue.fromS("Ana"), ":hash", AttributeValue.fromS("h")))
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build();

    @Test
    void theItemIsStillHandedBackWhenTheConditionFails() {
        assertThat(Transactions.alone(UPDATE).returnValuesOnConditionCheckFailure())
                .isEqualTo(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }

    @Test
    void everyFieldTheTwoRequestsShareIsCarriedOver() {
        UpdateItemRequest alone = Transactions.alone(UPDATE);
        Map<String, SdkField<?>> single = alone.sdkFields().stream()
                .collect(Collectors.toMap(SdkField::memberName, f -> f));
        long shared = 0;
        for (SdkField<?> field : UPDATE.sdkFields()) {
            SdkField<?> same = single.get(field.memberName());
            if (same != null) {
                shared++;
                assertThat(same.getValueOrDefault(alone)).as(field.memberName()).isEqualTo(field.getValueOrDefault(UPDATE));
            }
        }
        assertThat(shared).as("fields both requests have").isEqualTo(UPDATE.sdkFields().size());
    }
}
