package org.lcmhub.guides.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.lcmhub.domain.FrenchTypography;

/**
 * One guide as an author writes it: its metadata and Markdown body. {@code slug} and
 * {@code language} name it ({@code /<language>/guides/<slug>.html}); {@code translationOf} is the
 * translation key it shares with its other languages; {@code audience} who it is written for
 * ({@code lcm}, the default, or {@code learner}: only those are offered in 1:1 reports);
 * {@code paths} the course paths ({@code pathId}) a guide for learners is written for, none when
 * it serves any path (mentors see it first for the learners of those paths).
 */
public record Guide(String language, String slug, String title, String summary, List<String> roles,
                    List<String> tags, String author, String translationOf, String body, String audience,
                    List<String> paths) {
    public static final String LCM = "lcm";
    public static final String LEARNER = "learner";
    /** Who a guide may be written for. */
    public static final List<String> AUDIENCES = List.of(LCM, LEARNER);

    public Guide {
        // A null in a list (a JSON value that is not a string) stays for the rules to refuse.
        roles = roles == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(roles));
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
        audience = audience == null || audience.isBlank() ? LCM : audience.strip();
        // Each path once.
        paths = paths == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(new LinkedHashSet<>(paths)));
    }

    /** A guide for LCMs, on no particular path. */
    public Guide(String language, String slug, String title, String summary, List<String> roles,
                 List<String> tags, String author, String translationOf, String body) {
        this(language, slug, title, summary, roles, tags, author, translationOf, body, LCM, List.of());
    }

    /**
     * The guide as it is kept: a French guide's title, summary and body with French typography
     * (no-break spaces before : ; ! ? and inside « », ’), whatever keyboard typed them, so that the
     * API, the preview and the published page show the same text. Other languages are unchanged.
     */
    public Guide typeset() {
        if (!"fr".equals(language)) {
            return this;
        }
        return new Guide(language, slug, FrenchTypography.apply(title), FrenchTypography.apply(summary), roles, tags,
                author, translationOf, FrenchTypography.apply(body), audience, paths);
    }

    /** Each guide of a set {@link #typeset}. */
    public static List<Guide> typeset(List<Guide> guides) {
        return guides == null ? null : guides.stream().map(g -> g == null ? null : g.typeset()).toList();
    }

    /** The guide's identity across change sets and versions. */
    public String key() {
        return language + "/" + slug;
    }
}
