package org.lcmhub.hub.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 *
 * <p>Reading ({@link ContentReader}), one document's fields ({@link FieldRules}), rules across
 * documents ({@link CrossDocumentRules}) and links ({@link LinkChecks}) each have their own class.
 */
public final class ContentValidator {

    /** One problem, reported as {@code file:line: message} with the file relative to the root. */
    public record Problem(String file, int line, String message, String code, Map<String, String> params) {
        /** A warning, without a code: read only by people who keep the site in Git, in English (errors have a {@link SiteCheck}). */
        public Problem(String file, int line, String message) {
            this(file, line, message, null, Map.of());
        }

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

    /** Validates {@code root/content} against {@code root/site} (taxonomy, assets, JBake configuration). */
    public static Result validate(Path root) {
        ContentProblems problems = new ContentProblems();
        ContentReader reader = new ContentReader(root, problems);
        Path taxonomyFile = reader.root().resolve("site").resolve(Taxonomy.FILE);
        if (!Files.isRegularFile(taxonomyFile)) {
            problems.error("site/" + Taxonomy.FILE, 1, "missing: the list of roles and tags guides may use", SiteCheck.SITE_SETUP);
        }
        List<String> types = reader.types();
        FieldRules fields = new FieldRules(types, Taxonomy.read(taxonomyFile.getParent()), problems);
        List<ContentDoc> docs = reader.documents();
        docs.forEach(fields::check);
        new CrossDocumentRules(types, problems).check(docs);
        new LinkChecks(reader, problems).check(docs);
        return problems.result();
    }

    private ContentValidator() {
    }
}
