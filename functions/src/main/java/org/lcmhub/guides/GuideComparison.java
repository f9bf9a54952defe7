package org.lcmhub.guides;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.lcmhub.guides.model.Guide;

/**
 * Two versions of a guide compared field by field, as a reader sees them: its title, summary,
 * author, audience, course paths, roles, topics and text. Only the fields that differ are kept,
 * each with its lines marked ({@link LineDiff}); a list field is compared one value a line, by its
 * codes, for the page to word. No field at all: the versions are the same.
 */
public final class GuideComparison {
    /** A field that differs: {@code field} its name as the API names it, {@code lines} the comparison. */
    public record Change(String field, List<LineDiff.Line> lines) {
    }

    /** The fields compared, in the editor's order; the language and address name the guide, so never differ. */
    private static final Map<String, Function<Guide, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("title", Guide::title);
        FIELDS.put("summary", Guide::summary);
        FIELDS.put("author", Guide::author);
        FIELDS.put("audience", Guide::audience);
        FIELDS.put("paths", g -> String.join("\n", g.paths()));
        FIELDS.put("roles", g -> String.join("\n", g.roles()));
        FIELDS.put("tags", g -> String.join("\n", g.tags()));
        FIELDS.put("body", Guide::body);
    }

    private GuideComparison() {
    }

    public static List<Change> of(Guide from, Guide to) {
        List<Change> changes = new ArrayList<>();
        FIELDS.forEach((name, value) -> {
            String a = Objects.requireNonNullElse(value.apply(from), "");
            String b = Objects.requireNonNullElse(value.apply(to), "");
            if (!a.equals(b)) {
                changes.add(new Change(name, a.isEmpty() ? every("added", b)
                        : b.isEmpty() ? every("removed", a) : LineDiff.of(a, b)));
            }
        });
        return changes;
    }

    /** A field that was empty, or is now: its lines, all added or all removed (no empty line on the other side). */
    private static List<LineDiff.Line> every(String kind, String text) {
        return List.of(text.split("\n", -1)).stream().map(l -> new LineDiff.Line(kind, l)).toList();
    }
}
