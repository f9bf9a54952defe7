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

    void error(ContentDoc doc, String field, String message) {
        error(doc.relative(), doc.line(field), message);
    }

    /** A problem of a header field an editor in the browser may meet, coded as {@link #error(String, int, String, String, Map)}. */
    void error(ContentDoc doc, String field, String message, String code, Map<String, String> params) {
        error(doc.relative(), doc.line(field), message, code, params);
    }

    void error(String file, int line, String message) {
        errors.add(new Problem(file, line, message));
    }

    /** A problem an editor in the browser may meet, with a code and parameters for its own words. */
    void error(String file, int line, String message, String code, Map<String, String> params) {
        errors.add(new Problem(file, line, message, code, params));
    }

    void warning(String file, int line, String message) {
        warnings.add(new Problem(file, line, message));
    }

    Result result() {
        return new Result(errors.stream().sorted(ORDER).toList(), warnings.stream().sorted(ORDER).toList());
    }
}
