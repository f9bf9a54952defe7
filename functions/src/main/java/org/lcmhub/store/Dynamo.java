package org.lcmhub.store;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

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

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(7);
    static final int MAX_ATTEMPTS = 3;

    private Dynamo() {
    }

    public static DynamoDbClient client() {
        return builder().build();
    }

    /** The client's configuration without its endpoint, region or credentials (tests add their own). */
    public static DynamoDbClientBuilder builder() {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(ATTEMPT_TIMEOUT)
                        .build())
                .overrideConfiguration(c -> c
                        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
                        .apiCallTimeout(CALL_TIMEOUT)
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(MAX_ATTEMPTS).build())
                        .addExecutionInterceptor(new StoreCalls(CALL_TIMEOUT)));
    }

    public static String tableName() {
        return Env.require(TABLE_ENV);
    }
}
