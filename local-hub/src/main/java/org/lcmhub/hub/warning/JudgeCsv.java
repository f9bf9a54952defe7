package org.lcmhub.hub.warning;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.Reason;
import org.lcmhub.risk.RiskPolicy;

/**
 * {@code ./hub early-warning --judge IN.csv --out OUT.csv}: judges histories from elsewhere with
 * the dashboard's code and default policy (formats in docs/early-warning.md). A malformed file is
 * refused whole, with one {@code line N: ...} message per mistake, and nothing is written.
 */
public final class JudgeCsv {
    static final String[] IN = {"learner", "weeks", "start", "week", "checkedIn", "progress", "stepReached",
            "hours", "mood", "needHelp", "contacts"};
    static final String[] OUT = {"learner", "week", "silentNow", "level", "score", "reasons"};

    /** What is wrong with the input, line by line. */
    public static final class BadInput extends RuntimeException {
        public BadInput(List<String> errors) {
            super(String.join("\n", errors));
        }
    }

    private JudgeCsv() {
    }

    public static void main(String[] args) throws IOException {
        Path in = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--judge" -> in = i + 1 < args.length ? caller(args[++i]) : null;
                case "--out" -> out = i + 1 < args.length ? caller(args[++i]) : null;
                default -> in = null;
            }
        }
        if (in == null || out == null) {
            System.err.println("Usage: ./hub early-warning --judge IN.csv --out OUT.csv");
            System.exit(2);
        }
        try {
            Map<String, List<WeekRow>> learners;
            try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
                learners = read(r);
            }
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                write(learners, w);
            }
            System.out.printf("Judged %d learners, %d rows, into %s%n", learners.size(),
                    learners.values().stream().mapToInt(List::size).sum(), out);
        } catch (BadInput e) {
            System.err.println(in + ":");
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("No such file: " + e.getFile());
            System.exit(1);
        } catch (java.io.UncheckedIOException | java.nio.charset.CharacterCodingException e) {
            System.err.println(in + ": cannot be read as a UTF-8 CSV file (" + e.getMessage() + ")");
            System.exit(1);
        }
    }

    /** A path as the caller of ./hub meant it: relative to the directory they called it from. */
    private static Path caller(String path) {
        String dir = System.getenv("HUB_CALLER_DIR");
        return dir == null ? Path.of(path) : Path.of(dir).resolve(path);
    }

    /** Every learner's rows, in the order learners first appear, checked for the format. */
    public static Map<String, List<WeekRow>> read(Reader in) throws IOException {
        List<String> errors = new ArrayList<>();
        Map<String, List<WeekRow>> learners = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        var parser = format.parse(in);
        if (!parser.getHeaderNames().equals(List.of(IN))) {
            throw new BadInput(List.of("line 1: the header must be " + String.join(",", IN)));
        }
        for (CSVRecord rec : parser) {
            long line = rec.getRecordNumber() + 1;
            if (rec.size() != IN.length) {
                errors.add("line " + line + ": " + IN.length + " fields expected, " + rec.size() + " found");
                continue;
            }
            try {
                WeekRow row = row(rec);
                learners.computeIfAbsent(row.learner(), k -> new ArrayList<>()).add(row);
            } catch (IllegalArgumentException e) {
                errors.add("line " + line + ": " + e.getMessage());
            }
        }
        learners.forEach((id, rows) -> complete(id, rows, errors));
        if (learners.isEmpty() && errors.isEmpty()) {
            errors.add("line 2: no learner");
        }
        if (!errors.isEmpty()) {
            throw new BadInput(errors);
        }
        return learners;
    }

    /** The verdict after each week of each learner, one OUT.csv row each. */
    public static void write(Map<String, List<WeekRow>> learners, Appendable out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(OUT).setRecordSeparator("\n").get())) {
            for (Map.Entry<String, List<WeekRow>> e : learners.entrySet()) {
                int weeks = e.getValue().get(0).weeks();
                for (int w = 1; w <= weeks; w++) {
                    Assessment a = Histories.judge(e.getValue(), w, RiskPolicy.DEFAULTS);
                    csv.printRecord(e.getKey(), w, a.silentNow(), a.level().wire(),
                            a.score() == null ? "" : String.format(Locale.ROOT, "%.3f", a.score()),
                            a.reasons().stream().map(Reason::code).collect(Collectors.joining(";")));
                }
            }
        }
    }

    private static WeekRow row(CSVRecord r) {
        String learner = r.get("learner").trim();
        if (learner.isEmpty()) {
            throw new IllegalArgumentException("learner is empty");
        }
        int weeks = whole(r, "weeks", 1, 52);
        LocalDate start = date(r.get("start"), "start");
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("start " + start + " is not a Monday");
        }
        int week = whole(r, "week", 1, weeks);
        boolean checkedIn = bool(r, "checkedIn");
        List<LocalDate> contacts = new ArrayList<>();
        for (String c : r.get("contacts").split(";")) {
            if (!c.isBlank()) {
                contacts.add(date(c.trim(), "contacts"));
            }
        }
        if (!checkedIn) {
            for (String f : List.of("progress", "stepReached", "hours", "mood", "needHelp")) {
                if (!r.get(f).isBlank()) {
                    throw new IllegalArgumentException(f + " must be empty when checkedIn is false");
                }
            }
            return new WeekRow(learner, weeks, start, week, false, null, null, null, null, null, contacts);
        }
        Integer step = r.get("stepReached").isBlank() ? null : whole(r, "stepReached", 0, 1000);
        double hours;
        try {
            hours = Double.parseDouble(r.get("hours").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("hours must be a decimal number");
        }
        if (!(hours >= 0 && hours <= 168)) {
            throw new IllegalArgumentException("hours must be from 0 to 168");
        }
        return new WeekRow(learner, weeks, start, week, true, whole(r, "progress", 0, 100), step, hours,
                whole(r, "mood", 1, 5), bool(r, "needHelp"), contacts);
    }

    /** Each learner: the same weeks and start on every row, and exactly one row for each week 1..weeks. */
    private static void complete(String id, List<WeekRow> rows, List<String> errors) {
        WeekRow first = rows.get(0);
        boolean[] seen = new boolean[first.weeks() + 1];
        for (WeekRow r : rows) {
            if (r.weeks() != first.weeks() || !r.start().equals(first.start())) {
                errors.add("learner " + id + ": weeks and start differ between rows");
                return;
            }
            if (seen[r.week()]) {
                errors.add("learner " + id + ": week " + r.week() + " appears twice");
                return;
            }
            seen[r.week()] = true;
        }
        for (int w = 1; w <= first.weeks(); w++) {
            if (!seen[w]) {
                errors.add("learner " + id + ": week " + w + " is missing");
                return;
            }
        }
        rows.sort(java.util.Comparator.comparingInt(WeekRow::week));
    }

    private static int whole(CSVRecord r, String field, int min, int max) {
        try {
            int v = Integer.parseInt(r.get(field).trim());
            if (v < min || v > max) {
                throw new IllegalArgumentException(field + " must be from " + min + " to " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a whole number");
        }
    }

    private static boolean bool(CSVRecord r, String field) {
        return switch (r.get(field).trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(field + " must be true or false");
        };
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be a date YYYY-MM-DD");
        }
    }
}
