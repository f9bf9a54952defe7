package org.lcmhub.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Constructed check-ins on an 8-week, 8-step path (12.5 points a week), each sent on its Wednesday. */
final class ConstructedWeeks {
    static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday
    static final Plan PLAN = new Plan(8, 8);

    private ConstructedWeeks() {
    }

    static CheckIn week(int w, int progress, double hours, int mood) {
        LocalDate monday = START.plusWeeks(w - 1);
        return new CheckIn(monday, progress, null, hours, mood, false, monday.plusDays(2));
    }

    /** Weeks 1..4 on plan at 5 hours and mood 4, then weeks 5 and 6 made by {@code change}. */
    static List<CheckIn> usualThen(IntFunction<CheckIn> change) {
        List<CheckIn> list = new ArrayList<>();
        for (int w = 1; w <= 4; w++) {
            list.add(week(w, (int) Math.round(12.5 * w), 5, 4));
        }
        list.add(change.apply(5));
        list.add(change.apply(6));
        return list;
    }
}
