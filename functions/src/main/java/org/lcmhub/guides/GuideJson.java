package org.lcmhub.guides;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.Problem;
import org.lcmhub.http.ApiException;

/**
 * Guides as the API reads and answers them, shared by the guides function and the preview function
 * (its own artifact, template.yaml: GuidePreviewFunction), so both read a set the same way.
 */
public final class GuideJson {
    private GuideJson() {
    }

    public static List<Guide> guides(JsonNode body) {
        JsonNode list = body.get("guides");
        if (list == null || !list.isArray()) {
            throw ApiException.validation(Map.of("guides", "must be a list of guides"));
        }
        List<Guide> guides = new ArrayList<>();
        for (JsonNode g : list) {
            if (!g.isObject()) {
                throw ApiException.validation(Map.of("guides", "must be a list of guides"));
            }
            guides.add(new Guide(g.path("language").asText(null), g.path("slug").asText(null),
                    g.path("title").asText(null), g.path("summary").asText(null), strings(g.get("roles")),
                    strings(g.get("tags")), g.path("author").asText(null), blankToNull(g.path("translationOf").asText(null)),
                    g.path("body").asText(null), g.path("audience").asText(null), strings(g.get("paths"))));
        }
        return guides;
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
}
