package org.lcmhub.pairing;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One meeting of a series that differs from the rule: the meeting planned on {@code original} (a
 * date of the series, in the mentor's zone) is cancelled, or held on {@code date} at {@code time}
 * instead. Calendar apps know it by the series' UID and the original start (RECURRENCE-ID).
 */
public record Occurrence(LocalDate original, LocalDate date, LocalTime time, boolean cancelled) {
    public Occurrence {
        if (!cancelled && (date == null || time == null)) {
            throw new IllegalArgumentException("a moved meeting has a date and a time");
        }
    }

    public static Occurrence cancelled(LocalDate original) {
        return new Occurrence(original, null, null, true);
    }

    public static Occurrence moved(LocalDate original, LocalDate date, LocalTime time) {
        return new Occurrence(original, date, time, false);
    }
}
