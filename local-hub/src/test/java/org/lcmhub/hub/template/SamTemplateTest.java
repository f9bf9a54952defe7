package org.lcmhub.hub.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.Checkout;

class SamTemplateTest {
    private final SamTemplate template = SamTemplate.read(Checkout.template());

    @Test
    void readsFunctionsWithGlobalsMerged() {
        SamTemplate.FunctionDef signup = template.function("SignupFunction");

        assertThat(signup.handler()).isEqualTo("org.lcmhub.signup.SignupHandler::handleRequest");
        assertThat(signup.timeoutSeconds()).isEqualTo(20);
        assertThat(signup.memoryMb()).isEqualTo(1024);
        assertThat(signup.environment()).containsEntry("HUB_TABLE_NAME", Map.of("Ref", "HubTable"));
    }

    @Test
    void readsHttpApiRoutes() {
        assertThat(template.routes()).extracting(SamTemplate.RouteDef::routeKey, SamTemplate.RouteDef::functionId)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("ANY /api/health", "HealthFunction"),
                        org.assertj.core.groups.Tuple.tuple("ANY /api/{proxy+}", "HealthFunction"),
                        org.assertj.core.groups.Tuple.tuple("ANY /api/signups", "SignupFunction"));
    }

    @Test
    void readsTables() {
        assertThat(template.tables()).extracting(SamTemplate.TableDef::logicalId).containsExactly("HubTable");
        assertThat(template.tables().get(0).properties()).containsEntry("BillingMode", "PAY_PER_REQUEST");
    }

    @Test
    void shortFormIntrinsicsBecomeLongForm() {
        Map<String, Object> doc = Map.of("Resources", Map.of());
        assertThat(SamTemplate.parse(doc).functions()).isEmpty();
        Map<String, Object> raw = CfnYaml.load(Checkout.template());
        Map<?, ?> outputs = (Map<?, ?>) raw.get("Outputs");
        Map<?, ?> siteUrl = (Map<?, ?>) outputs.get("SiteUrl");
        assertThat(siteUrl.get("Value")).isEqualTo(Map.of("Fn::Sub", "https://${SiteDistribution.DomainName}"));
        Map<?, ?> resources = (Map<?, ?>) raw.get("Resources");
        Map<?, ?> bucketPolicy = (Map<?, ?>) ((Map<?, ?>) resources.get("SiteBucketPolicy")).get("Properties");
        assertThat(bucketPolicy.get("Bucket")).isEqualTo(Map.of("Ref", "SiteBucket"));
    }

    @Test
    void resolvesTheFunctionsEnvironmentLocally() {
        LocalEnvironment env = new LocalEnvironment(Map.of("HubTable", "HubTable"));

        assertThat(env.merged(template.functions())).containsEntry("HUB_TABLE_NAME", "HubTable")
                .doesNotContainKey("JAVA_TOOL_OPTIONS");
        assertThat(env.resolve(Map.of("Fn::GetAtt", List.of("HubTable", "Arn"))))
                .isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/HubTable");
        assertThat(env.resolve(Map.of("Fn::Sub", "${AWS::StackName}-${HubTable}"))).isEqualTo("lcm-hub-local-HubTable");
    }
}
