package org.lcmhub.guides;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.Problem;

/**
 * What a guide must be before it is stored. The site's own content validation (links, roles and
 * tags of the taxonomy) runs on top of this where the site's pipeline is (the preview); these
 * rules need nothing but the guide, so every function can apply them.
 *
 * <p>Raw HTML and {@code javascript:} links are refused: a guide is Markdown only, so what an
 * author writes can never carry script into the site (whose CSP forbids inline script anyway).
 */
public final class GuideRules {
    public static final int MAX_GUIDES = 4;
    public static final int MAX_TITLE = 120;
    public static final int MAX_SUMMARY = 300;
    public static final int MAX_AUTHOR = 100;
    public static final int MAX_BODY = 100_000;
    public static final int MAX_LIST = 10;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>|<!--");
    private static final Pattern SCRIPT_LINK = Pattern.compile("(?i)\\]\\(\\s*<?\\s*(javascript|data|vbscript):");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

    private GuideRules() {
    }

    /**
     * Every problem of every guide of a set, in order, without the list of course paths: where the
     * site's own validation runs on top (the preview), it names a path the site does not have.
     */
    public static List<Problem> check(List<Guide> guides) {
        return check(guides, null);
    }

    /**
     * Every problem of every guide of a set, in order; an empty list when all is well.
     * {@code courses}: the {@code pathId}s of the site's course paths, the only ones a guide may
     * name (the bake refuses any other).
     */
    public static List<Problem> check(List<Guide> guides, Set<String> courses) {
        return check(guides, courses, true);
    }

    /**
     * The problems of a draft: what it holds must be valid, but only what names a guide (its
     * language, title and address) must be there, so that a guide half-written can be kept.
     * Everything else is asked for when the set is sent for review ({@link #check}).
     */
    public static List<Problem> checkDraft(List<Guide> guides, Set<String> courses) {
        return check(guides, courses, false);
    }

    private static List<Problem> check(List<Guide> guides, Set<String> courses, boolean complete) {
        List<Problem> problems = new ArrayList<>();
        if (guides == null || guides.isEmpty()) {
            problems.add(new Problem(0, "guides", 0, "guide.set.empty", Map.of(), "A change set holds at least one guide."));
            return problems;
        }
        if (guides.size() > MAX_GUIDES) {
            problems.add(new Problem(0, "guides", 0, "guide.set.tooMany", Map.of("max", MAX_GUIDES),
                    "A change set holds at most " + MAX_GUIDES + " guides."));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < guides.size(); i++) {
            Guide g = guides.get(i);
            checkOne(i, g, complete, problems);
            paths(i, g, courses, problems);
            if (g.language() != null && g.slug() != null && !keys.add(g.key())) {
                problems.add(new Problem(i, "slug", 0, "guide.slug.twice", Map.of(),
                        "Another guide of this set has the same language and address."));
            }
        }
        return problems;
    }

    private static void checkOne(int i, Guide g, boolean complete, List<Problem> out) {
        if (g.language() == null || !List.of("en", "fr").contains(g.language())) {
            out.add(new Problem(i, "language", 0, "guide.language.invalid", Map.of(), "The language must be en or fr."));
        }
        slug(i, "slug", g.slug(), true, out);
        text(i, "title", g.title(), MAX_TITLE, true, out);
        text(i, "summary", g.summary(), MAX_SUMMARY, complete, out);
        text(i, "author", g.author(), MAX_AUTHOR, complete, out);
        if (g.author() != null && EMAIL.matcher(g.author()).find()) {
            // The byline is printed on a public page, where an address would be harvested.
            out.add(new Problem(i, "author", 0, "guide.author.email", Map.of(),
                    "Write a name here, not an email address: every reader of the guide sees it."));
        }
        slug(i, "translationOf", g.translationOf(), false, out);
        // Roles describe LCM work: a guide for learners may name none (the site's rules agree).
        list(i, "roles", g.roles(), complete && !Guide.LEARNER.equals(g.audience()), out);
        list(i, "tags", g.tags(), complete, out);
        if (!Guide.AUDIENCES.contains(g.audience())) {
            out.add(new Problem(i, "audience", 0, "guide.audience.invalid", Map.of(), "Write lcm or learner."));
        }
        body(i, g.body(), complete, out);
    }

    /** A guide names course paths only when written for learners, and only paths the site has. */
    private static void paths(int i, Guide g, Set<String> courses, List<Problem> out) {
        int before = out.size();
        list(i, "paths", g.paths(), false, out);
        if (out.size() > before || g.paths().isEmpty()) {
            return;
        }
        if (!Guide.LEARNER.equals(g.audience())) {
            out.add(new Problem(i, "paths", 0, "guide.paths.learnersOnly", Map.of(),
                    "Only a guide written for learners names course paths."));
            return;
        }
        g.paths().stream().filter(p -> courses != null && !courses.contains(p)).findFirst().ifPresent(p ->
                out.add(new Problem(i, "paths", 0, "guide.paths.unknown", Map.of("path", p),
                        "No course path of the site has the id " + p + ".")));
    }

    private static void text(int i, String field, String value, int max, boolean required, List<Problem> out) {
        if (value == null || value.isBlank()) {
            if (required) {
                out.add(new Problem(i, field, 0, "guide.field.required", Map.of(), "This field is required."));
            }
        } else if (value.length() > max) {
            out.add(new Problem(i, field, 0, "guide.field.tooLong", Map.of("max", max),
                    "At most " + max + " characters."));
        } else if (value.chars().anyMatch(c -> c < 0x20)) {
            // One line only: a line break would start a new front matter field in the exported file.
            out.add(new Problem(i, field, 0, "guide.field.oneLine", Map.of(), "Write this on one line."));
        }
    }

    private static void slug(int i, String field, String value, boolean required, List<Problem> out) {
        if (value == null || value.isBlank()) {
            if (required) {
                out.add(new Problem(i, field, 0, "guide.field.required", Map.of(), "This field is required."));
            }
        } else if (value.length() > 80 || !SLUG.matcher(value).matches()) {
            out.add(new Problem(i, field, 0, "guide.field.slug", Map.of(),
                    "Lower-case letters, digits and single hyphens only (at most 80)."));
        }
    }

    private static void list(int i, String field, List<String> values, boolean required, List<Problem> out) {
        if (required && values.isEmpty()) {
            out.add(new Problem(i, field, 0, "guide.field.choose", Map.of(), "Choose at least one."));
        } else if (values.size() > MAX_LIST) {
            out.add(new Problem(i, field, 0, "guide.field.tooMany", Map.of("max", MAX_LIST),
                    "At most " + MAX_LIST + "."));
        } else if (values.stream().anyMatch(v -> v == null || !SLUG.matcher(v).matches())) {
            out.add(new Problem(i, field, 0, "guide.field.slug", Map.of(),
                    "Lower-case letters, digits and single hyphens only (at most 80)."));
        }
    }

    private static void body(int i, String body, boolean required, List<Problem> out) {
        if (body == null || body.isBlank()) {
            if (required) {
                out.add(new Problem(i, "body", 0, "guide.field.required", Map.of(), "This field is required."));
            }
            return;
        }
        if (body.length() > MAX_BODY) {
            out.add(new Problem(i, "body", 0, "guide.field.tooLong", Map.of("max", MAX_BODY),
                    "At most " + MAX_BODY + " characters."));
            return;
        }
        String[] lines = body.split("\n", -1);
        boolean fenced = false;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || line.startsWith("    ") || line.startsWith("\t")) {
                continue; // code shows HTML as text
            }
            String prose = CODE_SPAN.matcher(line).replaceAll("");
            Matcher tag = HTML_TAG.matcher(prose);
            if (tag.find()) {
                out.add(new Problem(i, "body", n + 1, "guide.body.html", Map.of("tag", tag.group().strip()),
                        "Raw HTML is not allowed in a guide: write Markdown, or put the code in backticks."));
            } else if (SCRIPT_LINK.matcher(prose).find()) {
                out.add(new Problem(i, "body", n + 1, "guide.body.scriptLink", Map.of(),
                        "Links may not run script: use an http(s) link or a page of the site."));
            }
        }
    }
}
