package org.lcmhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.template.SamTemplate.RouteDef;

class RouteTableTest {
    private final RouteTable table = new RouteTable(List.of(
            new RouteDef("ANY", "/api/{proxy+}", "Fallback"),
            new RouteDef("ANY", "/api/cohorts/{cohortId}", "CohortAny"),
            new RouteDef("GET", "/api/cohorts/{cohortId}", "CohortGet"),
            new RouteDef("GET", "/api/cohorts/mine", "MyCohorts"),
            new RouteDef("POST", "/api/signups", "Signup")));

    private String function(String method, String path) {
        return table.match(method, path).map(m -> m.route().functionId()).orElse(null);
    }

    @Test
    void literalSegmentsBeatVariablesAndVariablesBeatGreedy() {
        assertThat(function("GET", "/api/cohorts/mine")).isEqualTo("MyCohorts");
        assertThat(function("GET", "/api/cohorts/py-2027")).isEqualTo("CohortGet");
        assertThat(function("GET", "/api/anything/else")).isEqualTo("Fallback");
    }

    @Test
    void anExactMethodBeatsAny() {
        assertThat(function("GET", "/api/cohorts/py-2027")).isEqualTo("CohortGet");
        assertThat(function("PATCH", "/api/cohorts/py-2027")).isEqualTo("CohortAny");
    }

    @Test
    void aRouteForAnotherMethodFallsThroughToTheGreedyRoute() {
        assertThat(function("GET", "/api/signups")).isEqualTo("Fallback");
        assertThat(function("POST", "/api/signups")).isEqualTo("Signup");
    }

    @Test
    void bindsDecodedPathParameters() {
        RouteTable.Match match = table.match("GET", "/api/cohorts/caf%C3%A9").orElseThrow();
        assertThat(match.pathParameters()).isEqualTo(Map.of("cohortId", "café"));
        assertThat(table.match("GET", "/api/a/b/c").orElseThrow().pathParameters()).isEqualTo(Map.of("proxy", "a/b/c"));
    }

    @Test
    void pathsOutsideTheRoutesDoNotMatch() {
        assertThat(function("GET", "/")).isNull();
        assertThat(function("GET", "/api")).isNull();
        assertThat(function("GET", "/en/index.html")).isNull();
        assertThat(function("GET", "/api/")).isNull();
    }
}
