package org.lcmhub.guides.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

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

    /** The guide's identity across change sets and versions. */
    public String key() {
        return language + "/" + slug;
    }
}
