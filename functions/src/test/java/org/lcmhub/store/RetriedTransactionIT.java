package org.lcmhub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.signup.SignupHandler;
import org.lcmhub.signup.SignupService;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A sign-up whose transaction committed but whose answer was lost: the SDK sends it again with
 * the same ClientRequestToken, which DynamoDB answers as the original (201, one mail) instead of
 * meeting its own writes ("already signed up").
 */
@ExtendWith(MotoExtension.class)
class RetriedTransactionIT {
    private static final Pattern TOKEN = Pattern.compile("\"ClientRequestToken\":\"([^\"]+)\"");

    private static DynamoDbClient productionClient(java.net.URI endpoint) {
        return Dynamo.builder().endpointOverride(endpoint)
                .region(Region.of(LocalEnvironment.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    @Test
    void aSignUpWhoseAnswerWasLostIsStillA201WithOneMail(Moto moto) throws Exception {
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5);
        List<Mail> sent = new ArrayList<>();
        try (LossyProxy proxy = new LossyProxy(moto.endpoint(), "TransactWriteItems");
             DynamoDbClient dynamo = productionClient(proxy.endpoint())) {
            SignupHandler handler = new SignupHandler(new SignupService(new DynamoSignupStore(dynamo, moto.table()),
                    new DynamoCohortStore(dynamo, moto.table()), sent::add, new Messages("http://hub.test"),
                    Clock.systemUTC(), () -> UUID.randomUUID().toString(), SignupService.Limits.DEFAULT), null);

            APIGatewayV2HTTPResponse response = handler.handleRequest(
                    Fixtures.signupEvent(Fixtures.signupBody("awa." + UUID.randomUUID() + "@example.org",
                            cohort.pathId(), cohort.cohortId())), null);

            // The functions' part, whatever the engine: the retry is the same transaction.
            List<String> tokens = proxy.seen().stream().map(r -> {
                Matcher m = TOKEN.matcher(r);
                return m.find() ? m.group(1) : null;
            }).toList();
            assertThat(tokens).hasSizeGreaterThanOrEqualTo(2).doesNotContainNull();
            assertThat(tokens.stream().distinct()).hasSize(1);

            // The engine's part: DynamoDB honours the token; the local engine must too.
            assumeThat(honoursClientRequestTokens(moto))
                    .as("the local engine answers a repeated ClientRequestToken as the original").isTrue();
            assertThat(response.getStatusCode()).isEqualTo(201);
            assertThat(sent).hasSize(1);
            assertThat(Fixtures.partition(moto.dynamo(), moto.table(), "COHORT#" + cohort.cohortId())
                    .stream().filter(i -> i.get("SK").s().startsWith("EMAIL#"))).hasSize(1);
        }
    }

    /** The same one-item transaction twice with one token: DynamoDB applies it once and answers both. */
    static boolean honoursClientRequestTokens(Moto moto) {
        String token = UUID.randomUUID().toString();
        String pk = "PROBE#" + token;
        TransactWriteItem put = TransactWriteItem.builder().put(Put.builder().tableName(moto.table())
                .item(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS("PROBE")))
                .conditionExpression("attribute_not_exists(PK)").build()).build();
        moto.dynamo().transactWriteItems(t -> t.clientRequestToken(token).transactItems(put));
        try {
            moto.dynamo().transactWriteItems(t -> t.clientRequestToken(token).transactItems(put));
            return true;
        } catch (TransactionCanceledException e) {
            return false;
        } finally {
            moto.dynamo().deleteItem(d -> d.tableName(moto.table())
                    .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS("PROBE"))));
        }
    }
}
