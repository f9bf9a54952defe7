package org.lcmhub.store;

import java.time.Duration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB client every function shares. Region and credentials come from the Lambda
 * environment; an endpoint override, for the local hub, from the SDK's own
 * {@code AWS_ENDPOINT_URL_DYNAMODB} (or {@code aws.endpointUrlDynamoDb}).
 */
public final class Dynamo {
    /** The single-table name, set by template.yaml on every function that uses the table. */
    public static final String TABLE_ENV = "HUB_TABLE_NAME";

    private Dynamo() {
    }

    public static DynamoDbClient client() {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(10))
                        .build())
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(20)))
                .build();
    }

    public static String tableName() {
        return Env.require(TABLE_ENV);
    }
}
