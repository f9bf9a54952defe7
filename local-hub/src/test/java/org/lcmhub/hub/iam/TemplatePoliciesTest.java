package org.lcmhub.hub.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.template.CfnYaml;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.testing.Checkout;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** The policies the local hub enforces are template.yaml's own. */
class TemplatePoliciesTest {
    private static final String BATCH_GET = "dynamodb:BatchGetItem";

    private static DynamoPolicy dashboard(Map<String, Object> doc) {
        SamTemplate template = SamTemplate.parse(doc);
        return DynamoPolicy.of(template.function("DashboardFunction"), Tables.localEnvironment(template));
    }

    private static BatchGetItemRequest batchOfTheHubTable(Map<String, Object> doc) {
        String table = Tables.localName(SamTemplate.parse(doc).tables().get(0));
        return BatchGetItemRequest.builder().requestItems(Map.of(table, KeysAndAttributes.builder()
                .keys(Map.of("PK", AttributeValue.fromS("COHORT#c"), "SK", AttributeValue.fromS("LEARNER#l"))).build()))
                .build();
    }

    /** The dashboard reads its learners' standings with one batch (store/BatchGets): allowed on AWS too. */
    @Test
    void theDashboardMayReadABatchAndWouldBeRefusedWithoutTheAction() {
        Map<String, Object> doc = CfnYaml.load(Checkout.template());
        BatchGetItemRequest batch = batchOfTheHubTable(doc);
        assertThatCode(() -> DynamoAccess.check(dashboard(doc), batch)).doesNotThrowAnyException();

        withoutAction(doc, "DashboardFunction", BATCH_GET);
        assertThatThrownBy(() -> DynamoAccess.check(dashboard(doc), batch))
                .isInstanceOfSatisfying(DynamoDbException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"))
                .hasMessageContaining("DashboardFunction")
                .hasMessageContaining(BATCH_GET);
    }

    @Test
    void everyFunctionsPolicyIsOneTheHubCanRead() {
        SamTemplate template = SamTemplate.read(Checkout.template());
        template.functions().forEach(f ->
                assertThat(DynamoPolicy.of(f, Tables.localEnvironment(template)).statements())
                        .as(f.logicalId()).isNotEmpty());
    }

    @SuppressWarnings("unchecked")
    private static void withoutAction(Map<String, Object> doc, String function, String action) {
        Map<String, Object> props = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) doc
                .get("Resources")).get(function)).get("Properties");
        for (Object policy : (List<Object>) props.get("Policies")) {
            for (Object statement : (List<Object>) ((Map<String, Object>) policy).get("Statement")) {
                Object actions = ((Map<String, Object>) statement).get("Action");
                if (actions instanceof List<?> list) {
                    ((List<Object>) list).remove(action);
                }
            }
        }
    }
}
