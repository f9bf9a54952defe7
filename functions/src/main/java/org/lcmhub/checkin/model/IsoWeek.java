package org.lcmhub.checkin.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lcmhub.domain.Digits;

/** An ISO-8601 week such as {@code 2027-W03}: Monday to Sunday, week 1 holds the year's first Thursday. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})-W(\\d{2})$");

    public IsoWeek {
        int weeks = weeksIn(year);
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(year + " has weeks 1 to " + weeks);
        }
    }

    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The week named by {@code text}, or empty when it is not a real ISO week. */
    public static Optional<IsoWeek> parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        return year >= 2000 && year <= 2100 && week >= 1 && week <= weeksIn(year)
                ? Optional.of(new IsoWeek(year, week)) : Optional.empty();
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    public int compareTo(IsoWeek other) {
        return monday().compareTo(other.monday());
    }

    @Override
    public String toString() {
        return Digits.zeroPadded(year, 4) + "-W" + Digits.zeroPadded(week, 2);
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
