package org.lcmhub.guides.model;

import java.util.List;

/**
 * One guide as an author writes it: its metadata and Markdown body. {@code slug} and
 * {@code language} name it ({@code /<language>/guides/<slug>.html}); {@code translationOf} is the
 * translation key it shares with its other languages.
 */
public record Guide(String language, String slug, String title, String summary, List<String> roles,
                    List<String> tags, String author, String translationOf, String body) {
    public Guide {
        roles = roles == null ? List.of() : List.copyOf(roles);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The guide's identity across change sets and versions. */
    public String key() {
        return language + "/" + slug;
    }
}
