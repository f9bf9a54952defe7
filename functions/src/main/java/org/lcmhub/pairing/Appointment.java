package org.lcmhub.pairing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A learner's regular 1:1 series as stored: weekly on {@code day} at {@code time} in the mentor's
 * zone, {@code weeks} meetings from {@code firstDate} (the first meeting's date). {@code uid} stays
 * for the life of the series; {@code sequence} grows on every change. {@code occurrences} are the
 * meetings moved or cancelled one by one (ordered by their planned date), and those a change of
 * the rule kept apart from it ({@link #apart}). {@code location} is the mentor's
 * own https meeting link, or null for the generated room ({@link #videoUrl()}).
 */
public record Appointment(String learnerId, String mentorId, String cohortId, String uid, int sequence,
                          DayOfWeek day, LocalTime time, int durationMinutes, ZoneId zone, LocalDate firstDate,
                          int weeks, String location, Instant updatedAt, List<Occurrence> occurrences) {

    public Appointment {
        occurrences = occurrences == null ? List.of() : List.copyOf(occurrences);
    }

    /** A series that follows its rule, every meeting as planned. */
    public Appointment(String learnerId, String mentorId, String cohortId, String uid, int sequence, DayOfWeek day,
                       LocalTime time, int durationMinutes, ZoneId zone, LocalDate firstDate, int weeks,
                       String location, Instant updatedAt) {
        this(learnerId, mentorId, cohortId, uid, sequence, day, time, durationMinutes, zone, firstDate, weeks,
                location, updatedAt, List.of());
    }

    /** The dates the rule gives, in the mentor's zone (before any meeting is moved or cancelled). */
    public List<LocalDate> plannedDates() {
        LocalDate first = slot().first().toLocalDate();
        return IntStream.range(0, weeks).mapToObj(first::plusWeeks).toList();
    }

    /**
     * The rule's dates whose planned time is still to come, moved or cancelled since or not: what
     * the mentor's form asks ("from this date, that many meetings"), so that a form sent back as
     * given keeps the rule. A meeting planned earlier and moved later is not one of them: it stays
     * under its own date, which is past.
     */
    public List<LocalDate> plannedToCome(Instant now) {
        return plannedDates().stream().filter(d -> d.atTime(time).atZone(zone).toInstant().isAfter(now)).toList();
    }

    /** The series with {@code change} in place of any earlier change to the same meeting, as the next version. */
    public Appointment with(Occurrence change, Instant now) {
        List<Occurrence> next = new ArrayList<>(occurrences.stream()
                .filter(o -> !o.original().equals(change.original())).toList());
        next.add(change);
        next.sort(Comparator.comparing(Occurrence::original));
        return new Appointment(learnerId, mentorId, cohortId, uid, sequence + 1, day, time, durationMinutes, zone,
                firstDate, weeks, location, now, next);
    }

    public RecurringSlot slot() {
        return new RecurringSlot(day, time, Duration.ofMinutes(durationMinutes), zone, firstDate, 1, weeks);
    }

    /** Where the pair meets: the mentor's own link ({@code location}) or the series' generated room. */
    public String videoUrl() {
        return VideoRoom.link(location, uid);
    }

    /** A meeting as it will be: its planned date, its start (moved or not) and whether it is cancelled. */
    public record Meeting(LocalDate planned, ZonedDateTime start, boolean moved, boolean cancelled) {
        /** Whether it is still to come at {@code now}: not cancelled, not started. */
        public boolean toCome(Instant now) {
            return !cancelled && !past(now);
        }

        /** Whether its time has gone by at {@code now}: held, or cancelled for a time now past. */
        public boolean past(Instant now) {
            return !start.toInstant().isAfter(now);
        }
    }

    /** The meeting planned on {@code planned} (moved or cancelled since, maybe), if the series has one. */
    public Optional<Meeting> meeting(LocalDate planned) {
        return meetings().stream().filter(m -> m.planned().equals(planned)).findFirst();
    }

    /**
     * The day, on the mentor's clock, of the latest meeting begun by {@code now} and not cancelled;
     * null when none has begun. The day a report's form starts on, wherever it is written (the
     * mentor page, the dashboard): a report on today, which may be no meeting at all, would mail
     * the learner about a 1:1 that never was.
     */
    public LocalDate lastBegun(Instant now) {
        return meetings().stream().filter(m -> !m.cancelled() && m.past(now)).reduce((a, b) -> b)
                .map(m -> m.start().withZoneSameInstant(zone()).toLocalDate()).orElse(null);
    }

    /**
     * The meeting under way at {@code now}, or null: begun and not over, not cancelled. Past for
     * what can change ({@link Meeting#past}), yet not over for the people in it.
     */
    public Meeting underWay(Instant now) {
        return meetings().stream().filter(m -> !m.cancelled() && m.past(now)
                && m.start().toInstant().plusSeconds(60L * durationMinutes).isAfter(now)).findFirst().orElse(null);
    }

    /** The meetings still to come at {@code now}, in order (all of a series not begun, cancelled ones aside). */
    public List<Meeting> toCome(Instant now) {
        return meetings().stream().filter(m -> m.toCome(now)).toList();
    }

    /**
     * The meetings whose time has not gone by at {@code now}, cancelled ones included: those a
     * change of the rule re-plans, counted from the first of them (what the mentor's form asks).
     */
    public List<Meeting> ahead(Instant now) {
        return meetings().stream().filter(m -> !m.past(now)).toList();
    }

    /**
     * Every meeting of the series, in order of start: the rule's, with the changes applied, and the
     * ones kept apart from it ({@link #apart}).
     */
    public List<Meeting> meetings() {
        List<LocalDate> dates = plannedDates();
        List<Meeting> all = new ArrayList<>(dates.stream().map(d -> meeting(d,
                occurrences.stream().filter(x -> x.original().equals(d)).findFirst().orElse(null))).toList());
        apart().forEach(o -> all.add(meeting(o.original(), o)));
        all.sort(Comparator.comparing((Meeting m) -> m.start().toInstant()).thenComparing(Meeting::planned));
        return all;
    }

    /**
     * The meetings kept apart from the rule: held under an earlier one, or moved and kept when the
     * rule changed, each known by its own planned date, which no date of the rule is. Counted
     * besides the rule's {@code weeks}.
     */
    public List<Occurrence> apart() {
        List<LocalDate> dates = plannedDates();
        return occurrences.stream().filter(o -> !dates.contains(o.original())).toList();
    }

    /**
     * The first meeting, neither cancelled nor the one planned on {@code except}, that a meeting
     * of the series' length from {@code start} would overlap: two meetings of one pair never share
     * a moment. Empty when that time is free.
     */
    public Optional<Meeting> overlapping(ZonedDateTime start, LocalDate except) {
        Duration length = Duration.ofMinutes(durationMinutes);
        Instant from = start.toInstant();
        Instant to = from.plus(length);
        return meetings().stream().filter(m -> !m.cancelled() && !m.planned().equals(except))
                .filter(m -> m.start().toInstant().isBefore(to) && from.isBefore(m.start().toInstant().plus(length)))
                .findFirst();
    }

    /** Whether {@code m} is one of the rule's meetings, not one kept apart from it. */
    public boolean ofRule(Meeting m) {
        return plannedDates().contains(m.planned());
    }

    private Meeting meeting(LocalDate d, Occurrence o) {
        ZonedDateTime planned = d.atTime(time).atZone(zone);
        if (o == null) {
            return new Meeting(d, planned, false, false);
        }
        if (o.cancelled()) {
            return new Meeting(d, planned, false, true);
        }
        ZonedDateTime start = o.date().atTime(o.time()).atZone(zone);
        // Moved back to the rule's own date and time: as planned again, not "moved" to where it was.
        boolean backOnRule = start.equals(planned) && plannedDates().contains(d);
        return new Meeting(d, start, !o.held() && !backOnRule, false);
    }
}
