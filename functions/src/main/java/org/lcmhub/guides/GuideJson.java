package org.lcmhub.guides;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.Problem;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiResponse;

/**
 * Guides as the API reads and answers them, shared by the guides function and the preview function
 * (its own artifact, template.yaml: GuidePreviewFunction), so both read a set the same way.
 */
public final class GuideJson {
    /** The fields written as one text each, in the order the editor shows them. */
    private static final List<String> TEXTS = List.of("language", "title", "slug", "summary", "author", "audience",
            "translationOf", "body");
    /** The fields written as a list of choices. */
    private static final List<String> LISTS = List.of("paths", "roles", "tags");

    private GuideJson() {
    }

    /**
     * The guides of a set; {@link GuideProblems} naming each field whose value is of the wrong kind
     * (a number, an object, a list where text is meant, or anything but text inside a list), so
     * that no value a client sends turns into a failure of the server.
     */
    public static List<Guide> guides(JsonNode body) {
        JsonNode list = body.get("guides");
        if (list == null || !list.isArray()) {
            throw ApiException.validation(Map.of("guides", "must be a list of guides"));
        }
        List<Guide> guides = new ArrayList<>();
        List<Problem> wrong = new ArrayList<>();
        for (JsonNode g : list) {
            if (!g.isObject()) {
                throw ApiException.validation(Map.of("guides", "must be a list of guides"));
            }
            wrong.addAll(wrongKinds(guides.size(), g));
            guides.add(new Guide(text(g, "language"), text(g, "slug"), text(g, "title"), text(g, "summary"),
                    strings(g.get("roles")), strings(g.get("tags")), text(g, "author"), blankToNull(text(g, "translationOf")),
                    text(g, "body"), text(g, "audience"), strings(g.get("paths"))));
        }
        if (!wrong.isEmpty()) {
            throw new GuideProblems(wrong);
        }
        return guides;
    }

    /**
     * {@code fromSite}: the keys ("language/slug") of the guides the editor opened from the site's
     * pages; none when absent. Anything but a list of text is refused.
     */
    public static Set<String> fromSite(JsonNode body) {
        JsonNode v = body.get("fromSite");
        if (v == null || v.isNull()) {
            return Set.of();
        }
        if (!v.isArray() || !isList(v)) {
            throw ApiException.validation(Map.of("fromSite", "must be a list of guide keys (language/slug)"));
        }
        Set<String> keys = new HashSet<>();
        v.forEach(k -> keys.add(k.asText()));
        return keys;
    }

    /** Each field of guide {@code i} whose value is of the wrong kind for it, with its code. */
    public static List<Problem> wrongKinds(int i, JsonNode g) {
        List<Problem> wrong = new ArrayList<>();
        TEXTS.stream().filter(name -> !isText(g.get(name))).forEach(name -> wrong.add(new Problem(i, name, 0,
                "guide.field.text", Map.of(), "Write this as text.")));
        LISTS.stream().filter(name -> !isList(g.get(name))).forEach(name -> wrong.add(new Problem(i, name, 0,
                "guide.field.list", Map.of(), "Give a list of choices, each as text.")));
        return wrong;
    }

    /** A field's text; null when it is absent, null or not text (which {@link #guides} refuses first). */
    public static String text(JsonNode object, String name) {
        JsonNode v = object.get(name);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private static boolean isText(JsonNode v) {
        return v == null || v.isNull() || v.isTextual();
    }

    private static boolean isList(JsonNode v) {
        if (v == null || v.isNull() || v.isTextual()) {
            return true;
        }
        if (!v.isArray()) {
            return false;
        }
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A JSON list of strings, or one comma-separated string (a form). */
    public static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isTextual()) {
            for (String part : node.asText().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
            return values;
        }
        if (node.isArray()) {
            node.forEach(v -> values.add(v.isTextual() ? v.asText().strip() : null));
        } else {
            values.add(null);
        }
        return values;
    }

    public static Map<String, Object> problem(Problem p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("guide", p.guide());
        view.put("field", p.field());
        view.put("line", p.line());
        view.put("code", p.code());
        view.put("params", p.params());
        view.put("message", p.message());
        return view;
    }

    /** A 400 naming every problem: each field's first message, and every problem with its code. */
    public static ApiResponse refused(List<Problem> problems) {
        Map<String, String> fields = new LinkedHashMap<>();
        problems.forEach(p -> fields.putIfAbsent(p.field(), p.message()));
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", "validation_failed");
        error.put("message", "Some fields are missing or invalid.");
        error.put("fields", fields);
        error.put("problems", problems.stream().map(GuideJson::problem).toList());
        return ApiResponse.of(400, Map.of("error", error));
    }
}
