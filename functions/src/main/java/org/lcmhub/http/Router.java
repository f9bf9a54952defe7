package org.lcmhub.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A handler's own routes. API Gateway has already picked the function; the router picks the
 * operation, so that a known path with the wrong method is a 405 and anything else a 404.
 */
public final class Router {
    /** One operation of a handler. */
    @FunctionalInterface
    public interface Operation extends Function<ApiRequest, ApiResponse> {
    }

    private record Route(String method, String[] segments, Operation operation) {
    }

    /** The chosen operation and the path parameters it was matched with. */
    public record Match(Operation operation, Map<String, String> pathParameters) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** Adds a route; {@code path} may hold {@code {name}} segments. */
    public Router route(String method, String path, Operation operation) {
        routes.add(new Route(method, segments(path), operation));
        return this;
    }

    public Router get(String path, Operation operation) {
        return route("GET", path, operation);
    }

    public Router post(String path, Operation operation) {
        return route("POST", path, operation);
    }

    /** Each route as {@code METHOD /path}, its path parameters filled with {@code value}. */
    public List<String> requests(String value) {
        return routes.stream().map(r -> {
            StringBuilder path = new StringBuilder();
            for (String segment : r.segments) {
                path.append('/').append(segment.startsWith("{") ? value : segment);
            }
            return r.method + " " + path;
        }).toList();
    }

    /**
     * The operation for a request, or a 404 / 405 {@link ApiException}. As in API Gateway, the most
     * specific path wins: {@code PATCH /api/cohorts/mine} is a 405 of {@code /api/cohorts/mine},
     * never an operation on a cohort called "mine".
     */
    public Match match(String method, String path) {
        String[] actual = segments(path);
        String best = null;
        for (Route route : routes) {
            if (bind(route.segments, actual) != null) {
                String s = specificity(route.segments);
                best = best == null || s.compareTo(best) > 0 ? s : best;
            }
        }
        TreeSet<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> params = bind(route.segments, actual);
            if (params == null || !specificity(route.segments).equals(best)) {
                continue;
            }
            if (route.method.equals(method)) {
                return new Match(route.operation, params);
            }
            allowed.add(route.method);
        }
        if (allowed.isEmpty()) {
            throw ApiException.notFound("No API route matches " + method + " " + path + ".");
        }
        throw new MethodNotAllowed(method, path, allowed);
    }

    /** One character a segment, a literal ({@code 1}) above a parameter ({@code 0}), compared from the left. */
    private static String specificity(String[] pattern) {
        StringBuilder s = new StringBuilder();
        for (String p : pattern) {
            s.append(p.startsWith("{") && p.endsWith("}") ? '0' : '1');
        }
        return s.toString();
    }

    private static Map<String, String> bind(String[] pattern, String[] actual) {
        if (pattern.length != actual.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.startsWith("{") && p.endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return null;
                }
                params.put(p.substring(1, p.length() - 1), actual[i]);
            } else if (!p.equals(actual[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.split("/", -1);
    }

    /** 405 with the methods the path does accept, for the Allow header. */
    public static final class MethodNotAllowed extends ApiException {
        private final String allow;

        MethodNotAllowed(String method, String path, TreeSet<String> allowed) {
            super(405, "method_not_allowed", method + " is not allowed on " + path
                    + "; use " + String.join(" or ", allowed) + ".");
            this.allow = String.join(", ", allowed);
        }

        public String allow() {
            return allow;
        }
    }
}
