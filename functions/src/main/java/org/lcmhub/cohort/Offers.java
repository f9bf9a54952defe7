package org.lcmhub.cohort;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;

/**
 * Which cohorts a learner is offered when signing up. A cohort is offered while it is open and
 * at most half of it has gone by: joining later leaves too little of the path to follow with the
 * group (a cohort of 8 weeks is offered until the end of its 4th week; one that has not started
 * always is). Cohorts in the reader's language come first, then the earliest start.
 */
public final class Offers {
    private Offers() {
    }

    /**
     * Where a cohort stands for new learners, as the sign-up form offers it and the LCMs' cohort
     * list says it: one rule for both. A full cohort is still offered (a sign-up joins its waitlist).
     */
    public enum State {
        OPEN, FULL, PAST_HALF, ENDED, CLOSED;

        /** The code the API and the pages use: {@code open}, {@code full}, {@code past-half}, ... */
        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean offered() {
            return this == OPEN || this == FULL;
        }
    }

    /** {@code cohort}'s state for new learners on {@code today} (UTC). */
    public static State state(Cohort cohort, LocalDate today) {
        return cohort.open() ? stateIfOpen(cohort, today) : State.CLOSED;
    }

    /**
     * The state {@code cohort} would have on {@code today} with its sign-ups open: whether reopening
     * closed sign-ups would offer it to anyone (a cohort past half or ended would not be).
     */
    public static State stateIfOpen(Cohort cohort, LocalDate today) {
        if (today.isAfter(cohort.endDate())) {
            return State.ENDED;
        }
        if (today.isAfter(lastOfferedDay(cohort.startDate(), cohort.weeks()))) {
            return State.PAST_HALF;
        }
        return cohort.seatsLeft() > 0 ? State.OPEN : State.FULL;
    }

    /**
     * The last day a cohort starting on {@code start} and lasting {@code weeks} is offered: half of
     * its days gone by, not more. The cohort store keeps it on the cohort item, so that reopening
     * sign-ups is refused by the write's own condition once this day has passed (it is never after
     * the end date, so an ended cohort is refused too).
     */
    public static LocalDate lastOfferedDay(LocalDate start, int weeks) {
        return start.plusDays(weeks * 7L / 2);
    }

    /**
     * Whether a seat freed or added in a cohort of these dates goes to its waitlist on {@code today}
     * (UTC): only up to the last day it is offered, for the same reason. A learner given a seat in
     * its last weeks would get too little of the path; the seat stays free instead, and those
     * waiting are offered another cohort ({@link #seatsElsewhere}).
     */
    public static boolean givesSeats(LocalDate start, int weeks, LocalDate today) {
        return !today.isAfter(lastOfferedDay(start, weeks));
    }

    /**
     * Why {@code cohort}'s waitlist gets no more seats on {@code today}: {@link State#PAST_HALF} or
     * {@link State#ENDED}; null while it still does ({@link #givesSeats}).
     */
    public static State noMoreSeats(Cohort cohort, LocalDate today) {
        if (givesSeats(cohort.startDate(), cohort.weeks(), today)) {
            return null;
        }
        return today.isAfter(cohort.endDate()) ? State.ENDED : State.PAST_HALF;
    }

    /** True when {@code cohort} can be joined on {@code today} (UTC). */
    public static boolean offered(Cohort cohort, LocalDate today) {
        return state(cohort, today).offered();
    }

    /**
     * For a learner waiting in {@code waitingIn}: the cohort of the same path ({@code ofPath}) they
     * could have a seat in instead, offered on {@code today} with a seat left, in their
     * {@code language} first, then the earliest; null when none.
     */
    public static Cohort seatElsewhere(List<Cohort> ofPath, LocalDate today, Language language, String waitingIn) {
        return seatsElsewhere(ofPath, today, language, waitingIn).stream().findFirst().orElse(null);
    }

    /**
     * Every cohort {@link #seatElsewhere} chooses from, in the same order: My page offers each, so
     * a learner who asked for one of them on the path's page finds it there.
     */
    public static List<Cohort> seatsElsewhere(List<Cohort> ofPath, LocalDate today, Language language, String waitingIn) {
        return offers(ofPath, today, language).stream()
                .filter(c -> !c.cohortId().equals(waitingIn) && c.seatsLeft() > 0).toList();
    }

    /**
     * What a page needs to offer {@code c} as a seat elsewhere: the same fields wherever the API gives
     * one, the title in {@code reader}'s language (the learner's).
     */
    public static Map<String, Object> seatView(Cohort c, Language reader) {
        Map<String, Object> seat = new LinkedHashMap<>();
        seat.put("cohortId", c.cohortId());
        seat.put("title", CohortNames.title(c, reader));
        seat.put("language", c.language().code());
        seat.put("startDate", c.startDate().toString());
        seat.put("weeks", c.weeks());
        seat.put("seatsLeft", c.seatsLeft());
        return seat;
    }

    /** The offered cohorts, those in {@code language} first (null: no preference), then by start date. */
    public static List<Cohort> offers(List<Cohort> cohorts, LocalDate today, Language language) {
        Comparator<Cohort> order = Comparator.comparing((Cohort c) -> language != null && language != c.language())
                .thenComparing(Cohort::startDate).thenComparing(Cohort::cohortId);
        return cohorts.stream().filter(c -> offered(c, today)).sorted(order).toList();
    }
}
