package org.lcmhub.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTML form posted without JavaScript: the browser navigates to whatever the API answers, so
 * a 2xx becomes {@code 303} to the form's {@code next} page and an error {@code 303} to its
 * {@code errorPage} with the error code and the bad fields in the query. A request that asks for
 * JSON ({@code Accept: application/json}), or a form without either field, gets JSON as usual.
 *
 * <p>A static page cannot read the query without a script, but CSS sees the fragment: a form that
 * lists in {@code problems} what its page can say (field names and error codes, in the page's
 * order) is sent back to {@code #<box>--<problem>--<problem>}, an element the page baked for that
 * very set, and the page shows those problems only. A problem it did not list lands on
 * {@code #<box>--other}.
 */
final class FormFlow {
    static final String NEXT = "next";
    static final String ERROR_PAGE = "errorPage";
    static final String PROBLEMS = "problems";
    /** What a page says when the API names a problem the form did not list. */
    static final String OTHER = "other";
    /** The param that tells one refusal of a code from another, for a form with a line for each. */
    static final String REASON = "reason";

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_]{1,40}");
    private static final int MAX_PROBLEMS = 16;

    private final String next;
    private final String errorPage;
    private final List<String> problems;

    private FormFlow(String next, String errorPage, List<String> problems) {
        this.next = next;
        this.errorPage = errorPage;
        this.problems = problems;
    }

    /**
     * The flow of a request, or null when it is answered with JSON.
     *
     * @throws ApiException 400 when {@code errorPage} is not a safe local path: nothing to send
     *     the browser to, so the error is JSON, and the operation does not run.
     */
    static FormFlow of(Map<String, String> headers, byte[] body) {
        if (!isForm(header(headers, "content-type")) || acceptsJson(header(headers, "accept"))) {
            return null;
        }
        Map<String, String> form = lenientForm(body);
        String next = form.get(NEXT);
        String errorPage = form.get(ERROR_PAGE);
        if (next == null && errorPage == null) {
            return null;
        }
        if (errorPage != null && !isSafeLocalPath(errorPage)) {
            throw new ApiException(400, "bad_request", "errorPage must be a path on this site, such as /en/error.html.",
                    Map.of(ERROR_PAGE, "must be a path on this site"));
        }
        return new FormFlow(next != null && isSafeLocalPath(next) ? next : "/", errorPage, problems(form.get(PROBLEMS)));
    }

    /** The same flow, landing where {@code moved} says the page {@code next} names is now. */
    FormFlow landing(java.util.function.UnaryOperator<String> moved) {
        return new FormFlow(moved.apply(next), errorPage, problems);
    }

    /** The names a form lists, space-separated; anything that is not a plain name is dropped. */
    private static List<String> problems(String listed) {
        if (listed == null) {
            return List.of();
        }
        return Arrays.stream(listed.trim().split("[\\s,]+")).filter(n -> NAME.matcher(n).matches()).distinct()
                .limit(MAX_PROBLEMS).toList();
    }

    /** API Gateway lower-cases header names in payload 2.0; tests and other callers may not. */
    private static String header(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** A path on this origin: one leading slash, no scheme or host, nothing a browser reads as another site. */
    static boolean isSafeLocalPath(String path) {
        if (path == null || path.length() > 512 || !path.startsWith("/") || path.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || c <= 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    static boolean acceptsJson(String accept) {
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
    }

    /**
     * The success redirect, carrying the answer's {@code status} (e.g. enrolled) when it has one.
     * {@code next} may name top-level fields of the answer in braces, so that each outcome lands
     * on its own static page (e.g. {@code /en/signed-up/{result}.html}), or a field of an object
     * in it, dotted ({@code #taught-{cohort.language}}, a fragment the page's CSS can show); a value
     * that is not a short slug, or a field the answer lacks, sends the browser to {@code /} instead.
     */
    String success(Object body) {
        JsonNode json = body == null ? null : Json.MAPPER.valueToTree(body);
        String target = fill(next, json);
        JsonNode status = json == null ? null : json.get("status");
        return status != null && status.isTextual() ? withQuery(target, "status=" + encode(status.asText())) : target;
    }

    private static final java.util.regex.Pattern FIELD =
            java.util.regex.Pattern.compile("\\{([A-Za-z]{1,40}(?:\\.[A-Za-z]{1,40})?)}");
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9-]{1,40}");

    private static String fill(String path, JsonNode json) {
        java.util.regex.Matcher m = FIELD.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            JsonNode value = json == null ? null : json.at("/" + m.group(1).replace('.', '/'));
            if (value == null || !value.isValueNode() || !SLUG.matcher(value.asText()).matches()) {
                return "/";
            }
            m.appendReplacement(out, value.asText());
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The error redirect, or null when the form named no error page (the error is then JSON). */
    String failure(ApiException error) {
        if (errorPage == null) {
            return null;
        }
        String query = "code=" + encode(error.code());
        if (!error.fields().isEmpty()) {
            query += "&fields=" + encode(String.join(",", error.fields().keySet()));
        }
        return withQuery(errorPage, query) + problemSuffix(error);
    }

    /**
     * "--email--consent" for the fields (or the code) the form listed, in its order; "--other" when
     * it listed none of them; "" when the form lists nothing or names no fragment to extend.
     */
    private String problemSuffix(ApiException error) {
        if (problems.isEmpty() || errorPage.indexOf('#') < 0) {
            return "";
        }
        // One field refused for a reason the form has a line of its own for (week, "not-started":
        // "week_not_started"): that line.
        if (error.fields().size() == 1) {
            String field = error.fields().keySet().iterator().next();
            String line = field + "_" + error.params().getOrDefault(field, "").replace('-', '_');
            if (error.params().containsKey(field) && problems.contains(line)) {
                return "--" + line;
            }
        }
        // A refusal with a reason the form has a line of its own for (already_on_path, "move":
        // "already_on_path_move"): that line.
        String reason = error.params().get(REASON);
        if (error.fields().isEmpty() && reason != null && problems.contains(error.code() + "_" + reason)) {
            return "--" + error.code() + "_" + reason;
        }
        Collection<String> named = error.fields().isEmpty() ? List.of(error.code()) : error.fields().keySet();
        List<String> shown = problems.stream().filter(named::contains).toList();
        return "--" + String.join("--", shown.isEmpty() ? List.of(OTHER) : shown);
    }

    /** Adds to the query, before any fragment (an error page may point at its form: {@code #signup-error}). */
    private static String withQuery(String path, String query) {
        int hash = path.indexOf('#');
        String base = hash < 0 ? path : path.substring(0, hash);
        String fragment = hash < 0 ? "" : path.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + query + fragment;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Reads only what the redirect needs; the operation parses the form strictly itself. */
    private static Map<String, String> lenientForm(byte[] body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            try {
                form.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a badly encoded pair: the operation reports it
            }
        }
        return form;
    }
}
