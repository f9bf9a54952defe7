package org.lcmhub.hub.publish;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.lcmhub.guides.model.Guide;

/**
 * A guide of the hub as the Markdown file the site is baked from ({@code content/README.md}):
 * the same header fields as a guide written by hand, then {@code ~~~~~~}, then the body. The
 * preview, the publish and {@code ./hub export-guides} all write it here, so what is previewed,
 * served and exported is one text.
 */
public final class GuideFiles {
    /** The header fields in the order written, so that a header line tells its field. */
    public static final List<String> FIELDS = List.of("title", "type", "status", "language", "translationKey",
            "summary", "author", "date", "tags", "roles", "audience", "paths");

    private GuideFiles() {
    }

    /** Its path under content/. */
    public static String path(Guide g) {
        return g.language() + "/guides/" + g.slug() + ".md";
    }

    public static String markdown(Guide g, boolean published, java.time.Instant date) {
        List<String> lines = new ArrayList<>();
        lines.add("title=" + g.title());
        lines.add("type=guide");
        lines.add("status=" + (published ? "published" : "draft"));
        lines.add("language=" + g.language());
        // A guide and its translation share one key: the original's slug.
        lines.add("translationKey=" + (g.translationOf() != null ? g.translationOf() : g.slug()));
        lines.add("summary=" + g.summary());
        lines.add("author=" + g.author());
        lines.add("date=" + LocalDate.ofInstant(date, ZoneOffset.UTC));
        lines.add("tags=" + String.join(",", g.tags()));
        lines.add("roles=" + String.join(",", g.roles()));
        lines.add("audience=" + g.audience());
        if (!g.paths().isEmpty()) {
            // Only when it names some: the site refuses paths on a guide that is not for learners.
            lines.add("paths=" + String.join(",", g.paths()));
        }
        lines.add("~~~~~~");
        lines.add("");
        return String.join("\n", lines) + "\n" + g.body().replace("\r\n", "\n") + (g.body().endsWith("\n") ? "" : "\n");
    }

    /** The fields of its header, line by line. */
    public static List<String> fields(Guide g) {
        return g.paths().isEmpty() ? FIELDS.subList(0, FIELDS.size() - 1) : FIELDS;
    }

    /** The header's line count (its fields, the separator, a blank line): body line n is file line {@code n + headerLines(g)}. */
    public static int headerLines(Guide g) {
        return fields(g).size() + 2;
    }
}
