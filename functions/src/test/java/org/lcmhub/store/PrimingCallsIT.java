package org.lcmhub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Before a snapshot, every kind of call the functions make goes once through the store client
 * (so none is loaded on a learner's first request after a restore), and nothing is written.
 */
@ExtendWith(MotoExtension.class)
class PrimingCallsIT {
    @Test
    void primingSendsEachKindOfCallAndWritesNothing(Moto moto) {
        List<String> sent = new CopyOnWriteArrayList<>();
        List<Integer> answered = new CopyOnWriteArrayList<>();
        ExecutionInterceptor watch = new ExecutionInterceptor() {
            @Override
            public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
                sent.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
                answered.add(context.httpResponse().statusCode());
            }
        };
        long before = moto.dynamo().scan(r -> r.tableName(moto.table())).count();
        try (DynamoDbClient client = Dynamo.builder().endpointOverride(moto.endpoint())
                .region(Region.of(LocalEnvironment.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(watch))
                .build()) {
            Dynamo.prime(client, moto.table(), EnumSet.allOf(Dynamo.Call.class));
        }

        assertThat(sent).containsExactly("GetItem", "Query", "Query", "PutItem", "UpdateItem", "TransactWriteItems");
        // Reads answered, each write refused by its condition (400), none retried.
        assertThat(answered).containsExactly(200, 200, 200, 400, 400, 400);
        assertThat(moto.dynamo().scan(r -> r.tableName(moto.table())).count()).isEqualTo(before);

        // A function whose policy only reads primes only its reads.
        sent.clear();
        try (DynamoDbClient client = Dynamo.builder().endpointOverride(moto.endpoint())
                .region(Region.of(LocalEnvironment.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(watch))
                .build()) {
            Dynamo.prime(client, moto.table(), EnumSet.of(Dynamo.Call.GET, Dynamo.Call.QUERY));
        }
        assertThat(sent).containsExactly("GetItem", "Query", "Query");
    }
}
