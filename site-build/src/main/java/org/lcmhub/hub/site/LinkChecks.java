package org.lcmhub.hub.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Links to site pages and images, in headers and Markdown bodies, checked against the pages the
 * bake will write; images must be the site's own (its Content-Security-Policy loads no others).
 */
final class LinkChecks {
    /** Markdown links and images: [text](target "title") and ![alt](src). */
    private static final Pattern INLINE_LINK = Pattern.compile("(!?)\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+[\"'(][^)]*)?\\)");
    /** Reference definitions: [id]: target */
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i).*\\.(png|jpe?g|gif|svg|webp|avif)$");

    private final ContentReader reader;
    private final ContentProblems problems;

    LinkChecks(ContentReader reader, ContentProblems problems) {
        this.reader = reader;
        this.problems = problems;
    }

    void check(List<ContentDoc> docs) {
        Set<String> pages = producedPages(docs);
        for (ContentDoc doc : docs) {
            for (Map.Entry<String, String> field : doc.fields().entrySet()) {
                String value = field.getValue();
                if (value.startsWith("/") && !value.startsWith("//") && !value.contains(" ")) {
                    checkTarget(doc, doc.line(field.getKey()), value, IMAGE_FILE.matcher(value).matches(), pages);
                }
            }
            checkBody(doc, pages);
        }
    }

    private void checkBody(ContentDoc doc, Set<String> pages) {
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

    /**
     * The URL paths the bake writes: published documents, JBake's index/404/feed/sitemap/archive
     * and tag pages as site/jbake.properties turns them on, site/assets, and the files of
     * content/ that are not documents (JBake copies them as they are).
     */
    private Set<String> producedPages(List<ContentDoc> docs) {
        Set<String> pages = new HashSet<>();
        for (ContentDoc doc : docs) {
            if (doc.published()) {
                pages.add("/" + doc.uri());
            }
        }
        Properties config = reader.jbake();
        addIf(pages, config, "render.index", "true", "index.file", "index.html");
        addIf(pages, config, "render.error404", "false", "error404.file", "404.html");
        addIf(pages, config, "render.feed", "true", "feed.file", "feed.xml");
        addIf(pages, config, "render.sitemap", "false", "sitemap.file", "sitemap.xml");
        addIf(pages, config, "render.archive", "true", "archive.file", "archive.html");
        if (Boolean.parseBoolean(config.getProperty("render.tags", "true"))) {
            String tagPath = config.getProperty("tag.path", "tags");
            for (ContentDoc doc : docs) {
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
        addFiles(pages, reader.root().resolve("site").resolve(config.getProperty("asset.folder", "assets")), false);
        addFiles(pages, reader.content(), true);
        return pages;
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

    private void checkTarget(ContentDoc doc, int line, String target, boolean image, Set<String> pages) {
        if (target.isEmpty() || target.startsWith("#") || target.startsWith("mailto:") || target.startsWith("tel:")) {
            return;
        }
        if (target.startsWith("//") || SCHEME.matcher(target).find()) {
            if (image) {
                problems.error(doc.relative(), line, "image " + target + " is on another site: put the file in the site "
                        + "(the site's Content-Security-Policy only loads its own images)", SiteCheck.REMOTE_IMAGE, Map.of("target", target));
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
                problems.error(doc.relative(), line, "missing image " + target + ": no such file in site/assets/ or content/",
                        SiteCheck.MISSING_IMAGE, Map.of("target", target));
            } else {
                problems.error(doc.relative(), line, "broken link " + target + ": the bake produces no page " + resolved,
                        SiteCheck.BROKEN_LINK, Map.of("target", target));
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
}
