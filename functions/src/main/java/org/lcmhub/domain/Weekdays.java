package org.lcmhub.domain;

import java.time.DayOfWeek;

/** Days as the API, the site and the table write them: {@code mon} … {@code sun}. */
public final class Weekdays {
    private static final String[] CODES = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private Weekdays() {
    }

    public static String code(DayOfWeek day) {
        return CODES[day.getValue() - 1];
    }

    /** The day for a code, or null. */
    public static DayOfWeek day(String code) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (code(d).equals(code)) {
                return d;
            }
        }
        return null;
    }
}
