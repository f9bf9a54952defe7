package org.lcmhub.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.appointments.model.SlotChoice;
import org.lcmhub.appointments.store.AppointmentStore.Withdrawals;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.Occurrence;

/**
 * A saved series changed from the mentor's form. The form asks for the meetings to come: from its
 * first date, that many meetings. The meetings already past stay as they were (the past does not
 * change), on their own days and times; the ones still to come follow the new rule, except those
 * the mentor moved or cancelled, which stay so, since that was agreed with the mentee.
 */
final class Replan {
    private Replan() {
    }

    /**
     * The meetings asked for, from the first {@code c.day()} on or after the form's first date whose
     * time is still to come: a first date of today at an hour already past is next week's, as the
     * preview shows before saving. A series' own first date sent back (past) means "from now on".
     */
    static SlotChoice fromNow(SlotChoice c, ZoneId zone, Instant now) {
        LocalDate first = toCome(c.firstDate(), c, zone, now);
        return first.equals(c.firstDate()) ? c
                : new SlotChoice(c.day(), c.time(), c.durationMinutes(), first, c.weeks(), c.location());
    }

    /**
     * The rule of {@code old} changed to {@code coming} (the meetings to come, as asked and cut at
     * the learner's last day): one weekly rule whose first meetings stand for the ones already past
     * of {@code old}, each kept where it was by {@link #of}, and whose next ones are those asked.
     * The rule's first date is history then, never said as a meeting (the pages and mails name the
     * meetings, {@link Appointment#ahead}).
     */
    static SlotChoice rule(Appointment old, SlotChoice coming, Instant now) {
        int past = past(old, now).size();
        return past == 0 ? coming : new SlotChoice(coming.day(), coming.time(), coming.durationMinutes(),
                coming.firstDate().minusWeeks(past), coming.weeks() + past, coming.location());
    }

    private static List<Appointment.Meeting> past(Appointment a, Instant now) {
        return a.meetings().stream().filter(m -> m.past(now)).toList();
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

    /**
     * {@code asked}: the new rule from {@link #rule}, every meeting as planned; {@code old}: the
     * series as saved. The past meetings of {@code old} take the rule's first dates, in order, each
     * where it took place (held, a move kept as a move, a cancellation as one); the meetings still
     * to come take the next dates, in order, and the ones moved or cancelled stay so.
     */
    static Appointment of(Appointment old, Appointment asked, Instant now) {
        List<Appointment.Meeting> past = past(old, now);
        List<Appointment.Meeting> ahead = old.ahead(now);
        List<LocalDate> dates = asked.plannedDates();
        List<Occurrence> changes = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            boolean wasPast = i < past.size();
            int j = i - past.size();
            if (!wasPast && j >= ahead.size()) {
                break;
            }
            Appointment.Meeting was = wasPast ? past.get(i) : ahead.get(j);
            LocalDate planned = dates.get(i);
            if (was.cancelled()) {
                changes.add(Occurrence.cancelled(planned));
            } else if (wasPast || was.moved()) {
                var start = was.start().withZoneSameInstant(asked.zone());
                if (!start.toLocalDate().equals(planned) || !start.toLocalTime().equals(asked.time())) {
                    changes.add(was.moved() ? Occurrence.moved(planned, start.toLocalDate(), start.toLocalTime())
                            : Occurrence.held(planned, start.toLocalDate(), start.toLocalTime()));
                }
            }
        }
        return new Appointment(asked.learnerId(), asked.mentorId(), asked.cohortId(), asked.uid(), asked.sequence(),
                asked.day(), asked.time(), asked.durationMinutes(), asked.zone(), asked.firstDate(), asked.weeks(),
                asked.location(), asked.updatedAt(), changes);
    }

    /** The moved or cancelled meetings still to come that {@link #of} keeps as they are. */
    static int keptChanges(Appointment old, Appointment asked, Instant now) {
        List<Appointment.Meeting> ahead = old.ahead(now);
        int room = asked.weeks() - past(old, now).size();
        return (int) ahead.stream().limit(Math.max(room, 0)).filter(m -> m.moved() || m.cancelled()).count();
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
