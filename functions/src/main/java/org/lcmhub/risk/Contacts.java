package org.lcmhub.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
     * Whether a 1:1 reported held answers a request for help asked at {@code askedAt}: one that may
     * have begun after it, and by {@code now} (a report dated ahead says nothing yet). Read on
     * instants, not on two calendars: a mentor west of the learner meets them after the request on
     * an earlier day of their own. A report known by its date alone is read on the learner's clock
     * ({@code zone}): the same day as the request or later.
     */
    public static boolean heldSince(List<SessionOutcome> sessions, Instant askedAt, Instant now, ZoneId zone) {
        return lastHeldSince(sessions, askedAt, now, zone) != null;
    }

    /**
     * The day of the last 1:1 held that answers a request asked at {@code askedAt}, as {@link #heldSince}
     * reads them (null: none): a series meeting's day on the learner's clock ({@code zone}), else the
     * report's own date, the only day known of it.
     */
    public static LocalDate lastHeldSince(List<SessionOutcome> sessions, Instant askedAt, Instant now, ZoneId zone) {
        LocalDate askedOn = LocalDate.ofInstant(askedAt, zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate last = null;
        for (SessionOutcome s : sessions) {
            if (s.kind() != SessionOutcome.Kind.HELD) {
                continue;
            }
            boolean since = s.from() == null ? !s.date().isAfter(today) && !s.date().isBefore(askedOn)
                    : !s.from().isAfter(now) && s.until().isAfter(askedAt);
            LocalDate day = s.from() != null && s.from().equals(s.until()) ? LocalDate.ofInstant(s.from(), zone) : s.date();
            if (since && (last == null || day.isAfter(last))) {
                last = day;
            }
        }
        return last;
    }

    /** Whether a contact on {@code lastOn} answers a request for help asked on {@code askedOn}: the same day or later. */
    public static boolean answers(LocalDate lastOn, LocalDate askedOn) {
        return lastOn != null && !lastOn.isBefore(askedOn);
    }
}
