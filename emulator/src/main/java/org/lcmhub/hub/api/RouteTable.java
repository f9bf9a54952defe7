package org.lcmhub.hub.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lcmhub.hub.template.SamTemplate.RouteDef;

/**
 * Chooses a route the way an API Gateway HTTP API does: the most specific path wins (literal
 * segments over {@code {param}}, a greedy {@code {name+}} last), and an exact method over ANY.
 */
public final class RouteTable {
    /** The chosen route with its path parameters, decoded. */
    public record Match(RouteDef route, Map<String, String> pathParameters) {
    }

    private record Candidate(RouteDef route, Map<String, String> params, int greedy, int literals, int exact) {
    }

    private final List<RouteDef> routes;

    public RouteTable(List<RouteDef> routes) {
        this.routes = List.copyOf(routes);
    }

    public Optional<Match> match(String method, String rawPath) {
        String[] actual = split(rawPath);
        return routes.stream()
                .filter(r -> r.method().equals("ANY") || r.method().equals(method))
                .map(r -> candidate(r, actual, method))
                .flatMap(Optional::stream)
                .max(Comparator.comparingInt(Candidate::greedy).reversed()
                        .thenComparingInt(Candidate::literals)
                        .thenComparingInt(Candidate::exact))
                .map(c -> new Match(c.route(), Map.copyOf(c.params())));
    }

    private static Optional<Candidate> candidate(RouteDef route, String[] actual, String method) {
        String[] pattern = split(route.path());
        Map<String, String> params = new HashMap<>();
        int literals = 0;
        int greedy = 0;
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            boolean variable = p.startsWith("{") && p.endsWith("}");
            if (variable && p.endsWith("+}")) {
                if (i != pattern.length - 1 || actual.length <= i) {
                    return Optional.empty();
                }
                String rest = String.join("/", List.of(actual).subList(i, actual.length));
                if (rest.isEmpty()) {
                    return Optional.empty();
                }
                params.put(p.substring(1, p.length() - 2), decode(rest));
                greedy = 1;
                break;
            }
            if (i >= actual.length) {
                return Optional.empty();
            }
            if (variable) {
                if (actual[i].isEmpty()) {
                    return Optional.empty();
                }
                params.put(p.substring(1, p.length() - 1), decode(actual[i]));
            } else if (p.equals(actual[i])) {
                literals++;
            } else {
                return Optional.empty();
            }
            if (i == pattern.length - 1 && actual.length != pattern.length) {
                return Optional.empty();
            }
        }
        int exact = route.method().equals(method) ? 1 : 0;
        return Optional.of(new Candidate(route, params, greedy, literals, exact));
    }

    private static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.split("/", -1);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
