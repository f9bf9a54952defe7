package org.lcmhub.hub.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.lcmhub.hub.site.ContentValidator.Problem;
import org.lcmhub.hub.site.ContentValidator.Result;

/** The errors and warnings every check adds to, reported in file and line order. */
final class ContentProblems {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparing(Problem::message);

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    void error(ContentDoc doc, String field, String message, SiteCheck check) {
        error(doc.relative(), doc.line(field), message, check, Map.of());
    }

    void error(ContentDoc doc, String field, String message, SiteCheck check, Map<String, String> params) {
        error(doc.relative(), doc.line(field), message, check, params);
    }

    void error(String file, int line, String message, SiteCheck check) {
        error(file, line, message, check, Map.of());
    }

    /**
     * Every error has its code as well as its English: the editor's preview words it in its
     * author's language, with {@code params} (the check's own placeholders).
     */
    void error(String file, int line, String message, SiteCheck check, Map<String, String> params) {
        errors.add(new Problem(file, line, message, check.code(), params));
    }

    void warning(String file, int line, String message) {
        warnings.add(new Problem(file, line, message));
    }

    Result result() {
        return new Result(errors.stream().sorted(ORDER).toList(), warnings.stream().sorted(ORDER).toList());
    }
}
