package org.lcmhub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** The production client against a store that never answers: bounded time, one token per transaction. */
class StoreCallsTest {
    private static final Pattern TOKEN = Pattern.compile("\"ClientRequestToken\":\"([^\"]+)\"");

    private static void transact(DynamoDbClient client, String id) {
        client.transactWriteItems(t -> t.transactItems(TransactWriteItem.builder()
                .put(Put.builder().tableName("HubTable").item(Map.of(
                        "PK", AttributeValue.fromS("TEST#" + id), "SK", AttributeValue.fromS("META"))).build())
                .build()));
    }

    private static List<String> tokens(SilentStore store) {
        return store.requests().stream().map(r -> {
            Matcher m = TOKEN.matcher(r);
            return m.find() ? m.group(1) : null;
        }).toList();
    }

    @Test
    void aFrozenStoreFailsTheCallWithinItsTimeoutAndEveryAttemptCarriesTheSameToken() throws Exception {
        try (SilentStore store = new SilentStore(); DynamoDbClient client = store.client();
             Invocation invocation = Invocation.open("req-1", "POST /api/signups", 20_000)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> transact(client, "a")).isInstanceOf(SdkClientException.class);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(took).isBetween(Dynamo.CALL_TIMEOUT.minusMillis(500), Dynamo.CALL_TIMEOUT.plusSeconds(2));
            List<String> tokens = tokens(store);
            assertThat(tokens).hasSizeBetween(2, Dynamo.MAX_ATTEMPTS);
            // what a retry sends is what the first attempt sent: DynamoDB answers it as the original
            assertThat(tokens).containsOnly(Invocation.token("req-1\nPOST /api/signups\n1"));
            assertThat(tokens.get(0)).hasSizeLessThanOrEqualTo(36);
        }
    }

    @Test
    void aCallNeverOutlivesTheRequest() throws Exception {
        try (SilentStore store = new SilentStore(); DynamoDbClient client = store.client();
             Invocation invocation = Invocation.open("req-2", "GET /api/me", 3_500)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.getItem(g -> g.tableName("HubTable")
                    .key(Map.of("PK", AttributeValue.fromS("X"), "SK", AttributeValue.fromS("Y")))))
                    .isInstanceOf(SdkClientException.class);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            // 3.5 s left, 2 s kept back to answer: the call gives up after about 1.5 s
            assertThat(took).isBetween(Duration.ofMillis(1_200), Duration.ofMillis(3_500));
        }
    }

    @Test
    void anEngineThatQueuesMayBeGivenLongerTimeouts() throws Exception {
        System.setProperty(Dynamo.ATTEMPT_TIMEOUT_ENV, "1500");
        System.setProperty(Dynamo.CALL_TIMEOUT_ENV, "1500");
        try (SilentStore store = new SilentStore(); DynamoDbClient client = store.client()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> transact(client, "d")).isInstanceOf(SdkClientException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1_300), Duration.ofMillis(2_800));
            assertThat(store.requests()).hasSize(1); // one attempt fills the call: nothing sent twice
        } finally {
            System.clearProperty(Dynamo.ATTEMPT_TIMEOUT_ENV);
            System.clearProperty(Dynamo.CALL_TIMEOUT_ENV);
        }
    }

    @Test
    void withNoTimeLeftTheStoreIsNotCalled() throws Exception {
        try (SilentStore store = new SilentStore(); DynamoDbClient client = store.client();
             Invocation invocation = Invocation.open("req-3", "GET /api/me", 2_100)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> transact(client, "b")).isInstanceOf(SdkClientException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            Thread.sleep(100);
            assertThat(store.requests()).isEmpty();
        }
    }

    @Test
    void transactionsOfOneRequestGetDifferentTokensAndTheSameRequestTheSameOnes() {
        List<String> first;
        try (Invocation a = Invocation.open("req-4", "POST /api/checkins", 20_000)) {
            first = List.of(a.nextTransactionToken(), a.nextTransactionToken());
        }
        try (Invocation again = Invocation.open("req-4", "POST /api/checkins", 20_000)) {
            assertThat(List.of(again.nextTransactionToken(), again.nextTransactionToken())).isEqualTo(first);
        }
        try (Invocation other = Invocation.open("req-5", "POST /api/checkins", 20_000)) {
            assertThat(other.nextTransactionToken()).isNotIn(first);
        }
        assertThat(first.get(0)).isNotEqualTo(first.get(1)).matches("[A-Za-z0-9_-]{36}");
        assertThat(Invocation.current()).isNull();
    }

    @Test
    void outsideARequestATransactionStillGetsAToken() throws Exception {
        try (SilentStore store = new SilentStore(); DynamoDbClient client = store.client()) {
            assertThatThrownBy(() -> transact(client, "c")).isInstanceOf(SdkClientException.class);
            assertThat(tokens(store)).doesNotContainNull().hasSizeGreaterThanOrEqualTo(2);
            assertThat(tokens(store).stream().distinct()).hasSize(1);
        }
    }
}
