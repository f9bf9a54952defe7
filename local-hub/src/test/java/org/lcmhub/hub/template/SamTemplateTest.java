package org.lcmhub.hub.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
    void readsScheduleEventsWithTheirExpression() {
        SamTemplate.FunctionDef digest = template.function("DigestFunction");
        assertThat(digest.routes()).isEmpty();
        assertThat(digest.schedules()).singleElement().satisfies(s -> {
            assertThat(s.type()).isEqualTo("Schedule");
            assertThat(s.functionId()).isEqualTo("DigestFunction");
            assertThat(s.expression()).isEqualTo(Map.of("Ref", "DigestSchedule"));
        });
        LocalEnvironment env = new LocalEnvironment(LocalEnvironment.refs(template, Map.of("HubTable", "HubTable")));
        assertThat(env.resolve(digest.schedules().get(0).expression())).isEqualTo("cron(0 7 * * ? *)");
        assertThat(template.function("SignupFunction").schedules()).isEmpty();
    }

    @Test
    void runsOnlyTheFunctionsOfTheFunctionsArtifact() throws Exception {
        // The site publish function is built from site-publish/: locally the hub bakes and serves itself.
        assertThat(Files.readString(Checkout.template())).contains("SitePublishFunction:");
        assertThat(template.functions()).extracting(SamTemplate.FunctionDef::logicalId)
                .contains("GuidesFunction").doesNotContain("SitePublishFunction");
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
        LocalEnvironment env = new LocalEnvironment(LocalEnvironment.refs(template, Map.of("HubTable", "HubTable")));

        assertThat(env.merged(template.functions())).containsEntry("HUB_TABLE_NAME", "HubTable")
                .containsEntry("HUB_MAIL_FROM", "no-reply@example.org")
                .containsEntry("HUB_SITE_URL", "")
                .doesNotContainKey("JAVA_TOOL_OPTIONS");
        assertThat(env.resolve(Map.of("Fn::GetAtt", List.of("HubTable", "Arn"))))
                .isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/HubTable");
        assertThat(env.resolve(Map.of("Fn::Sub", "${AWS::StackName}-${HubTable}"))).isEqualTo("lcm-hub-local-HubTable");
    }

    @Test
    void readsTheJwtAuthorizerAndWhichRoutesItGuards() {
        SamTemplate.AuthorizerDef staff = template.authorizers().get("StaffJwt");
        assertThat(staff.identitySource()).isEqualTo("$request.header.Authorization");
        LocalEnvironment env = new LocalEnvironment(LocalEnvironment.refs(template, Map.of("HubTable", "HubTable")));
        assertThat(env.resolve(staff.issuer())).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/local-StaffUserPool");
        assertThat(staff.audience()).extracting(env::resolve).containsExactly("local-StaffSiteClient");

        assertThat(template.routes()).extracting(SamTemplate.RouteDef::routeKey, SamTemplate.RouteDef::authorizer)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("GET /api/cohorts", null),
                        org.assertj.core.groups.Tuple.tuple("POST /api/cohorts", "StaffJwt"),
                        org.assertj.core.groups.Tuple.tuple("ANY /api/cohorts/{cohortId}", "StaffJwt"),
                        org.assertj.core.groups.Tuple.tuple("ANY /api/signups", null),
                        org.assertj.core.groups.Tuple.tuple("ANY /api/me", null));
    }

    @Test
    void aDefaultAuthorizerGuardsRoutesUnlessTheyOptOut() {
        Map<String, Object> doc = Map.of("Resources", Map.of(
                "Api", Map.of("Type", "AWS::Serverless::HttpApi", "Properties", Map.of("Auth", Map.of(
                        "DefaultAuthorizer", "Jwt",
                        "Authorizers", Map.of("Jwt", Map.of("JwtConfiguration", Map.of("issuer", "i", "audience", List.of("a"))))))),
                "Fn", Map.of("Type", "AWS::Serverless::Function", "Properties", Map.of("Handler", "x.Y::handleRequest",
                        "Events", Map.of(
                                "Guarded", Map.of("Type", "HttpApi", "Properties", Map.of("ApiId", Map.of("Ref", "Api"),
                                        "Path", "/a", "Method", "GET")),
                                "Open", Map.of("Type", "HttpApi", "Properties", Map.of("ApiId", Map.of("Ref", "Api"),
                                        "Path", "/b", "Method", "GET", "Auth", Map.of("Authorizer", "NONE"))))))));

        assertThat(SamTemplate.parse(doc).routes()).extracting(SamTemplate.RouteDef::path, SamTemplate.RouteDef::authorizer)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("/a", "Jwt"),
                        org.assertj.core.groups.Tuple.tuple("/b", null));
    }

    @Test
    void declaresStaffIdentitiesAndThrottlesSignups() {
        Map<?, ?> resources = (Map<?, ?>) CfnYaml.load(Checkout.template()).get("Resources");
        assertThat(((Map<?, ?>) resources.get("StaffUserPool")).get("Type")).isEqualTo("AWS::Cognito::UserPool");
        List<Object> groups = List.of("StaffLcmGroup", "StaffMentorGroup").stream()
                .map(id -> (Object) ((Map<?, ?>) ((Map<?, ?>) resources.get(id)).get("Properties")).get("GroupName"))
                .toList();
        assertThat(groups).containsExactly("lcm", "mentor");
        Map<?, ?> api = (Map<?, ?>) ((Map<?, ?>) resources.get("HubHttpApi")).get("Properties");
        Map<?, ?> signups = (Map<?, ?>) ((Map<?, ?>) api.get("RouteSettings")).get("ANY /api/signups");
        assertThat(((Number) signups.get("ThrottlingRateLimit")).intValue()).isLessThan(
                ((Number) ((Map<?, ?>) api.get("DefaultRouteSettings")).get("ThrottlingRateLimit")).intValue());
        assertThat(template.routes()).extracting(SamTemplate.RouteDef::routeKey).contains("ANY /api/signups");
    }
}
