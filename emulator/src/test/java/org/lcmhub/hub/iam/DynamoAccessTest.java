package org.lcmhub.hub.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.lcmhub.hub.api.LocalFunction;
import org.lcmhub.hub.template.CfnYaml;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.template.SamTemplate;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

class DynamoAccessTest {
    private static final String TEMPLATE = """
            Resources:
              HubTable:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: hub
              ReaderFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: org.example.Reader::handleRequest
                  Policies:
                    - Statement:
                        - Effect: Allow
                          Action:
                            - dynamodb:GetItem
                            - dynamodb:Query
                          Resource: !GetAtt HubTable.Arn
                        - Effect: Allow
                          Action: dynamodb:Query
                          Resource: !Sub "${HubTable.Arn}/index/GSI1"
                        - Effect: Allow
                          Action:
                            - dynamodb:PutItem
                            - dynamodb:ConditionCheckItem
                          Resource: !GetAtt HubTable.Arn
                        - Effect: Allow
                          Action: s3:PutObject
                          Resource: !Sub "${SiteBucket.Arn}/*"
            """;
    private static final String TABLE = LocalEnvironment.tableArn("hub");
    private static final Map<String, AttributeValue> KEY = Map.of("PK", AttributeValue.fromS("A"), "SK", AttributeValue.fromS("B"));

    @TempDir
    Path dir;

    private DynamoPolicy reader() throws Exception {
        Path file = Files.writeString(dir.resolve("template.yaml"), TEMPLATE);
        SamTemplate template = SamTemplate.parse(CfnYaml.load(file));
        LocalEnvironment env = new LocalEnvironment(LocalEnvironment.refs(template, Map.of("HubTable", "hub")));
        return DynamoPolicy.of(template.function("ReaderFunction"), env);
    }

    @Test
    void anActionMissingFromThePolicyIsRefusedAsAwsRefusesIt() throws Exception {
        DynamoPolicy policy = reader();
        var batch = software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest.builder()
                .requestItems(Map.of("hub", KeysAndAttributes.builder().keys(KEY).build())).build();

        assertThatThrownBy(() -> DynamoAccess.check(policy, batch))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                })
                .hasMessageContaining("ReaderFunction")
                .hasMessageContaining("dynamodb:BatchGetItem")
                .hasMessageContaining(TABLE);
    }

    @Test
    void anIndexIsItsOwnResource() throws Exception {
        DynamoPolicy policy = reader();
        QueryRequest onIndex = QueryRequest.builder().tableName("hub").indexName("GSI1").build();
        QueryRequest onOtherIndex = QueryRequest.builder().tableName("hub").indexName("GSI2").build();

        assertThatCode(() -> DynamoAccess.check(policy, onIndex)).doesNotThrowAnyException();
        assertThatThrownBy(() -> DynamoAccess.check(policy, onOtherIndex))
                .hasMessageContaining("dynamodb:Query on resource: " + TABLE + "/index/GSI2");
    }

    @Test
    void aTransactionIsAuthorisedByEachOfItsParts() throws Exception {
        DynamoPolicy policy = reader();
        TransactWriteItem put = TransactWriteItem.builder().put(p -> p.tableName("hub").item(KEY)).build();
        TransactWriteItem check = TransactWriteItem.builder()
                .conditionCheck(c -> c.tableName("hub").key(KEY).conditionExpression("attribute_exists(PK)")).build();
        TransactWriteItem update = TransactWriteItem.builder()
                .update(u -> u.tableName("hub").key(KEY).updateExpression("SET n = :n")).build();

        assertThatCode(() -> DynamoAccess.check(policy, TransactWriteItemsRequest.builder().transactItems(put, check).build()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DynamoAccess.check(policy, TransactWriteItemsRequest.builder().transactItems(put, update).build()))
                .hasMessageContaining("dynamodb:UpdateItem");
    }

    @Test
    void anExplicitDenyWinsAndOtherServicesAreNotRead() throws Exception {
        DynamoPolicy policy = new DynamoPolicy("F", List.of(
                new DynamoPolicy.Statement(true, List.of("dynamodb:*"), List.of("*")),
                new DynamoPolicy.Statement(false, List.of("dynamodb:Delete*"), List.of(TABLE))));

        assertThat(policy.allows("dynamodb:GetItem", TABLE)).isTrue();
        assertThat(policy.allows("dynamodb:DeleteItem", TABLE)).isFalse();
        assertThat(reader().statements()).hasSize(3);
    }

    /** A client to a store that is not there: a call the check lets through fails to connect instead. */
    private static DynamoDbClient nowhere() {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(2)).retryStrategy(r -> r.maxAttempts(1)))
                .build();
    }

    /** A function that reads a batch and answers with what the store (or IAM) said. */
    public static final class BatchReader implements RequestHandler<Map<String, Object>, String> {
        private final DynamoDbClient dynamo = nowhere();

        @Override
        public String handleRequest(Map<String, Object> event, Context context) {
            try {
                dynamo.batchGetItem(b -> b.requestItems(Map.of("hub", KeysAndAttributes.builder().keys(KEY).build())));
                return "read";
            } catch (DynamoDbException e) {
                return e.awsErrorDetails().errorCode();
            } catch (SdkClientException e) {
                return "store unreachable";
            }
        }
    }

    /** The local hub's functions run with their policy: LocalFunction sets it around each invocation. */
    @Test
    void aLocalFunctionRunsUnderItsPolicy() throws Throwable {
        SamTemplate.FunctionDef def = new SamTemplate.FunctionDef("ReaderFunction",
                BatchReader.class.getName() + "::handleRequest", 5, 512, Map.of(), List.of());
        DynamoPolicy withBatch = new DynamoPolicy("ReaderFunction", List.of(
                new DynamoPolicy.Statement(true, List.of("dynamodb:BatchGetItem"), List.of(TABLE))));

        assertThat(new LocalFunction(def, reader()).invokeEvent(Map.of())).isEqualTo("AccessDeniedException");
        assertThat(new LocalFunction(def, withBatch).invokeEvent(Map.of())).isEqualTo("store unreachable");
        // the policy is the function's only while it runs
        assertThat(new BatchReader().handleRequest(Map.of(), null)).isEqualTo("store unreachable");
    }

    /** Through a real client: the SDK loads the check from the class path; nothing listens on the endpoint. */
    @Test
    void aFunctionsCallIsCheckedAndTheHubsOwnPasses() throws Exception {
        DynamoPolicy policy = reader();
        try (DynamoDbClient client = nowhere()) {
            DynamoPolicy outer = DynamoAccess.enter(policy);
            try {
                assertThatThrownBy(() -> client.batchGetItem(b -> b.requestItems(
                        Map.of("hub", KeysAndAttributes.builder().keys(KEY).build()))))
                        .isInstanceOf(DynamoDbException.class)
                        .hasMessageContaining("is not authorized to perform: dynamodb:BatchGetItem");
                // allowed: it goes on to the (absent) store
                assertThatThrownBy(() -> client.getItem(g -> g.tableName("hub").key(KEY)))
                        .isInstanceOf(SdkClientException.class);
            } finally {
                DynamoAccess.leave(outer);
            }
            // no function running: the hub's own call is not checked
            assertThatThrownBy(() -> client.batchGetItem(b -> b.requestItems(
                    Map.of("hub", KeysAndAttributes.builder().keys(KEY).build()))))
                    .isInstanceOf(SdkClientException.class);
        }
    }
}
