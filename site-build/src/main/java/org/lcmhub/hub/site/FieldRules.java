package org.lcmhub.hub.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules one document's header follows on its own: the fields its type requires, values from
 * their lists (tags and roles from site/taxonomy.properties), whole numbers, dates, slugs, and
 * the folder its type belongs in.
 */
final class FieldRules {
    private static final List<String> STATUSES = List.of("published", "draft");
    private static final List<String> LEVELS = List.of("beginner", "intermediate", "advanced");
    /** Who a guide is written for; without the field, LCMs (the guides the site began with). */
    static final List<String> AUDIENCES = List.of("lcm", "learner");
    private static final List<String> COMMON_FIELDS = List.of("type", "status", "title", "language", "summary");
    private static final Map<String, List<String>> TYPE_FIELDS = Map.of(
            "path", List.of("pathId", "level", "weeks", "effort", "skills", "prerequisites", "steps", "date"),
            "guide", List.of("author", "date", "tags", "roles"),
            "home", List.of(),
            "page", List.of());
    /** Fields that must be present but may be empty. */
    private static final Set<String> MAY_BE_EMPTY = Set.of("prerequisites");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern POSITIVE_INT = Pattern.compile("[1-9][0-9]{0,3}");
    private static final Pattern STEP = Pattern.compile("([1-9][0-9]*)(?:-([1-9][0-9]*))?:(.*)");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<String> types;
    private final Taxonomy taxonomy;
    private final ContentProblems problems;

    FieldRules(List<String> types, Taxonomy taxonomy, ContentProblems problems) {
        this.types = types;
        this.taxonomy = taxonomy;
        this.problems = problems;
    }

    void check(ContentDoc doc) {
        String type = doc.get("type");
        for (String field : COMMON_FIELDS) {
            required(doc, field);
        }
        oneOf(doc, "type", types);
        oneOf(doc, "status", STATUSES);
        if (oneOf(doc, "language", ContentReader.LANGUAGES) && !doc.get("language").equals(doc.folderLanguage())) {
            problems.error(doc, "language", "language is '" + doc.get("language") + "' but the file is in content/"
                    + doc.folderLanguage() + "/", SiteCheck.LANGUAGE_FOLDER);
        }
        String slug = doc.file().getFileName().toString().replaceFirst("\\.md$", "");
        if (!SLUG.matcher(slug).matches()) {
            problems.error(doc.relative(), 1, "file name '" + slug + "' is not a slug: use lowercase letters, digits and hyphens", SiteCheck.FILE_NAME);
        }
        if (doc.get(StoredDocument.TRANSLATIONS) != null) {
            problems.error(doc, StoredDocument.TRANSLATIONS, "field '" + StoredDocument.TRANSLATIONS
                    + "' is set by the bake: link translations with translationKey", SiteCheck.SET_BY_BAKE);
        }
        String key = doc.get("translationKey");
        if (key != null && !SLUG.matcher(key).matches()) {
            problems.error(doc, "translationKey", "translationKey '" + key + "' is not a slug: use lowercase letters, digits and hyphens", SiteCheck.KEY_NOT_SLUG);
        }
        if (type == null || !ContentReader.TYPES.contains(type)) {
            return; // an unknown type is reported above; a type the site adds has no more rules
        }
        checkFolder(doc, type);
        for (String field : TYPE_FIELDS.get(type)) {
            if (!optional(doc, field)) {
                required(doc, field);
            }
        }
        if (doc.get("date") != null && !doc.get("date").isEmpty()) {
            date(doc, "date");
        }
        switch (type) {
            case "path" -> checkPath(doc);
            case "guide" -> {
                listIn(doc, "tags", Set.copyOf(taxonomy.tags()), "tag");
                listIn(doc, "roles", Set.copyOf(taxonomy.roles()), "role");
                oneOf(doc, "audience", AUDIENCES);
                if (doc.get("paths") != null && !"learner".equals(doc.get("audience"))) {
                    problems.error(doc, "paths", "paths names the course paths of a guide for learners: set audience=learner too", SiteCheck.PATHS_FOR_LEARNERS);
                }
            }
            default -> { }
        }
    }

    /**
     * A guide for learners may name no LCM role: roles describe LCM work, and mean nothing to a
     * learner. Those it names are still checked against the list.
     */
    private static boolean optional(ContentDoc doc, String field) {
        return "roles".equals(field) && "guide".equals(doc.get("type")) && "learner".equals(doc.get("audience"));
    }

    private void checkFolder(ContentDoc doc, String type) {
        String uri = doc.uri();
        String lang = doc.folderLanguage();
        boolean ok = switch (type) {
            case "path" -> uri.startsWith(lang + "/paths/") && uri.indexOf('/', lang.length() + 7) < 0;
            case "guide" -> uri.startsWith(lang + "/guides/") && uri.indexOf('/', lang.length() + 8) < 0;
            case "home" -> uri.equals(lang + "/index.html");
            default -> !uri.startsWith(lang + "/paths/") && !uri.startsWith(lang + "/guides/")
                    && !uri.equals(lang + "/index.html");
        };
        if (!ok) {
            String where = switch (type) {
                case "path" -> "content/" + lang + "/paths/<slug>.md";
                case "guide" -> "content/" + lang + "/guides/<slug>.md";
                case "home" -> "content/" + lang + "/index.md";
                default -> "content/" + lang + "/<slug>.md, outside paths/ and guides/";
            };
            problems.error(doc, "type", "a document of type " + type + " belongs in " + where, SiteCheck.WRONG_FOLDER);
        }
    }

    private void checkPath(ContentDoc doc) {
        oneOf(doc, "level", LEVELS);
        int weeks = positiveInt(doc, "weeks");
        positiveInt(doc, "effort");
        String pathId = doc.get("pathId");
        if (pathId != null && !pathId.isEmpty()) {
            if (!SLUG.matcher(pathId).matches()) {
                problems.error(doc, "pathId", "pathId '" + pathId + "' is not a slug: use lowercase letters, digits and hyphens", SiteCheck.PATH_ID);
            } else if (doc.get("translationKey") != null && !pathId.equals(doc.get("translationKey"))) {
                problems.error(doc, "pathId", "pathId '" + pathId + "' must equal translationKey '" + doc.get("translationKey") + "'", SiteCheck.PATH_ID);
            }
        }
        String steps = doc.get("steps");
        if (steps == null || steps.isEmpty()) {
            return;
        }
        int previous = 0;
        for (String step : steps.split(";")) {
            Matcher m = STEP.matcher(step.strip());
            if (!m.matches() || m.group(3).isBlank()) {
                problems.error(doc, "steps", "step '" + step.strip() + "' is not week:title (e.g. 1:Set up Python or 3-4:Loops and lists)", SiteCheck.STEPS);
                continue;
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from || from < previous) {
                problems.error(doc, "steps", "step '" + step.strip() + "' is out of order: weeks must go up", SiteCheck.STEPS);
            } else if (weeks > 0 && to > weeks) {
                problems.error(doc, "steps", "step '" + step.strip() + "' ends after week " + weeks + " (weeks=" + weeks + ")", SiteCheck.STEPS);
            }
            previous = Math.max(previous, to);
        }
    }

    private void listIn(ContentDoc doc, String field, Set<String> allowed, String what) {
        String value = doc.get(field);
        if (value == null || value.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String item : value.split(",")) {
            String entry = item.strip();
            if (entry.isEmpty()) {
                problems.error(doc, field, field + " has an empty entry", SiteCheck.EMPTY_ENTRY);
            } else if (!allowed.contains(entry)) {
                problems.error(doc, field, "unknown " + what + " '" + entry + "': not in site/taxonomy.properties", SiteCheck.UNKNOWN_ENTRY);
            } else if (!seen.add(entry)) {
                problems.error(doc, field, what + " '" + entry + "' is listed twice", SiteCheck.LISTED_TWICE);
            }
        }
    }

    private void required(ContentDoc doc, String field) {
        String value = doc.get(field);
        if (value == null) {
            String type = doc.get("type");
            problems.error(doc.relative(), 1, "missing field '" + field + "'" + (type == null
                    || !ContentReader.TYPES.contains(type) || COMMON_FIELDS.contains(field) ? "" : " (required for type " + type + ")"), SiteCheck.MISSING_FIELD);
        } else if (value.isEmpty() && !MAY_BE_EMPTY.contains(field)) {
            problems.error(doc, field, "field '" + field + "' is empty", SiteCheck.EMPTY_FIELD);
        }
    }

    private boolean oneOf(ContentDoc doc, String field, List<String> allowed) {
        String value = doc.get(field);
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (!allowed.contains(value)) {
            problems.error(doc, field, field + " '" + value + "' is not one of " + String.join(", ", allowed), SiteCheck.NOT_IN_LIST);
            return false;
        }
        return true;
    }

    private int positiveInt(ContentDoc doc, String field) {
        String value = doc.get(field);
        if (value == null || value.isEmpty()) {
            return 0;
        }
        if (!POSITIVE_INT.matcher(value).matches()) {
            problems.error(doc, field, field + " '" + value + "' is not a whole number of at least 1", SiteCheck.WHOLE_NUMBER);
            return 0;
        }
        return Integer.parseInt(value);
    }

    private void date(ContentDoc doc, String field) {
        try {
            LocalDate.parse(doc.get(field), DATE);
        } catch (DateTimeParseException e) {
            problems.error(doc, field, field + " '" + doc.get(field) + "' is not a date in the form yyyy-MM-dd", SiteCheck.DATE);
        }
    }
}
