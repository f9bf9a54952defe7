package org.lcmhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lcmhub.checkin.CheckInService;
import org.lcmhub.signup.SignupRules;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.template.SamTemplate.RouteDef;
import org.lcmhub.hub.testing.ApiContract;
import org.lcmhub.hub.testing.ApiContract.Answer;
import org.lcmhub.hub.testing.ApiContract.Operation;
import org.lcmhub.hub.testing.Checkout;

/**
 * docs/openapi.yaml against template.yaml (the source of truth for routes), and the response
 * check the API tests run on every answer, shown to fail on answers that break the document.
 */
class OpenApiContractTest {
    /** API Gateway's catch-all for unknown /api paths: the JSON 404, not an operation. */
    private static final String CATCH_ALL = "/api/{proxy+}";

    private final ApiContract contract = ApiContract.shared();
    private final List<RouteDef> routes = SamTemplate.read(Checkout.template()).routes().stream()
            .filter(r -> r.path().startsWith("/api/") && !r.path().equals(CATCH_ALL)).toList();

    @Test
    void everyRouteOfTheTemplateIsDescribed() {
        List<String> missing = new ArrayList<>();
        for (RouteDef route : routes) {
            boolean described = contract.operations().stream().anyMatch(op -> op.path().equals(route.path())
                    && (route.method().equals("ANY") || op.method().equals(route.method())));
            if (!described) {
                missing.add(route.routeKey() + " (" + route.functionId() + ")");
            }
        }
        assertThat(missing).as("routes of template.yaml that " + ApiContract.DOCUMENT + " does not describe").isEmpty();
    }

    @Test
    void describesNoRouteTheTemplateLacks() {
        List<String> extra = new ArrayList<>();
        for (Operation op : contract.operations()) {
            boolean routed = routes.stream().anyMatch(r -> r.path().equals(op.path())
                    && (r.method().equals("ANY") || r.method().equals(op.method())));
            if (!routed) {
                extra.add(op.method() + " " + op.path());
            }
        }
        assertThat(extra).as("operations of " + ApiContract.DOCUMENT + " that template.yaml does not route").isEmpty();
    }

    @Test
    void anOperationAsksForTheStaffTokenExactlyWhenItsRouteHasTheAuthorizer() {
        List<String> wrong = new ArrayList<>();
        for (Operation op : contract.operations()) {
            routes.stream().filter(r -> r.path().equals(op.path())
                            && (r.method().equals("ANY") || r.method().equals(op.method())))
                    .findFirst()
                    .filter(r -> (r.authorizer() != null) != op.staff())
                    .ifPresent(r -> wrong.add(op.method() + " " + op.path() + ": authorizer " + r.authorizer()
                            + ", document " + op.node().path("security")));
            if (!op.node().has("security")) {
                wrong.add(op.method() + " " + op.path() + ": says nothing of security (use [] when public)");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void isAValidOpenApi31DocumentForOpenApiTools() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult read = new OpenAPIV3Parser().readContents(
                Files.readString(Checkout.root().resolve(ApiContract.DOCUMENT)), null, options);
        assertThat(read.getMessages()).as("what an OpenAPI parser finds wrong").isEmpty();
        assertThat(read.getOpenAPI().getOpenapi()).startsWith("3.1.");
        assertThat(read.getOpenAPI().getPaths()).hasSameSizeAs(contract.document().path("paths").properties());
    }

    /**
     * Every page's {@code limit} states the most the code accepts (more is a 400): a client built
     * from the document never asks for a page the API refuses.
     */
    @Test
    void everyLimitStatesTheMostTheCodeAccepts() {
        Map<String, Integer> most = Map.of(
                "GET /api/cohorts/{cohortId}/waitlist", org.lcmhub.cohort.CohortService.WAITLIST_PAGE_MAX,
                "GET /api/cohorts/{cohortId}/dashboard", org.lcmhub.dashboard.DashboardService.PAGE_MAX,
                "GET /api/cohorts/{cohortId}/learners/{learnerId}/notes", org.lcmhub.dashboard.DashboardService.NOTES_PAGE_MAX,
                "GET /api/mentors/me/mentees", org.lcmhub.mentoring.MentoringService.PAGE_MAX);
        Map<String, Integer> documented = new java.util.HashMap<>();
        for (Operation op : contract.operations()) {
            for (JsonNode p : op.node().path("parameters")) {
                if ("limit".equals(p.path("name").asText()) && "query".equals(p.path("in").asText())) {
                    JsonNode max = p.path("schema").path("maximum");
                    documented.put(op.method() + " " + op.path(), max.isInt() ? max.asInt() : null);
                }
            }
        }
        assertThat(documented).isEqualTo(most);
    }

    @Test
    void everyReferenceResolvesAndOperationIdsAreUnique() {
        List<String> broken = new ArrayList<>();
        refs(contract.document(), "", broken);
        assertThat(broken).as("$ref that point nowhere").isEmpty();
        Set<String> ids = new HashSet<>();
        Set<String> repeated = new TreeSet<>();
        contract.operations().forEach(op -> {
            if (!ids.add(op.node().path("operationId").asText())) {
                repeated.add(op.node().path("operationId").asText());
            }
        });
        assertThat(repeated).isEmpty();
        assertThat(contract.operations()).allSatisfy(op -> assertThat(op.node().path("operationId").asText()).isNotBlank());
    }

    private void refs(JsonNode node, String at, List<String> broken) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && (!ref.asText().startsWith("#/") || contract.document().at(ref.asText().substring(1)).isMissingNode())) {
                broken.add(at + " -> " + ref.asText());
            }
            node.properties().forEach(e -> refs(e.getValue(), at + "/" + e.getKey(), broken));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refs(node.get(i), at + "/" + i, broken);
            }
        }
    }

    /**
     * Each reason the API gives a refused field in {@code params} (a page words it instead of the
     * field's general words) is named where the document lists them, so a client knows to expect it.
     */
    @Test
    void theErrorsParamsNameEveryReasonAFieldIsRefusedFor() {
        String listed = contract.document()
                .at("/components/schemas/Error/properties/error/properties/params/description").asText();
        assertThat(List.of(SignupRules.TOO_LONG, CheckInService.NOT_STARTED, CheckInService.OVER))
                .allSatisfy(reason -> assertThat(listed).contains("`" + reason + "`"));
    }

    // The check the API tests run: each case below is an answer the code could regress to.

    private static Answer json(int status, String body) {
        return new Answer(status, "application/json; charset=utf-8", Map.of(), body);
    }

    @Test
    void acceptsAnAnswerTheDocumentPromises() {
        assertThat(contract.problems("GET", "/api/health", json(200, "{\"status\":\"ok\"}"))).isEmpty();
        assertThat(contract.problems("POST", "/api/signups", json(201,
                "{\"learnerId\":\"l-1\",\"cohortId\":\"c-1\",\"status\":\"waitlisted\",\"result\":\"waitlisted\",\"waitlistPosition\":2}"))).isEmpty();
        assertThat(contract.problems("POST", "/api/signups", json(400,
                "{\"error\":{\"code\":\"validation_failed\",\"message\":\"Some fields are missing or invalid.\","
                        + "\"fields\":{\"email\":\"This is not a valid email address.\"}}}"))).isEmpty();
        assertThat(contract.problems("GET", "/api/no/such/route", json(404,
                "{\"error\":{\"code\":\"not_found\",\"message\":\"No API route matches GET /api/no/such/route.\"}}"))).isEmpty();
    }

    @Test
    void refusesAWrongBody() {
        assertThat(contract.problems("GET", "/api/health", json(200, "{\"status\":\"down\"}")))
                .singleElement().asString().contains("/status");
        assertThat(contract.problems("GET", "/api/health", json(200, "{}"))).isNotEmpty();
        assertThat(contract.problems("GET", "/api/health", json(200, "not json"))).isNotEmpty();
        // A sign-up's answer must never echo the address: a field the document does not name is refused.
        assertThat(contract.problems("POST", "/api/signups", json(201,
                "{\"learnerId\":\"l-1\",\"cohortId\":\"c-1\",\"status\":\"enrolled\",\"result\":\"enrolled\",\"email\":\"awa@example.org\"}")))
                .singleElement().asString().contains("email");
        assertThat(contract.problems("POST", "/api/signups", json(201,
                "{\"learnerId\":\"l-1\",\"cohortId\":\"c-1\",\"status\":\"accepted\",\"result\":\"enrolled\"}"))).isNotEmpty();
        assertThat(contract.problems("GET", "/api/cohorts", json(200,
                "{\"cohorts\":[{\"cohortId\":\"c\",\"pathId\":\"p\",\"title\":\"T\",\"language\":\"en\","
                        + "\"startDate\":\"2027-02-30\",\"endDate\":\"2027-04-01\",\"weeks\":8,\"seats\":20,"
                        + "\"seatsLeft\":3,\"waitlisted\":0,\"open\":true}]}")))
                .as("an impossible date").anySatisfy(p -> assertThat(p).contains("/startDate", "full-date"));
    }

    @Test
    void refusesAnExportThatLeaksTheKeysHash() {
        String profile = "{\"learnerId\":\"l-1\",\"name\":\"Awa\",\"email\":\"awa@example.org\",\"pathId\":\"p\","
                + "\"status\":\"enrolled\",\"language\":\"fr\",\"timezone\":\"Africa/Dakar\",\"hoursPerWeek\":null,"
                + "\"goals\":null,\"createdAt\":\"2026-12-01T10:00:00Z\",\"oneToOne\":null,\"checkIns\":[],"
                + "\"mentor\":null}";
        Map<String, List<String>> download = Map.of("Content-Disposition", List.of("attachment"));
        assertThat(contract.problems("GET", "/api/me/export", new Answer(200, "application/json", download,
                "{\"profile\":" + profile + ",\"records\":[{\"name\":\"Awa\"}]}"))).isEmpty();
        assertThat(contract.problems("GET", "/api/me/export", new Answer(200, "application/json", download,
                "{\"profile\":" + profile + ",\"records\":[{\"name\":\"Awa\",\"keyHash\":\"abc\"}]}")))
                .anySatisfy(p -> assertThat(p).contains("/records/0"));
    }

    @Test
    void refusesAWrongErrorShape() {
        assertThat(contract.problems("POST", "/api/signups", json(400,
                "{\"error\":{\"code\":\"validation_failed\",\"message\":\"Some fields are missing or invalid.\"}}")))
                .as("validation_failed without fields").isNotEmpty();
        assertThat(contract.problems("POST", "/api/signups", json(400, "{\"message\":\"Bad Request\"}"))).isNotEmpty();
        assertThat(contract.problems("GET", "/api/me", json(401,
                "{\"error\":{\"code\":\"forbidden\",\"message\":\"No.\"}}"))).isNotEmpty();
    }

    @Test
    void refusesAStatusOrMediaTypeTheOperationDoesNotList() {
        assertThat(contract.problems("GET", "/api/health", json(418, "{\"status\":\"ok\"}")))
                .singleElement().asString().contains("does not list");
        assertThat(contract.problems("GET", "/api/cohorts/c-1/export.csv", json(200, "{}")))
                .anySatisfy(p -> assertThat(p).contains("'application/json'", "text/csv"));
        assertThat(contract.problems("POST", "/api/signups",
                new Answer(303, null, Map.of(), "")))
                .as("a form redirect without its Location").singleElement().asString().contains("Location");
        assertThat(contract.problems("POST", "/api/signups",
                new Answer(303, null, Map.of("Location", List.of("/en/thanks.html?status=enrolled")), ""))).isEmpty();
    }

    @Test
    void aStoreOutageIsAcceptedAnywhereButAServerErrorNowhere() {
        String outage = "{\"error\":{\"code\":\"store_unavailable\",\"message\":\"Try again.\"}}";
        assertThat(contract.problems("GET", "/api/cohorts/mine", new Answer(503, "application/json",
                Map.of("Retry-After", List.of("2")), outage))).isEmpty();
        assertThat(contract.problems("GET", "/api/cohorts/mine", json(503, outage)))
                .singleElement().asString().contains("Retry-After");
        assertThat(contract.problems("GET", "/api/cohorts/mine", json(500,
                "{\"error\":{\"code\":\"internal_error\",\"message\":\"Oops.\",\"requestId\":\"r-1\"}}")))
                .singleElement().asString().contains("does not list");
    }

    @Test
    void anUnknownPathMustBeTheJson404AndAWrongMethodThe405() {
        assertThat(contract.problems("GET", "/api/nothing-here", json(200, "{}"))).isNotEmpty();
        assertThat(contract.problems("DELETE", "/api/health", json(200, "{\"status\":\"ok\"}"))).isNotEmpty();
        assertThat(contract.problems("DELETE", "/api/health", new Answer(405, "application/json",
                Map.of("Allow", List.of("GET")),
                "{\"error\":{\"code\":\"method_not_allowed\",\"message\":\"DELETE is not allowed on /api/health; use GET.\"}}")))
                .isEmpty();
        assertThatThrownBy(() -> contract.verify("GET", "/api/health", json(200, "{\"status\":\"down\"}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining(ApiContract.DOCUMENT);
    }

    @Test
    void literalSegmentsWinOverParameters() {
        assertThat(contract.pathTemplate("/api/cohorts/mine")).hasValue("/api/cohorts/mine");
        assertThat(contract.pathTemplate("/api/cohorts/c-42")).hasValue("/api/cohorts/{cohortId}");
        assertThat(contract.pathTemplate("/api/cohorts/c-42/learners/l-1/notes"))
                .hasValue("/api/cohorts/{cohortId}/learners/{learnerId}/notes");
        // As the router does: the literal path decides, so a method it lacks is its 405, never an
        // operation of the parameterised path on a cohort called "mine".
        assertThat(contract.operation("GET", "/api/cohorts/mine")).hasValueSatisfying(op ->
                assertThat(op.path()).isEqualTo("/api/cohorts/mine"));
        assertThat(contract.operation("PATCH", "/api/cohorts/mine")).isEmpty();
        assertThat(contract.operation("PATCH", "/api/cohorts/c-42")).hasValueSatisfying(op ->
                assertThat(op.path()).isEqualTo("/api/cohorts/{cohortId}"));
        assertThat(contract.operation("DELETE", "/api/cohorts/mine")).isEmpty();
    }
}
