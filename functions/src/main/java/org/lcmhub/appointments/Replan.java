package org.lcmhub.appointments;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.appointments.model.SlotChoice;
import org.lcmhub.appointments.store.AppointmentStore.Withdrawals;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.Occurrence;

/**
 * A saved series changed from the mentor's form. Meeting by meeting (the first of the old series
 * with the first of the new, and so on): one already held stays as it was, since the past does not
 * change; one still to come that the mentor moved or cancelled stays so, since that was agreed with
 * the mentee; every other one follows the new rule, unless the new rule would put it in the past.
 */
final class Replan {
    private Replan() {
    }

    /**
     * The new rule's first date, so that the meetings still to come follow it with no gap and none
     * added lands in the past. Of a series under way (a meeting already held, so its first date is
     * history, no longer the mentor's choice), a new weekday keeps each meeting in its own week
     * (Monday to Sunday): from Tuesdays to Mondays on a Wednesday, the next meeting is the coming
     * Monday, not the one after; another first date (or none: today) is that of the next meeting.
     * Then, when meetings are added after a series whose dates are past, the rule moves on by whole
     * weeks until the first added meeting is still to come: no meeting is created before now. Fewer
     * meetings than are already past end the series after them: the past ones stay, none is dropped.
     * A series not yet under way starts at its first meeting still to come ({@link #fromNow}).
     */
    static SlotChoice anchored(Appointment old, SlotChoice c, boolean ownStart, ZoneId zone, Instant now) {
        int held = (int) old.plannedDates().stream()
                .filter(d -> !d.atTime(old.time()).atZone(old.zone()).toInstant().isAfter(now)).count();
        int weeks = Math.max(c.weeks(), held);
        LocalDate first = c.firstDate();
        if (held == 0) {
            first = toCome(first, c, zone, now);
        } else {
            first = ownStart
                    ? old.firstDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            .with(TemporalAdjusters.nextOrSame(c.day()))
                    : toCome(first, c, zone, now).minusWeeks(held);
        }
        int kept = old.weeks();
        if (weeks > kept) {
            first = toCome(first.plusWeeks(kept), c, zone, now).minusWeeks(kept);
        }
        return first.equals(c.firstDate()) && weeks == c.weeks() ? c
                : new SlotChoice(c.day(), c.time(), c.durationMinutes(), first, weeks, c.location());
    }

    /**
     * A series not yet under way starts at its first meeting still to come: a first date of today
     * at an hour already past is next week's, as the preview shows before saving (a mentor who
     * leaves the form's date as it is means "from now on", and no meeting is made in the past).
     */
    static SlotChoice fromNow(SlotChoice c, ZoneId zone, Instant now) {
        LocalDate first = toCome(c.firstDate(), c, zone, now);
        return first.equals(c.firstDate()) ? c
                : new SlotChoice(c.day(), c.time(), c.durationMinutes(), first, c.weeks(), c.location());
    }

    /**
     * Whether {@code in} starts a new series rather than changing {@code old}: every meeting of
     * {@code old} is held or cancelled, and another first date (or none: today) is asked. The new
     * one has its own UID, so calendars keep the held meetings where they were, as a replan of the
     * old rule (pairing its meetings with the old ones) would not.
     */
    static boolean startsAnew(Appointment old, String firstDate, Instant now) {
        return !old.firstDate().toString().equals(firstDate) && old.toCome(now).isEmpty();
    }

    /** {@code date}, or the first week after it, whose meeting at the rule's time is still to come. */
    private static LocalDate toCome(LocalDate date, SlotChoice c, ZoneId zone, Instant now) {
        LocalDate d = date;
        while (!d.atTime(c.time()).atZone(zone).toInstant().isAfter(now)) {
            d = d.plusWeeks(1);
        }
        return d;
    }

    /** {@code asked}: the new rule, every meeting as planned; {@code old}: the series as saved. */
    static Appointment of(Appointment old, Appointment asked, Instant now) {
        List<Appointment.Meeting> before = old.meetings();
        List<LocalDate> dates = asked.plannedDates();
        List<Occurrence> changes = new ArrayList<>();
        for (int i = 0; i < dates.size() && i < before.size(); i++) {
            Appointment.Meeting was = before.get(i);
            LocalDate planned = dates.get(i);
            boolean held = !was.start().toInstant().isAfter(now);
            boolean wouldBePast = !planned.atTime(asked.time()).atZone(asked.zone()).toInstant().isAfter(now);
            if (!(held || was.moved() || was.cancelled() || wouldBePast)) {
                continue;
            }
            if (was.cancelled()) {
                changes.add(Occurrence.cancelled(planned));
            } else {
                var start = was.start().withZoneSameInstant(asked.zone());
                if (!start.toLocalDate().equals(planned) || !start.toLocalTime().equals(asked.time())) {
                    changes.add(Occurrence.moved(planned, start.toLocalDate(), start.toLocalTime()));
                }
            }
        }
        return new Appointment(asked.learnerId(), asked.mentorId(), asked.cohortId(), asked.uid(), asked.sequence(),
                asked.day(), asked.time(), asked.durationMinutes(), asked.zone(), asked.firstDate(), asked.weeks(),
                asked.location(), asked.updatedAt(), changes);
    }

    /** The moved or cancelled meetings still to come that {@link #of} keeps as they are. */
    static int keptChanges(Appointment old, Appointment asked, Instant now) {
        List<Appointment.Meeting> before = old.meetings();
        int kept = 0;
        for (int i = 0; i < asked.weeks() && i < before.size(); i++) {
            Appointment.Meeting was = before.get(i);
            if ((was.moved() || was.cancelled()) && was.start().toInstant().isAfter(now)) {
                kept++;
            }
        }
        return kept;
    }

    /**
     * The learner's proposals that {@code next} leaves without their meeting: a meeting still to
     * come of {@code old} that is no longer planned on its date, is cancelled, or starts at another
     * time. Its open proposal (the learner asked to move that meeting, as it was) is withdrawn;
     * where none was read open, none may be open when the change is written.
     */
    static Withdrawals withdrawals(Appointment old, Appointment next, List<Proposal> proposals, Instant now) {
        List<Proposal> withdrawn = new ArrayList<>();
        List<LocalDate> noneOpen = new ArrayList<>();
        for (Appointment.Meeting was : old.meetings()) {
            if (!was.toCome(now)) {
                continue;
            }
            boolean stays = next.meetings().stream().anyMatch(m -> m.planned().equals(was.planned())
                    && !m.cancelled() && m.start().toInstant().equals(was.start().toInstant()));
            if (stays) {
                continue;
            }
            proposals.stream().filter(p -> p.isOpenFor(old.uid(), was.planned().toString())).findFirst()
                    .ifPresentOrElse(p -> withdrawn.add(p.answered(Proposal.Status.WITHDRAWN, null, now)),
                            () -> noneOpen.add(was.planned()));
        }
        return new Withdrawals(withdrawn, noneOpen);
    }

    /**
     * What cancelling {@code old} does to the learner's proposals: each read open for one of its
     * meetings is withdrawn, and none may be open for another meeting still to come when the
     * cancellation is written, so none is left open for a series that is no longer there.
     */
    static Withdrawals cancelled(Appointment old, List<Proposal> proposals, Instant now) {
        List<Proposal> withdrawn = proposals.stream().filter(p -> p.isOpen() && p.uid().equals(old.uid()))
                .map(p -> p.answered(Proposal.Status.WITHDRAWN, null, now)).toList();
        List<LocalDate> noneOpen = old.toCome(now).stream().map(Appointment.Meeting::planned)
                .filter(d -> withdrawn.stream().noneMatch(p -> p.planned().equals(d))).toList();
        return new Withdrawals(withdrawn, noneOpen);
    }

    /** Whether {@code next} plans exactly what {@code old} does: saving it changes nothing, so mails no one. */
    static boolean same(Appointment old, Appointment next) {
        return old.day() == next.day() && old.time().equals(next.time())
                && old.durationMinutes() == next.durationMinutes() && old.zone().equals(next.zone())
                && old.firstDate().equals(next.firstDate()) && old.weeks() == next.weeks()
                && java.util.Objects.equals(old.location(), next.location())
                && old.occurrences().equals(next.occurrences());
    }
}
