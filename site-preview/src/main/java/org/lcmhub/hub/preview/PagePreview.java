package org.lcmhub.hub.preview;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lcmhub.guides.GuideSite;
import org.lcmhub.guides.model.Guide;
import org.lcmhub.guides.model.GuideImage;
import org.lcmhub.guides.model.Problem;
import org.lcmhub.hub.publish.BakeRoot;
import org.lcmhub.hub.publish.GuideFiles;
import org.lcmhub.hub.site.ContentValidator;
import org.lcmhub.hub.site.SiteBaker;
import org.lcmhub.hub.site.SiteFiles;

/**
 * A draft set rendered as the site will show it: its guides written as content files over the
 * site's content (as the bake reads them), the site's own checks run there, and the one page asked
 * for rendered with the site's templates. The local hub and the preview function both render here.
 */
public final class PagePreview {
    private static final Pattern MAIN = Pattern.compile("(?s)<main[^>]*>(.*)</main>");
    /** The page's "Published <date>" (guide.ftl's {@code data-published}): a draft is not published yet. */
    private static final Pattern PUBLISHED = Pattern.compile("(?s)<div data-published>.*?</div>\\s*");
    /** The facts' box left with none (no author, roles or topics yet, the date taken out): not drawn empty. */
    private static final Pattern NO_FACTS = Pattern.compile("<dl class=\"facts\">\\s*</dl>\\s*");

    private PagePreview() {
    }

    /**
     * Renders guide {@code index} of {@code set}: {@code root} holds the site and the published
     * content (it is brought up to date with the drafts and the set's images), {@code out} is
     * emptied and written.
     */
    public static GuideSite.Preview render(BakeRoot root, Path out, Guide guide, int index, List<Guide> set,
                                           List<GuideImage> images) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        images.forEach(i -> files.put(org.lcmhub.hub.publish.PublishedGuides.IMAGES_IN_CONTENT + i.name(), i.bytes()));
        Instant now = Instant.now();
        for (Guide g : set) {
            if (g.language() != null && g.slug() != null && List.of("en", "fr").contains(g.language())
                    && g.slug().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                files.put(GuideFiles.path(g), GuideFiles.markdown(clean(g), true, now).getBytes(StandardCharsets.UTF_8));
            }
        }
        Path base = root.prepare(files);
        String path = GuideFiles.path(guide);
        List<Problem> problems = new ArrayList<>();
        ContentValidator.validate(base).errors().stream().filter(p -> p.file().equals("content/" + path))
                .forEach(p -> problems.add(problem(index, guide, p)));
        try {
            SiteFiles.delete(out);
            String page = mainOf(SiteBaker.renderPage(base, out, path));
            String draft = PUBLISHED.matcher(page).replaceFirst("");
            return new GuideSite.Preview(NO_FACTS.matcher(draft).replaceFirst(""), problems);
        } catch (RuntimeException e) {
            problems.add(new Problem(index, "body", 0, "guide.preview.failed", Map.of(), "The page could not be rendered."));
            return new GuideSite.Preview(null, problems);
        }
    }

    /**
     * A draft as its file: a title the page cannot do without (its address stands in), an empty
     * summary or author left empty, which the page then leaves out rather than show a filler; the
     * site's check finding them empty is not said again (the rules said it).
     */
    private static Guide clean(Guide g) {
        return new Guide(g.language(), g.slug(), blank(g.title(), g.slug()), blank(g.summary(), ""),
                g.roles(), g.tags(), blank(g.author(), ""), g.translationOf(), g.body() == null ? "" : g.body(),
                g.audience(), g.paths());
    }

    private static String blank(String v, String orElse) {
        return v == null || v.isBlank() ? orElse : v.replaceAll("[\\r\\n]+", " ");
    }

    /** The page's main element: the editor shows it inside its own page, which has the site's styles. */
    private static String mainOf(String html) {
        Matcher m = MAIN.matcher(html);
        return m.find() ? m.group(1) : html;
    }

    /** A problem of the site's validation, placed beside the field or body line it concerns. */
    private static Problem problem(int index, Guide written, ContentValidator.Problem p) {
        int line = p.line();
        int header = GuideFiles.headerLines(written);
        boolean inBody = line > header;
        List<String> fields = GuideFiles.fields(written);
        String field = !inBody && line >= 1 && line <= fields.size() ? fields.get(line - 1) : "body";
        field = field.equals("translationKey") ? "translationOf" : field;
        // Every error of the site's check has a code (SiteCheck): the editor words it in its reader's language.
        return new Problem(index, field, inBody ? line - header : 0, "guide.site." + p.code(),
                Map.<String, Object>copyOf(p.params()), p.message());
    }
}
