package org.lcmhub.appointments;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.lcmhub.appointments.model.SlotChoice;
import org.lcmhub.appointments.model.SlotInput;
import org.lcmhub.cohort.model.LastDay;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.mentor.model.Slot;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.Occurrence;
import org.lcmhub.pairing.VideoRoom;

/** Checks a 1:1 slot field by field, one message per bad field. */
public final class SlotRules {
    static final int MINUTES_MIN = 15;
    static final int MINUTES_MAX = 120;
    static final int WEEKS_MAX = 52;
    static final int TEXT_MAX = 2_000;
    /** Why a session note's date is refused when it is after the mentor's today (a param of the error). */
    static final String AFTER_TODAY = "after-today";
    /** Why a move's or a proposal's time is refused when it is the meeting's own (a param of the error). */
    static final String SAME_TIME = "same-time";
    /** Why a move's {@code time} is refused when, on the day given, it has already passed. */
    static final String TIME_PAST = "past";
    static final Pattern TIME = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    private SlotRules() {
    }

    /**
     * The slot, its first meeting on the first {@code day} on or after {@code firstDate} (default:
     * {@code today}, the mentor's date); a first date before today is refused, except a series'
     * own start ({@code ownStart}, null for a new series): the form sends it back unchanged, and
     * its held meetings stay as they were.
     */
    public static SlotChoice check(SlotInput in, LocalDate today, LocalDate ownStart) {
        Map<String, String> errors = new LinkedHashMap<>();
        DayOfWeek day = in.day() == null ? null : Slot.day(in.day().toLowerCase(java.util.Locale.ROOT));
        if (day == null) {
            errors.put("day", "Choose a day: mon, tue, wed, thu, fri, sat or sun.");
        }
        LocalTime time = in.time() != null && TIME.matcher(in.time()).matches() ? LocalTime.parse(in.time()) : null;
        if (time == null) {
            errors.put("time", "Give the time as HH:mm, in your time zone.");
        }
        if (in.durationMinutes() == null || in.durationMinutes() < MINUTES_MIN || in.durationMinutes() > MINUTES_MAX) {
            errors.put("durationMinutes", "A 1:1 lasts " + MINUTES_MIN + " to " + MINUTES_MAX + " minutes.");
        }
        LocalDate from = today;
        if (in.firstDate() != null) {
            from = date(in.firstDate());
            if (from == null) {
                errors.put("firstDate", "Give the first date as yyyy-MM-dd.");
            } else if (from.isBefore(today) && !from.equals(ownStart)) {
                errors.put("firstDate", "The first date cannot be in the past.");
            }
        }
        if (in.weeks() == null || in.weeks() < 1 || in.weeks() > WEEKS_MAX) {
            errors.put("weeks", "A series has 1 to " + WEEKS_MAX + " weekly meetings.");
        }
        String location = in.location() == null || in.location().isBlank() ? null : in.location().strip();
        String linkProblem = location == null ? null : VideoRoom.problem(location);
        if (linkProblem != null) {
            errors.put("location", "too-long".equals(linkProblem)
                    ? "The meeting link has at most " + VideoRoom.MAX_LENGTH + " characters."
                    : "Give your meeting link as one https:// address (Meet, Zoom, Teams…), or leave it empty "
                    + "to use the video room the hub makes for you.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new SlotChoice(day, time, in.durationMinutes(), from.with(TemporalAdjusters.nextOrSame(day)),
                in.weeks(), location);
    }

    /**
     * The slot stopped at the learner's {@code lastDay} (null: no end known): only the meetings on
     * or before it, as a date on the learner's clock, are kept. A first meeting already after it is
     * refused, since no meeting would be left.
     */
    public static SlotChoice untilLastDay(SlotChoice c, ZoneId mentorZone, ZoneId learnerZone, LastDay lastDay) {
        if (lastDay == null) {
            return c;
        }
        int kept = 0;
        while (kept < c.weeks() && !pastLastDay(c.firstDate().plusWeeks(kept), c.time(), mentorZone, learnerZone,
                lastDay)) {
            kept++;
        }
        if (kept == 0) {
            throw new PastLastDay("firstDate", lastDay);
        }
        return kept == c.weeks() ? c
                : new SlotChoice(c.day(), c.time(), c.durationMinutes(), c.firstDate(), kept, c.location());
    }

    /** Whether a meeting at {@code time} on {@code date} (the mentor's clock) falls after the learner's last day, on theirs. */
    static boolean pastLastDay(LocalDate date, LocalTime time, ZoneId mentorZone, ZoneId learnerZone, LastDay lastDay) {
        return lastDay != null && learnerDay(date, time, mentorZone, learnerZone).isAfter(lastDay.date());
    }

    /** The date on the learner's clock of a meeting at {@code time} on {@code date}, the mentor's. */
    static LocalDate learnerDay(LocalDate date, LocalTime time, ZoneId mentorZone, ZoneId learnerZone) {
        return date.atTime(time).atZone(mentorZone).withZoneSameInstant(learnerZone).toLocalDate();
    }

    /**
     * A meeting after the learner's last day, given in {@code field}: a field error the page words
     * from {@code lastDay}, naming the cohort's end or the learner's own plan, whichever sets it.
     */
    public static final class PastLastDay extends RuntimeException {
        private final String field;
        private final LastDay lastDay;

        public PastLastDay(String field, LastDay lastDay) {
            super("After the learner's last day");
            this.field = field;
            this.lastDay = lastDay;
        }

        public String field() {
            return field;
        }

        public LastDay lastDay() {
            return lastDay;
        }
    }

    /**
     * A change to the meeting planned on {@code planned}: cancelled, or moved to {@code date} at
     * {@code time} (the series' zone), neither before {@code today} (the mentor's date) nor after the
     * learner's {@code lastDay} on their clock ({@code learnerZone}), as {@link #untilLastDay} stops a series.
     */
    public static Occurrence checkMeeting(Appointment series, String planned, String date, String time,
                                          boolean cancel, Instant now, ZoneId mentorZone, ZoneId learnerZone,
                                          LastDay lastDay) {
        Occurrence change = checkMeeting(series, planned, date, time, cancel, LocalDate.ofInstant(now, mentorZone));
        if (change.cancelled()) {
            return change;
        }
        ZonedDateTime start = change.date().atTime(change.time()).atZone(series.zone());
        // Moved where it already is: nothing would change, yet both would be told it moved.
        if (series.meeting(change.original()).filter(m -> !m.cancelled()
                && m.start().toInstant().equals(start.toInstant())).isPresent()) {
            throw sameTime("That is already this meeting's time: change the date or the time to move it.");
        }
        // Today, but at an hour already gone: nobody could meet then.
        if (!start.toInstant().isAfter(now)) {
            throw new InvalidInput(Map.of("time", "That time has already passed: choose a later one."),
                    Map.of("time", TIME_PAST));
        }
        if (pastLastDay(change.date(), change.time(), series.zone(), learnerZone, lastDay)) {
            throw new PastLastDay("date", lastDay);
        }
        series.overlapping(start, change.original()).ifPresent(other -> {
            throw new Overlap(other, learnerZone);
        });
        return change;
    }

    /** A time refused on {@code time} because it is the meeting's own: the page words it from {@link #SAME_TIME}. */
    static InvalidInput sameTime(String said) {
        return new InvalidInput(Map.of("time", said), Map.of("time", SAME_TIME));
    }

    /**
     * {@code next}, the series {@code old} changed by its mentor, refused when two of its meetings
     * overlap that did not already: a meeting moved and kept, and one of the new times over it.
     */
    static void checkNoNewOverlap(Appointment old, Appointment next, ZoneId learnerZone) {
        for (Appointment.Meeting m : next.meetings()) {
            if (m.cancelled()) {
                continue;
            }
            next.overlapping(m.start(), m.planned())
                    .filter(other -> !overlapped(old, m.planned(), other.planned()))
                    // The one named is the meeting kept as it was, the moved one when there is one.
                    .ifPresent(other -> {
                        throw new Overlap(m.moved() && !other.moved() ? m : other, learnerZone);
                    });
        }
    }

    /** Whether the meetings of {@code a} planned on {@code one} and {@code other} overlapped already. */
    private static boolean overlapped(Appointment a, LocalDate one, LocalDate other) {
        var x = a.meeting(one).filter(m -> !m.cancelled());
        var y = a.meeting(other).filter(m -> !m.cancelled());
        return x.isPresent() && y.isPresent() && overlaps(a, x.get(), y.get());
    }

    private static boolean overlaps(Appointment a, Appointment.Meeting x, Appointment.Meeting y) {
        java.time.Duration length = java.time.Duration.ofMinutes(a.durationMinutes());
        return x.start().toInstant().isBefore(y.start().toInstant().plus(length))
                && y.start().toInstant().isBefore(x.start().toInstant().plus(length));
    }

    /**
     * A time that overlaps {@code other}, another meeting of the series: refused, naming it on
     * each clock (the series' and the learner's, {@code learnerZone}).
     */
    public static final class Overlap extends RuntimeException {
        private final Appointment.Meeting other;
        private final ZoneId learnerZone;

        public Overlap(Appointment.Meeting other, ZoneId learnerZone) {
            super("Overlaps another meeting of the series", null, false, false);
            this.other = other;
            this.learnerZone = learnerZone;
        }

        public Appointment.Meeting other() {
            return other;
        }

        public ZoneId learnerZone() {
            return learnerZone;
        }
    }

    private static Occurrence checkMeeting(Appointment series, String planned, String date, String time,
                                           boolean cancel, LocalDate today) {
        LocalDate original = planned == null ? null : date(planned);
        if (original == null || series.meeting(original).isEmpty()) {
            throw new OneToOneService.NoSuchMeeting();
        }
        // A meeting already held under an earlier rule is past where it took place, whatever its planned date.
        if (original.isBefore(today) || series.meeting(original).map(m -> !m.cancelled()
                && m.start().toLocalDate().isBefore(today)).orElse(false)) {
            throw new OneToOneService.MeetingPast();
        }
        if (cancel) {
            return Occurrence.cancelled(original);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = date == null ? null : date(date);
        if (day == null) {
            errors.put("date", "Give the new date as yyyy-MM-dd.");
        } else if (day.isBefore(today)) {
            errors.put("date", "The new date cannot be in the past.");
        }
        LocalTime at = time != null && TIME.matcher(time).matches() ? LocalTime.parse(time) : null;
        if (at == null) {
            errors.put("time", "Give the new time as HH:mm, in your time zone.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Occurrence.moved(original, day, at);
    }

    /** A session note: a real date no later than {@code today} (the mentor's), 1–2,000 characters. */
    public static LocalDate checkSession(String date, String text, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> params = new LinkedHashMap<>();
        LocalDate d = date == null ? null : date(date);
        if (d == null) {
            errors.put("date", "Give the date of the 1:1 as yyyy-MM-dd.");
        } else if (d.isAfter(today)) {
            errors.put("date", "A session note is about a 1:1 that took place: " + today + " at the latest.");
            // The mentor's today is not the reader's browser's: the page names the latest day.
            params.put("date", AFTER_TODAY);
            params.put("latestDate", today.toString());
        }
        if (text == null || text.isBlank() || text.length() > TEXT_MAX) {
            errors.put("text", "Write the note, at most " + TEXT_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors, params);
        }
        return d;
    }

    static LocalDate date(String value) {
        if (!DATE.matcher(value).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
