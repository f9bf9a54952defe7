package org.lcmhub.hub.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bakes the real site/ and content/ of the checkout with JBake and checks the pages a reader gets.
 */
class SiteBakerTest {

    private static final Set<String> LANGUAGES = Set.of("en", "fr");
    private static final Pattern EXTERNAL = Pattern.compile("^\\s*(https?:)?//", Pattern.CASE_INSENSITIVE);

    private static Path root;
    private static Path out;
    private static SiteBaker.BakeReport report;
    private static List<ContentFile> contentFiles;

    @BeforeAll
    static void bake() throws IOException {
        // Set by surefire from the parent pom; when the module is built on its own it may point
        // at hub/ itself, so fall back to the parent folder.
        String property = System.getProperty("lcmhub.root");
        root = Stream.of(property, "..")
                .filter(p -> p != null && !p.isBlank())
                .map(p -> Path.of(p).toAbsolutePath().normalize())
                .filter(p -> Files.isRegularFile(p.resolve("site/jbake.properties")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No checkout root with site/ (lcmhub.root=" + property + ")"));
        out = Path.of("target", "site-baker-test").toAbsolutePath();
        deleteRecursively(out);
        report = SiteBaker.bake(root, out);
        contentFiles = readContent(root.resolve("content"));
    }

    @Test
    void reportsWhatWasBaked() {
        long documents = contentFiles.stream().filter(c -> "published".equals(c.header.get("status"))).count();
        assertThat(report.outputDir()).isEqualTo(out.normalize());
        // every published document, plus the root index.html and 404.html
        assertThat(report.documentsRendered()).isGreaterThanOrEqualTo((int) documents + 2);
        assertThat(report.duration()).isPositive();
    }

    @Test
    void homePagesExistInBothLanguages() throws IOException {
        Document en = page("en/index.html");
        Document fr = page("fr/index.html");
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(fr.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(en.select("a.lang-switch").attr("href")).isEqualTo("/fr/index.html");
        assertThat(fr.select("a.lang-switch").attr("href")).isEqualTo("/en/index.html");

        assertThat(hrefs(en)).contains("/en/paths/python-in-8-weeks.html")
                .doesNotContain("/fr/paths/python-en-8-semaines.html");
        assertThat(hrefs(fr)).contains("/fr/paths/python-en-8-semaines.html")
                .doesNotContain("/en/paths/python-in-8-weeks.html");
        assertThat(en.select("#paths h3").eachText()).contains("Getting started with Python in 8 weeks");
        assertThat(fr.select("#guides h3")).isNotEmpty();
        // The home pages show the newest guides; the guide indexes list them all.
        assertThat(hrefs(page("en/guides.html"))).contains("/en/guides/running-a-weekly-check-in.html")
                .doesNotContain("/fr/guides/animer-un-point-hebdomadaire.html");
        assertThat(hrefs(page("fr/guides.html"))).contains("/fr/guides/animer-un-point-hebdomadaire.html");
    }

    @Test
    void rootIndexIsARealPageListingBothLanguages() throws IOException {
        Document index = page("index.html");
        assertThat(index.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(index.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(index.select("section[lang=fr]")).hasSize(1);
        assertThat(hrefs(index)).contains("/en/index.html", "/fr/index.html",
                "/en/paths/python-in-8-weeks.html", "/fr/paths/python-en-8-semaines.html");
        assertThat(hrefs(index)).anyMatch(h -> h.startsWith("/en/guides/")).anyMatch(h -> h.startsWith("/fr/guides/"));
    }

    @Test
    void everyPathAndGuideIsRenderedWithItsTitleAndTranslationLink() throws IOException {
        List<ContentFile> docs = contentFiles.stream()
                .filter(c -> Set.of("path", "guide").contains(c.header.get("type")))
                .filter(c -> "published".equals(c.header.get("status")))
                .toList();
        assertThat(docs).extracting(c -> c.header.get("type")).contains("path", "guide");

        for (ContentFile doc : docs) {
            Document html = page(doc.outputUri());
            String lang = doc.header.get("language");
            assertThat(html.selectFirst("html").attr("lang")).as(doc.outputUri()).isEqualTo(lang);
            // jsoup reads a no-break space (a French title's " :") as a space.
            String title = doc.header.get("title").replace('\u00a0', ' ');
            assertThat(html.selectFirst("h1").text()).as(doc.outputUri()).isEqualTo(title);
            assertThat(html.title()).as(doc.outputUri()).startsWith(title);

            List<ContentFile> translations = docs.stream()
                    .filter(other -> other != doc)
                    .filter(other -> doc.header.get("translationKey") != null
                            && doc.header.get("translationKey").equals(other.header.get("translationKey")))
                    .toList();
            for (ContentFile translation : translations) {
                Element link = html.selectFirst("a.lang-switch");
                assertThat(link.attr("href")).as(doc.outputUri()).isEqualTo("/" + translation.outputUri());
                assertThat(link.attr("hreflang")).isEqualTo(translation.header.get("language"));
                assertThat(html.select("link[rel=alternate][hreflang=" + translation.header.get("language") + "]")
                        .attr("href")).endsWith("/" + translation.outputUri());
            }
        }
    }

    @Test
    void shippedPathAndGuideAreTranslatedBothWays() throws IOException {
        assertThat(page("en/paths/python-in-8-weeks.html").select("a.lang-switch").attr("href"))
                .isEqualTo("/fr/paths/python-en-8-semaines.html");
        assertThat(page("fr/paths/python-en-8-semaines.html").select("a.lang-switch").attr("href"))
                .isEqualTo("/en/paths/python-in-8-weeks.html");
        assertThat(page("en/guides/running-a-weekly-check-in.html").select("a.lang-switch").attr("href"))
                .isEqualTo("/fr/guides/animer-un-point-hebdomadaire.html");
        assertThat(page("fr/guides/animer-un-point-hebdomadaire.html").select("a.lang-switch").attr("href"))
                .isEqualTo("/en/guides/running-a-weekly-check-in.html");

        Document guide = page("en/guides/running-a-weekly-check-in.html");
        // The date in words for the reader, the machine's date kept for tools.
        assertThat(guide.select(".facts").text()).contains("LCM Hub contributors", "13 January 2025", "Check-ins");
        assertThat(guide.select(".facts time").attr("datetime")).isEqualTo("2025-01-13");
        assertThat(guide.select(".prose table")).hasSize(1);
    }

    @Test
    void pathPageHasThePlaceForTheSignUpForm() throws IOException {
        Document path = page("fr/paths/python-en-8-semaines.html");
        Element form = path.selectFirst("#signup form");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/api/signups");
        assertThat(form.select("input[name=pathId][type=hidden]").attr("value")).isEqualTo("python-8-weeks");
        assertThat(form.select("input[name=language]").attr("value")).isEqualTo("fr");
        assertThat(form.select("input[name=consent][type=checkbox]")).hasSize(1);
        assertThat(form.select("input[name], select[name]").eachAttr("name"))
                .contains("name", "email", "pathId", "language", "timezone", "consent")
                // No cohort code to type: hub.js offers the open cohorts, else the API picks the next.
                .doesNotContain("cohortId");
        for (Element input : form.select("input:not([type=hidden]), select")) {
            assertThat(form.select("label[for=" + input.id() + "]")).as(input.attr("name")).hasSize(1);
        }
    }

    @Test
    void notFoundPageUsesTheLayoutInBothLanguages() throws IOException {
        Document notFound = page("404.html");
        assertThat(notFound.select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/hub.css");
        assertThat(notFound.select("nav")).isNotEmpty();
        assertThat(notFound.text()).contains("Page not found", "Page introuvable");
        assertThat(hrefs(notFound)).contains("/en/index.html", "/fr/index.html");
        // One page answers every missing address: it carries the French header and footer for an
        // address under /fr/, and the script that takes them, before the page's other scripts.
        Element french = notFound.selectFirst("template[data-page-in=fr]");
        assertThat(french).isNotNull();
        Document parts = Jsoup.parseBodyFragment(french.html());
        assertThat(parts.select(".site-header .nav-links a").eachText()).contains("Parcours", "Guides");
        assertThat(parts.select(".site-header input").attr("placeholder")).startsWith("Rechercher");
        assertThat(parts.select(".site-footer a").eachAttr("href")).contains("/fr/feed.xml");
        assertThat(french.attr("data-title")).isEqualTo("Page introuvable · LCM Hub");
        assertThat(notFound.select("head script").eachAttr("src")).startsWith("/js/not-found.js", "/js/messages.fr.js")
                .contains("/js/messages.en.js");
    }

    @Test
    void cssAndAssetsAreCopied() throws IOException {
        Path css = out.resolve("css/hub.css");
        assertThat(css).exists();
        assertThat(Files.mismatch(css, root.resolve("site/assets/css/hub.css"))).isEqualTo(-1L);
        assertThat(out.resolve("favicon.svg")).exists();
        String text = Files.readString(css);
        assertThat(text).contains("prefers-color-scheme: dark").doesNotContain("@import")
                .doesNotContainPattern("url\\(\\s*['\"]?(https?:)?//");
    }

    @Test
    void theMessageCatalogueReachesPagesAndScriptsInBothLanguages() throws IOException {
        assertThat(Files.readString(out.resolve("js/messages.fr.js"))).contains("window.LcmMessages.fr = ")
                .contains("\"notFoundTitle\" : \"Page introuvable\"");
        assertThat(Files.readString(out.resolve("js/messages.en.js"))).contains("\"notFoundTitle\" : \"Page not found\"");
        assertThat(out.resolve("js/i18n.js")).exists();
        for (String lang : LANGUAGES) {
            Document home = page(lang + "/index.html");
            List<String> scripts = home.select("script[src]").eachAttr("src");
            assertThat(scripts).as(lang).containsSubsequence("/js/messages." + lang + ".js", "/js/i18n.js", "/js/hub.js");
        }
    }

    @Test
    void onlyPagesWithATimeZoneListLoadTheZonesWords() throws IOException {
        for (String lang : LANGUAGES) {
            assertThat(Files.readString(out.resolve("js/messages." + lang + ".js"))).as(lang)
                    .doesNotContain("\"tz.", "\"tzall.", "\"zone.");
            assertThat(Files.readString(out.resolve("js/zones." + lang + ".js"))).as(lang)
                    .contains("window.LcmZones." + lang + " = ", "\"tz.Europe/Paris\"", "\"tzall.Asia/Thimphu\"", "\"zone.all\"");
        }
        List<String> withList = new ArrayList<>();
        for (Path file : htmlPages()) {
            Document html = parse(file);
            String name = out.relativize(file).toString().replace('\\', '/');
            List<String> scripts = html.select("script[src]").eachAttr("src");
            if (html.select("select option[value=\"Europe/Paris\"]").isEmpty()) {
                assertThat(scripts).as(name).noneMatch(src -> src.startsWith("/js/zones."));
            } else {
                withList.add(name);
                String lang = html.selectFirst("html").attr("lang");
                assertThat(scripts).as(name).containsSubsequence("/js/zones." + lang + ".js", "/js/i18n.js");
            }
        }
        // The sign-up of each path, the mentor profile, the cohort call and reminder forms.
        assertThat(withList).contains("en/paths/python-in-8-weeks.html", "fr/paths/python-en-8-semaines.html",
                "en/staff/mentor.html", "fr/staff/espace-mentor.html", "en/staff/dashboard.html", "fr/staff/tableau-de-bord.html")
                .doesNotContain("en/index.html", "fr/index.html");
    }

    @Test
    void everyPageHasLanguageTitleDescriptionAndNav() throws IOException {
        List<Path> pages = htmlPages();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(8);
        for (Path file : pages) {
            Document html = parse(file);
            String name = out.relativize(file).toString();
            assertThat(html.selectFirst("html").attr("lang")).as(name).isIn(LANGUAGES);
            assertThat(html.title()).as(name).isNotBlank();
            assertThat(html.select("meta[name=description]").attr("content")).as(name).isNotBlank();
            assertThat(html.select("nav a[href]")).as(name).isNotEmpty();
            assertThat(html.select("link[rel=stylesheet]").attr("href")).as(name).isEqualTo("/css/hub.css");
        }
    }

    @Test
    void pagesLanguageMatchesTheirFolder() throws IOException {
        for (Path file : htmlPages()) {
            Path relative = out.relativize(file);
            if (relative.getNameCount() > 1 && LANGUAGES.contains(relative.getName(0).toString())) {
                assertThat(parse(file).selectFirst("html").attr("lang")).as(relative.toString())
                        .isEqualTo(relative.getName(0).toString());
            }
        }
    }

    @Test
    void noPageLoadsExternalScriptsStylesOrFonts() throws IOException {
        for (Path file : htmlPages()) {
            Document html = parse(file);
            String name = out.relativize(file).toString();
            for (Element script : html.select("script[src]")) {
                assertThat(script.attr("src")).as(name).doesNotContainPattern(EXTERNAL);
            }
            // canonical and alternate links name pages, the browser loads nothing from them
            for (Element link : html.select("link[href]:not([rel=canonical]):not([rel=alternate])")) {
                assertThat(link.attr("href")).as(name + " " + link).doesNotContainPattern(EXTERNAL);
            }
            assertThat(Files.readString(file)).as(name).doesNotContainPattern("@import|@font-face");
        }
    }

    @Test
    void noPageHasInlineScriptsOrStyles() throws IOException {
        for (Path file : htmlPages()) {
            Document html = parse(file);
            String name = out.relativize(file).toString();
            for (Element script : html.select("script:not([src])")) {
                assertThat(script.data()).as(name + ": inline script").isBlank();
            }
            assertThat(html.select("[style]")).as(name + ": style attribute").isEmpty();
            assertThat(html.select("style")).as(name + ": <style> element").isEmpty();
            assertThat(html.getAllElements().stream()
                    .flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().toLowerCase().startsWith("on"))
                    .map(a -> a.getKey()))
                    .as(name + ": inline event handler").isEmpty();
            assertThat(html.select("a[href^=javascript:]")).as(name).isEmpty();
        }
    }

    @Test
    void contentFrontMatterIsComplete() {
        assertThat(contentFiles).isNotEmpty();
        for (ContentFile doc : contentFiles) {
            Map<String, String> h = doc.header;
            String name = root.relativize(doc.file).toString();
            assertThat(h.get("type")).as(name + " type").isIn("home", "path", "guide", "page", "feed", "staff");
            assertThat(h.get("status")).as(name + " status").isIn("published", "draft");
            assertThat(h.get("title")).as(name + " title").isNotBlank();
            assertThat(h.get("language")).as(name + " language").isEqualTo(doc.folderLanguage());
            switch (h.get("type")) {
                case "path" -> {
                    assertThat(h.get("summary")).as(name + " summary").isNotBlank();
                    assertThat(h.get("level")).as(name + " level").isIn("beginner", "intermediate", "advanced");
                    assertThat(h.get("weeks")).as(name + " weeks").matches("[1-9][0-9]*");
                }
                case "guide" -> {
                    assertThat(h.get("author")).as(name + " author").isNotBlank();
                    assertThat(h.get("date")).as(name + " date").matches("\\d{4}-\\d{2}-\\d{2}");
                    assertThat(h.get("tags")).as(name + " tags").isNotBlank();
                    assertThat(h.get("roles")).as(name + " roles").isNotBlank();
                }
                default -> { }
            }
        }
        Map<String, List<String>> byKey = contentFiles.stream()
                .filter(c -> c.header.get("translationKey") != null)
                .collect(Collectors.groupingBy(c -> c.header.get("type") + ":" + c.header.get("translationKey"),
                        Collectors.mapping(c -> c.header.get("language"), Collectors.toList())));
        byKey.forEach((key, languages) ->
                assertThat(languages).as("one document per language for " + key).doesNotHaveDuplicates());
    }

    @Test
    void templateErrorsFailTheBakeWithJBakesMessages() throws IOException {
        Path brokenRoot = Path.of("target", "site-baker-broken").toAbsolutePath();
        deleteRecursively(brokenRoot);
        copyRecursively(root.resolve("site"), brokenRoot.resolve("site"));
        copyRecursively(root.resolve("content"), brokenRoot.resolve("content"));
        Files.writeString(brokenRoot.resolve("site/templates/guide.ftl"), "${content.noSuchField.reallyNot}");

        // JBake logs the failure with a full stack trace at ERROR: keep the build output readable.
        ch.qos.logback.classic.Logger jbakeLog =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.jbake");
        ch.qos.logback.classic.Level level = jbakeLog.getLevel();
        jbakeLog.setLevel(ch.qos.logback.classic.Level.OFF);
        try {
            assertThatThrownBy(() -> SiteBaker.bake(brokenRoot, brokenRoot.resolve("out")))
                    .isInstanceOf(SiteBaker.BakeException.class)
                    .hasMessageContaining("JBake failed to bake")
                    .hasMessageContaining("noSuchField")
                    .satisfies(e -> assertThat(((SiteBaker.BakeException) e).errors()).isNotEmpty());
        } finally {
            jbakeLog.setLevel(level);
        }
    }

    // ---------------------------------------------------------------------------------------

    private static Document page(String relative) throws IOException {
        Path file = out.resolve(relative);
        assertThat(file).as(relative).exists();
        return parse(file);
    }

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static List<String> hrefs(Document html) {
        return html.select("a[href]").eachAttr("href");
    }

    private static List<Path> htmlPages() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** A Markdown file of content/ with its JBake header (key=value lines up to ~~~~~~). */
    private record ContentFile(Path contentRoot, Path file, Map<String, String> header) {
        String outputUri() {
            String relative = contentRoot.relativize(file).toString().replace('\\', '/');
            return relative.substring(0, relative.lastIndexOf('.')) + ".html";
        }

        String folderLanguage() {
            return contentRoot.relativize(file).getName(0).toString();
        }
    }

    private static List<ContentFile> readContent(Path contentRoot) throws IOException {
        List<ContentFile> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(contentRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                if (contentRoot.relativize(file).getNameCount() == 1) {
                    continue; // content/README.md documents the format; it is not a page
                }
                Map<String, String> header = new LinkedHashMap<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.trim().equals("~~~~~~")) {
                        break;
                    }
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        header.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                    }
                }
                result.add(new ContentFile(contentRoot, file, header));
            }
        }
        return result;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
