package org.lcmhub.hub.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks {@code content/} before a bake, so that a mistake in a Markdown file fails the build
 * with {@code file:line: message} instead of a page that silently vanishes (JBake skips a file
 * with a bad header) or shows a broken link. All problems are reported at once.
 *
 * <p>Errors: a missing or malformed header; missing required fields of the document's type;
 * values outside their lists (type, status, language, level, tags and roles from
 * {@code site/taxonomy.properties}); non-integer weeks/effort; dates that are not
 * {@code yyyy-MM-dd}; a language other than the folder's; a file in the wrong folder for its
 * type or with a name that is not a slug; two files baked to the same page; two paths with the
 * same {@code pathId} in a language; a {@code translationKey} used twice in a language or by
 * documents of different types; links to site pages ({@code /en/...}) or images that the bake
 * will not produce. Warning: a published page without its translation.
 */
public final class ContentValidator {

    /** One problem, reported as {@code file:line: message} with the file relative to the root. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    /** What the validation found: errors fail the bake, warnings are printed. */
    public record Result(List<Problem> errors, List<Problem> warnings) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Thrown by {@link SiteBaker} when content has errors; the message lists them all. */
    public static final class InvalidContent extends RuntimeException {
        private final transient Result result;

        InvalidContent(Result result) {
            super("The content has " + result.errors().size() + " error(s):\n"
                    + String.join("\n", result.errors().stream().map(Problem::toString).toList()));
            this.result = result;
        }

        public Result result() {
            return result;
        }
    }

    static final String SEPARATOR = "~~~~~~";
    private static final List<String> LANGUAGES = List.of("en", "fr");
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "fr", "French");
    private static final List<String> TYPES = List.of("path", "guide", "home", "page");
    private static final List<String> STATUSES = List.of("published", "draft");
    private static final List<String> LEVELS = List.of("beginner", "intermediate", "advanced");
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
    /** Markdown links and images: [text](target "title") and ![alt](src). */
    private static final Pattern INLINE_LINK = Pattern.compile("(!?)\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+[\"'(][^)]*)?\\)");
    /** Reference definitions: [id]: target */
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i).*\\.(png|jpe?g|gif|svg|webp|avif)$");

    /** JBake's own templates, which site/jbake.properties may name but which are no document types. */
    private static final Set<String> NOT_DOCUMENT_TYPES = Set.of("masterindex", "error404", "sitemap", "archive",
            "tag", "tagsindex");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("template\\.([a-z0-9_-]+)\\.file");

    private final Path root;
    private final Path content;
    private final Properties jbake;
    /** The shared types, then those the site adds in jbake.properties (e.g. feed), which need the common fields only. */
    private final List<String> types;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private ContentValidator(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.content = this.root.resolve("content");
        this.jbake = jbakeProperties();
        List<String> all = new ArrayList<>(TYPES);
        jbake.stringPropertyNames().stream().sorted().map(TEMPLATE_KEY::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).filter(t -> !all.contains(t) && !NOT_DOCUMENT_TYPES.contains(t)).forEach(all::add);
        this.types = List.copyOf(all);
    }

    /** Validates {@code root/content} against {@code root/site} (taxonomy, assets, JBake configuration). */
    public static Result validate(Path root) {
        ContentValidator validator = new ContentValidator(root);
        validator.run();
        Comparator<Problem> order = Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparing(Problem::message);
        validator.errors.sort(order);
        validator.warnings.sort(order);
        return new Result(List.copyOf(validator.errors), List.copyOf(validator.warnings));
    }

    /** A content file and its header: fields with their line numbers. */
    private record Doc(Path file, String relative, List<String> lines, Map<String, String> fields,
                       Map<String, Integer> fieldLines, int bodyStart, String uri) {
        String get(String key) {
            return fields.get(key);
        }

        int line(String key) {
            return fieldLines.getOrDefault(key, 1);
        }

        String folderLanguage() {
            return uri.substring(0, uri.indexOf('/'));
        }

        boolean published() {
            return "published".equals(get("status"));
        }
    }

    private void run() {
        Taxonomy taxonomy = Taxonomy.read(root.resolve("site/taxonomy.properties"));
        if (taxonomy == null) {
            error("site/taxonomy.properties", 1, "missing: the list of roles and tags guides may use");
            taxonomy = new Taxonomy(Set.of(), Set.of());
        }
        List<Doc> docs = new ArrayList<>();
        for (Path file : contentFiles()) {
            Doc doc = read(file);
            if (doc != null) {
                docs.add(doc);
                checkFields(doc, taxonomy);
            }
        }
        checkDuplicates(docs);
        checkTranslations(docs);
        checkLinks(docs, producedPages(docs));
    }

    // --- reading ----------------------------------------------------------------------------

    private List<Path> contentFiles() {
        if (!Files.isDirectory(content)) {
            error("content", 1, "missing: the folder of Markdown documents");
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !f.equals(content.resolve("README.md")))
                    .filter(f -> !isHidden(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isHidden(Path file) {
        for (Path part : content.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private Doc read(Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String underContent = content.relativize(file).toString().replace('\\', '/');
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            error(relative, 1, "not UTF-8 text");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!underContent.contains("/") || !LANGUAGES.contains(underContent.substring(0, underContent.indexOf('/')))) {
            error(relative, 1, "not in a language folder: put it under content/en/ or content/fr/");
            return null;
        }
        int separator = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(SEPARATOR)) {
                separator = i;
                break;
            }
        }
        if (separator < 0) {
            error(relative, 1, "no header: start the file with key=value lines and end them with a line " + SEPARATOR);
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i).replace("\uFEFF", "");
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                error(relative, i + 1, "header line is not key=value: '" + line.strip() + "'");
                continue;
            }
            String key = line.substring(0, eq).strip();
            if (fields.containsKey(key)) {
                error(relative, i + 1, "duplicate field '" + key + "' (first on line " + fieldLines.get(key) + ")");
                continue;
            }
            fields.put(key, line.substring(eq + 1).strip());
            fieldLines.put(key, i + 1);
        }
        String uri = underContent.substring(0, underContent.length() - ".md".length()) + ".html";
        return new Doc(file, relative, lines, fields, fieldLines, separator + 1, uri);
    }

    // --- front matter -----------------------------------------------------------------------

    private void checkFields(Doc doc, Taxonomy taxonomy) {
        String type = doc.get("type");
        for (String field : COMMON_FIELDS) {
            required(doc, field);
        }
        oneOf(doc, "type", types);
        oneOf(doc, "status", STATUSES);
        if (oneOf(doc, "language", LANGUAGES) && !doc.get("language").equals(doc.folderLanguage())) {
            error(doc, "language", "language is '" + doc.get("language") + "' but the file is in content/"
                    + doc.folderLanguage() + "/");
        }
        String slug = doc.file().getFileName().toString().replaceFirst("\\.md$", "");
        if (!SLUG.matcher(slug).matches()) {
            error(doc.relative(), 1, "file name '" + slug + "' is not a slug: use lowercase letters, digits and hyphens");
        }
        if (doc.get(StoredDocument.TRANSLATIONS) != null) {
            error(doc, StoredDocument.TRANSLATIONS, "field '" + StoredDocument.TRANSLATIONS
                    + "' is set by the bake: link translations with translationKey");
        }
        String key = doc.get("translationKey");
        if (key != null && !SLUG.matcher(key).matches()) {
            error(doc, "translationKey", "translationKey '" + key + "' is not a slug: use lowercase letters, digits and hyphens");
        }
        if (type == null || !TYPES.contains(type)) {
            return; // an unknown type is reported above; a type the site adds has no more rules
        }
        checkFolder(doc, type);
        for (String field : TYPE_FIELDS.get(type)) {
            required(doc, field);
        }
        if (doc.get("date") != null && !doc.get("date").isEmpty()) {
            date(doc, "date");
        }
        switch (type) {
            case "path" -> checkPath(doc);
            case "guide" -> checkGuide(doc, taxonomy);
            default -> { }
        }
    }

    private void checkFolder(Doc doc, String type) {
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
            error(doc, "type", "a document of type " + type + " belongs in " + where);
        }
    }

    private void checkPath(Doc doc) {
        oneOf(doc, "level", LEVELS);
        int weeks = positiveInt(doc, "weeks");
        positiveInt(doc, "effort");
        String pathId = doc.get("pathId");
        if (pathId != null && !pathId.isEmpty()) {
            if (!SLUG.matcher(pathId).matches()) {
                error(doc, "pathId", "pathId '" + pathId + "' is not a slug: use lowercase letters, digits and hyphens");
            } else if (doc.get("translationKey") != null && !pathId.equals(doc.get("translationKey"))) {
                error(doc, "pathId", "pathId '" + pathId + "' must equal translationKey '" + doc.get("translationKey") + "'");
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
                error(doc, "steps", "step '" + step.strip() + "' is not week:title (e.g. 1:Set up Python or 3-4:Loops and lists)");
                continue;
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from || from < previous) {
                error(doc, "steps", "step '" + step.strip() + "' is out of order: weeks must go up");
            } else if (weeks > 0 && to > weeks) {
                error(doc, "steps", "step '" + step.strip() + "' ends after week " + weeks + " (weeks=" + weeks + ")");
            }
            previous = Math.max(previous, to);
        }
    }

    private void checkGuide(Doc doc, Taxonomy taxonomy) {
        listIn(doc, "tags", taxonomy.tags(), "tag");
        listIn(doc, "roles", taxonomy.roles(), "role");
    }

    private void listIn(Doc doc, String field, Set<String> allowed, String what) {
        String value = doc.get(field);
        if (value == null || value.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String item : value.split(",")) {
            String entry = item.strip();
            if (entry.isEmpty()) {
                error(doc, field, field + " has an empty entry");
            } else if (!allowed.contains(entry)) {
                error(doc, field, "unknown " + what + " '" + entry + "': not in site/taxonomy.properties");
            } else if (!seen.add(entry)) {
                error(doc, field, what + " '" + entry + "' is listed twice");
            }
        }
    }

    private void required(Doc doc, String field) {
        String value = doc.get(field);
        if (value == null) {
            error(doc.relative(), 1, "missing field '" + field + "'" + (doc.get("type") == null
                    || !TYPES.contains(doc.get("type")) || COMMON_FIELDS.contains(field) ? "" : " (required for type " + doc.get("type") + ")"));
        } else if (value.isEmpty() && !MAY_BE_EMPTY.contains(field)) {
            error(doc, field, "field '" + field + "' is empty");
        }
    }

    private boolean oneOf(Doc doc, String field, List<String> allowed) {
        String value = doc.get(field);
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (!allowed.contains(value)) {
            error(doc, field, field + " '" + value + "' is not one of " + String.join(", ", allowed));
            return false;
        }
        return true;
    }

    private int positiveInt(Doc doc, String field) {
        String value = doc.get(field);
        if (value == null || value.isEmpty()) {
            return 0;
        }
        if (!POSITIVE_INT.matcher(value).matches()) {
            error(doc, field, field + " '" + value + "' is not a whole number of at least 1");
            return 0;
        }
        return Integer.parseInt(value);
    }

    private void date(Doc doc, String field) {
        try {
            LocalDate.parse(doc.get(field), DATE);
        } catch (DateTimeParseException e) {
            error(doc, field, field + " '" + doc.get(field) + "' is not a date in the form yyyy-MM-dd");
        }
    }

    // --- across documents -------------------------------------------------------------------

    private void checkDuplicates(List<Doc> docs) {
        Map<String, Doc> pages = new TreeMap<>();
        for (Doc doc : docs) {
            Doc other = pages.putIfAbsent(doc.uri().toLowerCase(Locale.ROOT), doc);
            if (other != null) {
                error(doc.relative(), 1, "same page /" + doc.uri() + " as " + other.relative());
            }
        }
        Map<String, Doc> pathIds = new TreeMap<>();
        Map<String, Doc> keys = new TreeMap<>();
        for (Doc doc : docs) {
            String lang = doc.folderLanguage();
            if ("path".equals(doc.get("type")) && doc.get("pathId") != null && !doc.get("pathId").isEmpty()) {
                Doc other = pathIds.putIfAbsent(lang + "/" + doc.get("pathId"), doc);
                if (other != null) {
                    error(doc, "pathId", "duplicate pathId '" + doc.get("pathId") + "': also in " + other.relative());
                }
            }
            String key = doc.get("translationKey");
            if (key != null && !key.isEmpty()) {
                Doc other = keys.putIfAbsent(lang + "/" + key, doc);
                if (other != null) {
                    error(doc, "translationKey", "translationKey '" + key + "' is already used in this language by "
                            + other.relative());
                }
            }
        }
        Map<String, Doc> typeOfKey = new TreeMap<>();
        for (Doc doc : docs) {
            String key = doc.get("translationKey");
            if (key == null || key.isEmpty() || doc.get("type") == null) {
                continue;
            }
            Doc other = typeOfKey.putIfAbsent(key, doc);
            if (other != null && !doc.get("type").equals(other.get("type"))) {
                error(doc, "translationKey", "translationKey '" + key + "' joins a " + doc.get("type") + " and a "
                        + other.get("type") + " (" + other.relative() + "): a translation has the same type");
            }
        }
    }

    private void checkTranslations(List<Doc> docs) {
        Map<String, Set<String>> languagesOfKey = new TreeMap<>();
        for (Doc doc : docs) {
            if (doc.published() && doc.get("translationKey") != null) {
                languagesOfKey.computeIfAbsent(doc.get("translationKey"), k -> new HashSet<>()).add(doc.folderLanguage());
            }
        }
        for (Doc doc : docs) {
            if (!doc.published() || !types.contains(String.valueOf(doc.get("type")))) {
                continue;
            }
            String key = doc.get("translationKey");
            for (String other : LANGUAGES) {
                if (other.equals(doc.folderLanguage())) {
                    continue;
                }
                if (key == null || key.isEmpty()) {
                    warning(doc.relative(), 1, "no " + LANGUAGE_NAMES.get(other) + " translation (no translationKey)");
                } else if (!languagesOfKey.getOrDefault(key, Set.of()).contains(other)) {
                    warning(doc.relative(), doc.line("translationKey"), "no " + LANGUAGE_NAMES.get(other)
                            + " translation: no published document in content/" + other + "/ has translationKey '" + key + "'");
                }
            }
        }
    }

    // --- links and images -------------------------------------------------------------------

    /**
     * The URL paths the bake writes: published documents, JBake's index/404/feed/sitemap/archive
     * and tag pages as site/jbake.properties turns them on, site/assets, and the files of
     * content/ that are not documents (JBake copies them as they are).
     */
    private Set<String> producedPages(List<Doc> docs) {
        Set<String> pages = new HashSet<>();
        for (Doc doc : docs) {
            if (doc.published()) {
                pages.add("/" + doc.uri());
            }
        }
        Properties config = jbake;
        addIf(pages, config, "render.index", "true", "index.file", "index.html");
        addIf(pages, config, "render.error404", "false", "error404.file", "404.html");
        addIf(pages, config, "render.feed", "true", "feed.file", "feed.xml");
        addIf(pages, config, "render.sitemap", "false", "sitemap.file", "sitemap.xml");
        addIf(pages, config, "render.archive", "true", "archive.file", "archive.html");
        if (Boolean.parseBoolean(config.getProperty("render.tags", "true"))) {
            String tagPath = config.getProperty("tag.path", "tags");
            for (Doc doc : docs) {
                String tags = doc.get("tags");
                if (doc.published() && tags != null) {
                    for (String tag : tags.split(",")) {
                        pages.add("/" + tagPath + "/" + tag.strip() + ".html");
                    }
                }
            }
            if (Boolean.parseBoolean(config.getProperty("render.tagsindex", "false"))) {
                pages.add("/" + tagPath + "/index.html");
            }
        }
        addFiles(pages, root.resolve("site").resolve(config.getProperty("asset.folder", "assets")), false);
        addFiles(pages, content, true);
        return pages;
    }

    private Properties jbakeProperties() {
        Properties properties = new Properties();
        Path file = root.resolve("site/jbake.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static void addIf(Set<String> pages, Properties config, String flag, String byDefault, String fileKey,
                              String defaultFile) {
        if (Boolean.parseBoolean(config.getProperty(flag, byDefault))) {
            pages.add("/" + config.getProperty(fileKey, defaultFile));
        }
    }

    private static void addFiles(Set<String> pages, Path folder, boolean skipDocuments) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .filter(f -> !skipDocuments || !f.getFileName().toString().matches("(?i).*\\.(md|html|ad|adoc|asciidoc|yml|yaml)$"))
                    .forEach(f -> pages.add("/" + folder.relativize(f).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkLinks(List<Doc> docs, Set<String> pages) {
        for (Doc doc : docs) {
            for (Map.Entry<String, String> field : doc.fields().entrySet()) {
                String value = field.getValue();
                if (value.startsWith("/") && !value.startsWith("//") && !value.contains(" ")) {
                    checkTarget(doc, doc.line(field.getKey()), value, IMAGE_FILE.matcher(value).matches(), pages);
                }
            }
            boolean fenced = false;
            String fence = "";
            for (int i = doc.bodyStart(); i < doc.lines().size(); i++) {
                String line = doc.lines().get(i);
                String trimmed = line.strip();
                if (!fenced && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                    fenced = true;
                    fence = trimmed.substring(0, 3);
                    continue;
                }
                if (fenced) {
                    if (trimmed.startsWith(fence)) {
                        fenced = false;
                    }
                    continue;
                }
                if (line.indexOf('[') < 0) {
                    continue; // no link, image or reference on this line
                }
                String text = line.indexOf('`') < 0 ? line : CODE_SPAN.matcher(line).replaceAll("");
                Matcher inline = INLINE_LINK.matcher(text);
                while (inline.find()) {
                    checkTarget(doc, i + 1, inline.group(2), !inline.group(1).isEmpty(), pages);
                }
                Matcher reference = REFERENCE.matcher(text);
                if (reference.matches()) {
                    checkTarget(doc, i + 1, reference.group(1), IMAGE_FILE.matcher(reference.group(1)).matches(), pages);
                }
            }
        }
    }

    private void checkTarget(Doc doc, int line, String target, boolean image, Set<String> pages) {
        if (target.isEmpty() || target.startsWith("#") || target.startsWith("mailto:") || target.startsWith("tel:")) {
            return;
        }
        if (target.startsWith("//") || SCHEME.matcher(target).find()) {
            if (image) {
                error(doc.relative(), line, "image " + target + " is on another site: put the file in the site "
                        + "(the site's Content-Security-Policy only loads its own images)");
            }
            return;
        }
        String path = target.replaceFirst("[?#].*$", "");
        if (path.isEmpty()) {
            return;
        }
        String resolved = resolve(doc.uri(), path);
        if (resolved.startsWith("/api/")) {
            return; // the API, not a page
        }
        if (!(pages.contains(resolved) || pages.contains(resolved.endsWith("/") ? resolved + "index.html" : resolved + "/index.html"))) {
            if (image) {
                error(doc.relative(), line, "missing image " + target + ": no such file in site/assets/ or content/");
            } else {
                error(doc.relative(), line, "broken link " + target + ": the bake produces no page " + resolved);
            }
        }
    }

    /** A link target as a URL path from the site root, resolved against the page's own URL. */
    private static String resolve(String pageUri, String target) {
        String decoded = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        String base = decoded.startsWith("/") ? "" : "/" + pageUri.substring(0, pageUri.lastIndexOf('/') + 1);
        List<String> parts = new ArrayList<>();
        String joined = base + decoded;
        for (String part : joined.split("/", -1)) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!part.equals(".") && !(part.isEmpty() && parts.isEmpty())) {
                parts.add(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    // --- reporting --------------------------------------------------------------------------

    private void error(Doc doc, String field, String message) {
        error(doc.relative(), doc.line(field), message);
    }

    private void error(String file, int line, String message) {
        errors.add(new Problem(file, line, message));
    }

    private void warning(String file, int line, String message) {
        warnings.add(new Problem(file, line, message));
    }

    /** The roles and tags guides may use, from site/taxonomy.properties. */
    record Taxonomy(Set<String> roles, Set<String> tags) {
        static Taxonomy read(Path file) {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Taxonomy(list(properties.getProperty("taxonomy.roles", "")),
                    list(properties.getProperty("taxonomy.tags", "")));
        }

        private static Set<String> list(String value) {
            Set<String> items = new LinkedHashSet<>();
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
            return items;
        }
    }
}
