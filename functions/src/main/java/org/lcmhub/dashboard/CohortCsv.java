package org.lcmhub.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.domain.Catalogue;
import org.lcmhub.domain.Language;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.LearnerStanding;
import org.lcmhub.risk.Outcome;

/**
 * The cohort export, one row per learner, as two files from one list of columns. For scripts: the
 * API's codes under a header of column codes that stays as it is. For a person (the dashboard's
 * download): the header and every value in their language from the site's catalogue, the status
 * word the dashboard shows, shares as whole percentages, the last check-in's Monday in words, no id,
 * and a byte order mark so spreadsheets read the accents. Both are RFC 4180 (Commons CSV) with no
 * cell a spreadsheet would run as a formula (OWASP: a leading = + - @ tab or carriage return gets a quote).
 * A French reader's file is separated by semicolons: spreadsheets set to French write the decimal
 * comma and open a comma-separated file as one column.
 */
public final class CohortCsv {
    /** How one column reads a learner: {@code language} words the reasons (and, for a person, the rest). */
    private interface Cell {
        /** {@code contactedBy}: who recorded the contact with a silent learner, when known (null: not said). */
        Object of(LearnerStanding learner, Assessment a, Language language, String contactedBy);
    }

    /** A column: its code (the scripts' header; {@code dash.csvCol.<code>} for a person), its value for each. */
    private record Column(String code, Cell data, Cell words) {
    }

    private static final Cell NONE = (l, a, lang, by) -> null;

    /** In the scripts' order: a new column only ever comes last, so a script reading by position still works. */
    private static final List<Column> COLUMNS = List.of(
            new Column("learnerId", (l, a, lang, by) -> l.learnerId(), NONE),
            new Column("name", (l, a, lang, by) -> l.name(), (l, a, lang, by) -> l.name()),
            new Column("outcome", (l, a, lang, by) -> a.outcome().wire(),
                    (l, a, lang, by) -> word(lang, "dash.outcome." + a.outcome().wire())),
            new Column("risk", (l, a, lang, by) -> a.level().wire(), NONE),
            new Column("week", (l, a, lang, by) -> a.week(), (l, a, lang, by) -> a.week()),
            new Column("progress", (l, a, lang, by) -> a.progress(), (l, a, lang, by) -> a.progress()),
            new Column("pace", (l, a, lang, by) -> decimal(a.pace()), (l, a, lang, by) -> percent(a.pace())),
            new Column("lastCheckInWeek", (l, a, lang, by) -> l.lastCheckInWeek() == null ? null : IsoWeek.of(l.lastCheckInWeek()),
                    (l, a, lang, by) -> l.lastCheckInWeek() == null ? null : lang.day(l.lastCheckInWeek())),
            new Column("mentor", CohortCsv::mentor, CohortCsv::mentor),
            new Column("reasons", CohortCsv::reasons, CohortCsv::reasons),
            // A person's file says "silent now" as the dashboard lists it (to contact, or contacted since);
            // one counted out missed last week's check-in too, and is said to be counted apart rather than a bare "no".
            new Column("silentNow", (l, a, lang, by) -> a.silentNow(), CohortCsv::silentNow),
            // A person's file leaves a silent learner's score out, as the dashboard does: it stands still
            // while they are silent; the scripts' file keeps it, next to silentNow.
            new Column("score", (l, a, lang, by) -> decimal(a.score()),
                    (l, a, lang, by) -> a.silentNow() ? null : percent(a.score())),
            new Column("status", (l, a, lang, by) -> a.status(), (l, a, lang, by) -> word(lang, "dash.status." + a.status())),
            // The day the learner's own weeks count from ("week" is theirs): a late joiner's week 1 is
            // not the cohort's. An ISO date in both files, which a spreadsheet reads and sorts.
            new Column("startDate", (l, a, lang, by) -> l.startDate(), (l, a, lang, by) -> l.startDate()),
            // The reasons as the API's codes, for a script to count or filter by: "reasons" is worded
            // for whoever reads the file, in the cohort's language, and changes with the catalogue.
            new Column("reasonCodes", (l, a, lang, by) -> a.reasons().stream().map(org.lcmhub.risk.Reason::code)
                    .collect(Collectors.joining(";")), NONE));

    private static final Map<String, Column> BY_CODE = COLUMNS.stream()
            .collect(Collectors.toMap(Column::code, Function.identity()));

    /** The scripts' header: the column codes. */
    static final List<String> HEADER = COLUMNS.stream().map(Column::code).toList();

    /** A person's columns, in the order they read them: who, where they stand, then the figures. */
    static final List<String> READER = List.of("name", "outcome", "status", "silentNow", "score", "week",
            "startDate", "progress", "pace", "lastCheckInWeek", "mentor", "reasons");

    private CohortCsv() {
    }

    /** The API's codes, the reasons in {@code language} (the cohort's). */
    public static String forScripts(List<LearnerStanding> learners, Language language) {
        return write(HEADER, HEADER, learners, language, false, ',', Map.of());
    }

    /** The file a person opens in a spreadsheet, all in {@code language}. */
    public static String forReader(List<LearnerStanding> learners, Language language) {
        return forReader(learners, language, Map.of());
    }

    /** The same, naming who recorded each contact with a silent learner ({@code contactedBy}, by learner), as the dashboard does. */
    public static String forReader(List<LearnerStanding> learners, Language language, Map<String, String> contactedBy) {
        List<String> header = READER.stream().map(code -> word(language, "dash.csvCol." + code)).toList();
        return "\uFEFF" + write(READER, header, learners, language, true, separator(language), contactedBy);
    }

    /** The separator of a person's file in {@code language}. */
    public static char separator(Language language) {
        return language.isFrench() ? ';' : ',';
    }

    private static String write(List<String> codes, List<String> header, List<LearnerStanding> learners,
                                Language language, boolean words, char separator, Map<String, String> contactedBy) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(separator)
                .setHeader(header.toArray(String[]::new)).get())) {
            for (LearnerStanding l : learners) {
                Assessment a = l.assessment();
                csv.printRecord(codes.stream().map(BY_CODE::get)
                        .map(c -> (words ? c.words() : c.data()).of(l, a, language, contactedBy.get(l.learnerId())))
                        .map(v -> safe(v == null ? null : String.valueOf(v))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The catalogue is read on the first file for a person, not for scripts. */
    private static String word(Language language, String key) {
        return Catalogue.site().t(language, key);
    }

    private static Object silentNow(LearnerStanding l, Assessment a, Language language, String by) {
        if (a.silentToContact()) {
            return l.contactedOn() == null ? word(language, "dash.csvYes") : by == null
                    ? Catalogue.site().t(language, "dash.csvContacted", Map.of("date", language.day(l.contactedOn())))
                    : Catalogue.site().t(language, "dash.csvContactedBy", Map.of("date", language.day(l.contactedOn()), "name", by));
        }
        return word(language, a.silentNow() && a.outcome() == Outcome.DROPPED_OUT ? "dash.csvCountedOut" : "dash.csvNo");
    }

    private static Object mentor(LearnerStanding l, Assessment a, Language language, String by) {
        return l.mentor() == null ? null : l.mentor().label();
    }

    private static Object reasons(LearnerStanding l, Assessment a, Language language, String by) {
        return a.reasons().stream().map(r -> r.text(language))
                .collect(Collectors.joining(language.isFrench() ? "\u202f; " : "; "));
    }

    private static String decimal(Double share) {
        return share == null ? null : String.format(Locale.ROOT, "%.2f", share);
    }

    /** A share as a whole number of percent, the unit in the column's header: the same digits in both languages. */
    private static String percent(Double share) {
        return share == null ? null : String.valueOf(Math.round(share * 100));
    }

    /** Any cell, made inert for spreadsheets (names, mentors and reasons come from people). */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        String text = Catalogue.plain(cell);
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    /**
     * A person's file name: the cohort's title, which cohorts of one path may share, told apart by
     * its first day in the reader's words ("Python – Monday 1 March 2027", « Python – lundi 1 mars
     * 2027 »), which also tells the English file from the French one in a folder.
     */
    public static String readerFileName(String title, LocalDate start, Language reader) {
        return (title == null ? "" : title) + " – " + reader.day(start);
    }

    /**
     * {@code Content-Disposition} for a file named after {@code name} (a cohort's title or id): the
     * characters file systems refuse left out, spaces plain and single, an ASCII name for old
     * clients, the exact one (RFC 6266).
     */
    public static String attachment(String name) {
        // Any space (a French title's no-break ones too) is a plain one, and a run of them one.
        String file = (name == null ? "" : name).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ")
                .replaceAll("[\\s\\p{Z}]+", " ").trim();
        file = (file.isEmpty() ? "cohort" : file) + ".csv";
        String ascii = Normalizer.normalize(file, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('–', '-').replaceAll("[^\\x20-\\x7e]", "_");
        return "attachment; filename=\"" + ascii + "\"" + (ascii.equals(file) ? "" : "; filename*=UTF-8''" + encoded(file));
    }

    /** RFC 5987: every byte but letters, digits and {@code -._~} as %XX. */
    private static String encoded(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
