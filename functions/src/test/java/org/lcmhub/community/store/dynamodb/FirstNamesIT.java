package org.lcmhub.community.store.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;

/**
 * The first names the channels' posts use (digest, ended pairs), through the real SDK: learners
 * read 100 to a {@code BatchGetItem}, not one read each; keys DynamoDB leaves unprocessed asked
 * again; the names in the order asked, the erased left out.
 */
@ExtendWith(MotoExtension.class)
class FirstNamesIT {
    /** Records each call; on the first BatchGetItem, leaves every key unprocessed when asked to. */
    private static final class Watch implements ExecutionInterceptor {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        private final boolean throttleFirst;

        Watch(boolean throttleFirst) {
            this.throttleFirst = throttleFirst;
        }

        @Override
        public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            calls.add(operation);
            if (context.request() instanceof BatchGetItemRequest asked) {
                batchSizes.add(asked.requestItems().values().iterator().next().keys().size());
                if (throttleFirst && batchSizes.size() == 1 && context.response() instanceof BatchGetItemResponse answer) {
                    return answer.toBuilder().responses(Map.of()).unprocessedKeys(asked.requestItems()).build();
                }
            }
            return context.response();
        }
    }

    /** 150 learners with a profile, every fifth of them erased (no profile); the names expected, in order. */
    private static List<String> learners(Moto moto, Map<String, String> expected) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String id = String.format("%03d-%s", i, UUID.randomUUID());
            ids.add(id);
            if (i % 5 == 4) {
                continue;
            }
            String name = (i % 2 == 0 ? "Awa " : "  Inès  Marie ") + i;
            Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.learner(id));
            item.put("name", AttributeValue.fromS(name));
            moto.dynamo().putItem(r -> r.tableName(moto.table()).item(item));
            expected.put(id, name.strip().split("\\s+")[0]);
        }
        // Asked in another order than written, one of them twice: the answer follows the question.
        java.util.Collections.reverse(ids);
        ids.add(ids.get(3));
        return ids;
    }

    @Test
    void namesAreReadAHundredToABatchInTheOrderAsked(Moto moto) {
        Map<String, String> expected = new LinkedHashMap<>();
        List<String> ids = learners(moto, expected);
        Watch watch = new Watch(false);
        Map<String, String> names;
        try (DynamoDbClient client = moto.newClient(watch)) {
            names = new DynamoCohortNews(client, moto.table()).firstNames(ids);
        }

        assertThat(names).hasSize(120);
        assertThat(new ArrayList<>(names.keySet())).isEqualTo(ids.stream().distinct().filter(expected::containsKey).toList());
        names.forEach((id, name) -> assertThat(name).isEqualTo(expected.get(id)));
        assertThat(watch.calls).containsExactly("BatchGetItem", "BatchGetItem");
        assertThat(watch.batchSizes).containsExactly(100, 50);
    }

    @Test
    void keysLeftUnprocessedAreAskedAgain(Moto moto) {
        Map<String, String> expected = new LinkedHashMap<>();
        List<String> ids = learners(moto, expected);
        Watch watch = new Watch(true);
        Map<String, String> names;
        try (DynamoDbClient client = moto.newClient(watch)) {
            names = new DynamoCohortNews(client, moto.table()).firstNames(ids);
        }

        assertThat(names).hasSize(120).containsAllEntriesOf(expected);
        assertThat(watch.batchSizes).containsExactly(100, 100, 50);
    }

    @Test
    void noLearnerNoCall(Moto moto) {
        Watch watch = new Watch(false);
        try (DynamoDbClient client = moto.newClient(watch)) {
            assertThat(new DynamoCohortNews(client, moto.table()).firstNames(List.of())).isEmpty();
        }
        assertThat(watch.calls).isEmpty();
    }
}
