package org.lcmhub.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.domain.Language;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.LearnerStanding;

/**
 * The cohort export: one row per learner, RFC 4180 quoting by Commons CSV, and no cell that a
 * spreadsheet would run as a formula (OWASP: a leading = + - @ tab or carriage return gets a quote).
 */
public final class CohortCsv {
    static final List<String> HEADER = List.of("learnerId", "name", "outcome", "risk", "week", "progress",
            "pace", "lastCheckInWeek", "mentor", "reasons", "silentNow", "score");

    private CohortCsv() {
    }

    public static String write(List<LearnerStanding> learners, Language language) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (LearnerStanding l : learners) {
                Assessment a = l.assessment();
                csv.printRecord(
                        safe(l.learnerId()),
                        safe(l.name()),
                        a.outcome().wire(),
                        a.level().wire(),
                        a.week(),
                        a.progress(),
                        a.pace() == null ? "" : String.format(Locale.ROOT, "%.2f", a.pace()),
                        l.lastCheckInWeek() == null ? "" : IsoWeek.of(l.lastCheckInWeek()).toString(),
                        safe(l.mentor() == null ? null : l.mentor().label()),
                        safe(a.reasons().stream().map(r -> r.text(language))
                                .collect(Collectors.joining(language.isFrench() ? "\u202f; " : "; "))),
                        a.silentNow(),
                        a.score() == null ? "" : String.format(Locale.ROOT, "%.2f", a.score()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Text a person typed, made inert for spreadsheets. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

}
