package org.lcmhub.store;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The DynamoDB client every function shares. Region and credentials come from the Lambda
 * environment; an endpoint override, for the local hub, from the SDK's own
 * {@code AWS_ENDPOINT_URL_DYNAMODB} (or {@code aws.endpointUrlDynamoDb}).
 *
 * <p>Timeouts are set so that a slow or unreachable store fails the request with a 503 well
 * before the API functions' 20 s timeout: DynamoDB answers single-item calls in milliseconds and
 * a 1 MB query page in well under a second, so an attempt that takes {@link #ATTEMPT_TIMEOUT} is
 * a store in trouble. Three attempts at most (the SDK's standard strategy: jittered back-off,
 * and a retry budget that stops retrying when most calls fail), {@link #CALL_TIMEOUT} for all of
 * them, and never beyond what the request has left ({@link StoreCalls}).
 */
public final class Dynamo {
    /** The single-table name, set by template.yaml on every function that uses the table. */
    public static final String TABLE_ENV = "HUB_TABLE_NAME";

    /**
     * Overrides for an engine that serves one request at a time (the local hub's): there a queue
     * of requests is normal, and an attempt given up would be sent again behind it.
     */
    public static final String ATTEMPT_TIMEOUT_ENV = "HUB_STORE_ATTEMPT_TIMEOUT_MS";
    public static final String CALL_TIMEOUT_ENV = "HUB_STORE_CALL_TIMEOUT_MS";

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(7);
    static final int MAX_ATTEMPTS = 3;

    private Dynamo() {
    }

    public static DynamoDbClient client() {
        DynamoDbClient client = builder().build();
        CLIENTS.add(new WeakReference<>(client));
        return client;
    }

    /** The clients this execution environment made, for {@link #primeClients()}. */
    private static final List<WeakReference<DynamoDbClient>> CLIENTS = new CopyOnWriteArrayList<>();

    /**
     * Runs each kind of call the functions make through every client made so far (but the
     * dashboard's batch read, whose types the preview function's trimmed client does not ship), on
     * well-known keys that hold no item: a read, a query (alone and paged), and writes whose condition
     * ({@code attribute_exists}) cannot hold, so they are refused and nothing is written. The SDK's
     * whole request path for each operation (endpoint rules, signing, marshalling both ways, the
     * HTTP client, the refusal's unmarshalling) is then loaded before a snapshot is taken, so a
     * restored environment does not pay for it on a learner's request. A store that does not
     * answer is no reason to fail the snapshot.
     */
    public static void primeClients() {
        String table = Env.get(TABLE_ENV);
        if (table == null || table.isBlank()) {
            return;
        }
        for (WeakReference<DynamoDbClient> ref : CLIENTS) {
            DynamoDbClient client = ref.get();
            if (client != null) {
                prime(client, table);
            }
        }
    }

    private static final Map<String, AttributeValue> HEALTH =
            Map.of("PK", AttributeValue.fromS("HEALTH"), "SK", AttributeValue.fromS("HEALTH"));
    private static final Map<String, AttributeValue> NOWHERE =
            Map.of("PK", AttributeValue.fromS("PRIMING#NONE"), "SK", AttributeValue.fromS("PRIMING#NONE"));
    private static final String NEVER = "attribute_exists(PK)";

    static void prime(DynamoDbClient client, String table) {
        List<Runnable> calls = List.of(
                () -> client.getItem(r -> r.tableName(table).key(HEALTH)),
                () -> client.query(r -> r.tableName(table).keyConditionExpression("PK = :pk")
                        .expressionAttributeValues(Map.of(":pk", NOWHERE.get("PK"))).limit(1)),
                () -> client.queryPaginator(r -> r.tableName(table).keyConditionExpression("PK = :pk")
                        .expressionAttributeValues(Map.of(":pk", NOWHERE.get("PK")))).items().iterator().hasNext(),
                () -> client.putItem(r -> r.tableName(table).item(NOWHERE).conditionExpression(NEVER)),
                () -> client.updateItem(r -> r.tableName(table).key(NOWHERE).updateExpression("SET primed = :t")
                        .expressionAttributeValues(Map.of(":t", AttributeValue.fromBool(true))).conditionExpression(NEVER)),
                () -> client.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder()
                        .conditionCheck(c -> c.tableName(table).key(NOWHERE).conditionExpression(NEVER)).build())));
        for (Runnable call : calls) {
            try {
                call.run();
            } catch (RuntimeException e) {
                // the refusal was the point, or the store is away: primed as far as it went
            }
        }
    }

    /** The client's configuration without its endpoint, region or credentials (tests add their own). */
    public static DynamoDbClientBuilder builder() {
        Duration attempt = millis(ATTEMPT_TIMEOUT_ENV, ATTEMPT_TIMEOUT);
        Duration call = millis(CALL_TIMEOUT_ENV, CALL_TIMEOUT);
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(attempt)
                        .build())
                .overrideConfiguration(c -> c
                        .apiCallAttemptTimeout(attempt)
                        .apiCallTimeout(call)
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(MAX_ATTEMPTS).build())
                        .addExecutionInterceptor(new StoreCalls(call)));
    }

    private static Duration millis(String name, Duration otherwise) {
        String value = Env.get(name);
        return value == null || value.isBlank() ? otherwise : Duration.ofMillis(Long.parseLong(value.strip()));
    }

    public static String tableName() {
        return Env.require(TABLE_ENV);
    }
}
