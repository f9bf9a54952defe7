package org.lcmhub.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * When the learner was last in touch with the people who help them, as "asked for help, not
 * contacted yet" reads it: a contact note an LCM recorded, or a 1:1 their mentor reports as held.
 * A mentor who went through the problem with the learner has answered the request as surely as a
 * call from the LCM, and the team should not be sent to call again. The score never reads it: the
 * help request left the model, and the bench's histories carry contact notes only.
 */
public final class Contacts {
    private Contacts() {
    }

    /**
     * The later of {@code noteDay} (the last contact note's day, null: none) and the day of the
     * last 1:1 reported held up to {@code today} (a report dated ahead says nothing yet); null when
     * there is neither.
     */
    public static LocalDate lastOn(LocalDate noteDay, List<SessionOutcome> sessions, LocalDate today) {
        LocalDate last = noteDay;
        for (SessionOutcome s : sessions) {
            if (s.kind() == SessionOutcome.Kind.HELD && !s.date().isAfter(today)
                    && (last == null || s.date().isAfter(last))) {
                last = s.date();
            }
        }
        return last;
    }

    /** Whether a contact on {@code lastOn} answers a request for help asked on {@code askedOn}: the same day or later. */
    public static boolean answers(LocalDate lastOn, LocalDate askedOn) {
        return lastOn != null && !lastOn.isBefore(askedOn);
    }
}
