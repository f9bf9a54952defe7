package org.lcmhub.pairing;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One meeting of a series that differs from the rule: the meeting planned on {@code original} (a
 * date of the series, in the mentor's zone) is cancelled, or held on {@code date} at {@code time}
 * instead. Calendar apps know it by the series' UID and the original start (RECURRENCE-ID).
 * {@code held}: no move of anyone's, but a meeting already held under the series' earlier rule,
 * kept where it took place when the mentor changed the rule of the meetings to come.
 */
public record Occurrence(LocalDate original, LocalDate date, LocalTime time, boolean cancelled, boolean held) {
    public Occurrence {
        if (!cancelled && (date == null || time == null)) {
            throw new IllegalArgumentException("a moved meeting has a date and a time");
        }
    }

    public static Occurrence cancelled(LocalDate original) {
        return new Occurrence(original, null, null, true, false);
    }

    public static Occurrence moved(LocalDate original, LocalDate date, LocalTime time) {
        return new Occurrence(original, date, time, false, false);
    }

    /** A meeting held under an earlier rule, where it took place: not "moved" to anyone reading the series. */
    public static Occurrence held(LocalDate original, LocalDate date, LocalTime time) {
        return new Occurrence(original, date, time, false, true);
    }
}
