package org.lcmhub.store;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * A kind of call the priming makes, named with the IAM action it needs: a function primes only
     * those its own policy in template.yaml allows. A call its role may not make is answered with
     * an access denial that AWS records against the function, and the local hub, which checks each
     * call against the policy, refuses it before it is sent, so it warms less there. The dashboard's
     * batch read is not primed: the preview function's trimmed client does not ship its types.
     */
    public enum Call {
        /** A read of one well-known key ({@code dynamodb:GetItem}). */
        GET("dynamodb:GetItem"),
        /** A query, alone and paged, of a partition that holds nothing ({@code dynamodb:Query}). */
        QUERY("dynamodb:Query"),
        /** A put refused by its condition ({@code dynamodb:PutItem}). */
        PUT("dynamodb:PutItem"),
        /** An update refused by its condition ({@code dynamodb:UpdateItem}). */
        UPDATE("dynamodb:UpdateItem"),
        /** A transaction of one update refused by its condition (authorised as {@code dynamodb:UpdateItem}). */
        TRANSACT("dynamodb:UpdateItem");

        private final String action;

        Call(String action) {
            this.action = action;
        }

        /** The IAM action the call needs on the table. */
        public String action() {
            return action;
        }
    }

    /**
     * Runs the given kinds of call through every client made so far, on well-known keys that hold
     * no item: writes carry a condition ({@code attribute_exists}) that cannot hold, so they are
     * refused and nothing is written. The SDK's whole request path for each operation (endpoint
     * rules, signing, marshalling both ways, the HTTP client, the refusal's unmarshalling) is then
     * loaded before a snapshot is taken, so a restored environment does not pay for it on a
     * learner's request. A store that does not answer is no reason to fail the snapshot.
     */
    public static void primeClients(Set<Call> calls) {
        String table = Env.get(TABLE_ENV);
        if (table == null || table.isBlank()) {
            return;
        }
        for (WeakReference<DynamoDbClient> ref : CLIENTS) {
            DynamoDbClient client = ref.get();
            if (client != null) {
                prime(client, table, calls);
            }
        }
    }

    private static final Map<String, AttributeValue> HEALTH =
            Map.of("PK", AttributeValue.fromS("HEALTH"), "SK", AttributeValue.fromS("HEALTH"));
    private static final Map<String, AttributeValue> NOWHERE =
            Map.of("PK", AttributeValue.fromS("PRIMING#NONE"), "SK", AttributeValue.fromS("PRIMING#NONE"));
    private static final String NEVER = "attribute_exists(PK)";
    private static final Map<String, AttributeValue> TRUE = Map.of(":t", AttributeValue.fromBool(true));

    static void prime(DynamoDbClient client, String table, Set<Call> calls) {
        Map<Call, List<Runnable>> byKind = Map.of(
                Call.GET, List.of(() -> client.getItem(r -> r.tableName(table).key(HEALTH))),
                Call.QUERY, List.of(
                        () -> client.query(r -> r.tableName(table).keyConditionExpression("PK = :pk")
                                .expressionAttributeValues(Map.of(":pk", NOWHERE.get("PK"))).limit(1)),
                        () -> client.queryPaginator(r -> r.tableName(table).keyConditionExpression("PK = :pk")
                                .expressionAttributeValues(Map.of(":pk", NOWHERE.get("PK")))).items().iterator().hasNext()),
                Call.PUT, List.of(() -> client.putItem(r -> r.tableName(table).item(NOWHERE).conditionExpression(NEVER))),
                Call.UPDATE, List.of(() -> client.updateItem(r -> r.tableName(table).key(NOWHERE)
                        .updateExpression("SET primed = :t").expressionAttributeValues(TRUE).conditionExpression(NEVER))),
                Call.TRANSACT, List.of(() -> client.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder()
                        .update(u -> u.tableName(table).key(NOWHERE).updateExpression("SET primed = :t")
                                .expressionAttributeValues(TRUE).conditionExpression(NEVER)).build()))));
        for (Call kind : Call.values()) {
            if (!calls.contains(kind)) {
                continue;
            }
            for (Runnable call : byKind.get(kind)) {
                try {
                    call.run();
                } catch (RuntimeException e) {
                    // the refusal was the point, or the store is away: primed as far as it went
                }
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
