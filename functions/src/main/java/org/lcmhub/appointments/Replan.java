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
     * the learner's last day). When the weekday, time and zone stay and the meetings asked start at
     * the rule's next date, the rule keeps its own first date, so the meetings already past stay
     * under their own dates and a change saved as it was changes nothing. Otherwise the rule is the
     * meetings asked, no more: {@link #of} keeps the past ones apart from it.
     */
    static SlotChoice rule(Appointment old, SlotChoice coming, ZoneId zone, Instant now) {
        if (old.day() != coming.day() || !old.time().equals(coming.time()) || !old.zone().equals(zone)) {
            return coming;
        }
        List<LocalDate> dates = old.plannedDates();
        List<LocalDate> toCome = old.plannedToCome(now);
        int next = dates.size() - toCome.size();
        return next == 0 || toCome.isEmpty() || !toCome.get(0).equals(coming.firstDate()) ? coming
                : new SlotChoice(coming.day(), coming.time(), coming.durationMinutes(), old.firstDate(),
                        coming.weeks() + next, coming.location());
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
     * series as saved. A meeting of {@code old} on a date of the new rule keeps what was done to it
     * (held where it took place, moved, cancelled). One on no date of the new rule keeps its own
     * planned date, apart from the rule ({@link Appointment#apart}): held when past, kept moved
     * when moved and still to come (agreed with the mentee); dropped otherwise, as the rule no
     * longer has it. So the new rule gives exactly the meetings asked, and nothing kept is keyed
     * under a date it was not planned on.
     */
    static Appointment of(Appointment old, Appointment asked, Instant now) {
        List<LocalDate> dates = asked.plannedDates();
        List<Occurrence> changes = new ArrayList<>();
        Appointment.Meeting underWay = old.underWay(now);
        for (Appointment.Meeting was : old.meetings()) {
            LocalDate planned = was.planned();
            boolean onRule = dates.contains(planned);
            var start = was.start().withZoneSameInstant(asked.zone());
            boolean asPlanned = onRule && start.toLocalDate().equals(planned) && start.toLocalTime().equals(asked.time());
            if (was.cancelled()) {
                if (onRule) {
                    changes.add(Occurrence.cancelled(planned));
                }
            } else if (was.past(now)) {
                // The meeting under way stays moved, as it was: until it ends the pages say where it
                // was planned. Once over, a meeting is kept where it took place.
                boolean movedUnderWay = was.moved() && underWay != null && underWay.planned().equals(planned);
                if (movedUnderWay) {
                    changes.add(Occurrence.moved(planned, start.toLocalDate(), start.toLocalTime()));
                } else if (!asPlanned) {
                    changes.add(Occurrence.held(planned, start.toLocalDate(), start.toLocalTime()));
                }
            } else if (was.moved() && !asPlanned) {
                changes.add(Occurrence.moved(planned, start.toLocalDate(), start.toLocalTime()));
            }
        }
        changes.sort(java.util.Comparator.comparing(Occurrence::original));
        return new Appointment(asked.learnerId(), asked.mentorId(), asked.cohortId(), asked.uid(), asked.sequence(),
                asked.day(), asked.time(), asked.durationMinutes(), asked.zone(), asked.firstDate(), asked.weeks(),
                asked.location(), asked.updatedAt(), changes);
    }

    /** The moved or cancelled meetings still to come that {@link #of} keeps on a date of the new rule. */
    static int keptChanges(Appointment old, Appointment next, Instant now) {
        return (int) next.ahead(now).stream().filter(m -> next.ofRule(m) && (m.moved() || m.cancelled())
                && old.meeting(m.planned()).map(w -> w.moved() || w.cancelled()).orElse(false)).count();
    }

    /** The moved meetings still to come that {@link #of} keeps apart from the new rule, besides the meetings asked. */
    static int keptApart(Appointment next, Instant now) {
        return (int) next.ahead(now).stream().filter(m -> !next.ofRule(m) && m.moved()).count();
    }

    /**
     * The learner's proposals that {@code next} leaves without their meeting: a meeting still to
     * come of {@code old} that is no longer planned on its date, is cancelled, or starts at another
     * time. Its open proposal (the learner asked to move that meeting, as it was) is withdrawn;
     * where none was read open, none may be open when the change is written. An open proposal
     * for a meeting no longer to come (held, cancelled, or gone from the series) is withdrawn too:
     * nobody can act on it any more, and the mentor's list would keep asking for an answer.
     */
    static Withdrawals withdrawals(Appointment old, Appointment next, List<Proposal> proposals, Instant now) {
        List<Proposal> withdrawn = new ArrayList<>(proposals.stream().filter(p -> p.isOpen() && p.uid().equals(old.uid())
                        && old.meeting(p.planned()).map(m -> !m.toCome(now)).orElse(true))
                .map(p -> p.answered(Proposal.Status.WITHDRAWN, null, now)).toList());
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
     * Of {@code w}, the proposals whose meeting was still to come: those the mails and the preview
     * name. One for a meeting already held or cancelled lapsed with it, and is withdrawn unsaid.
     */
    static List<Proposal> told(Appointment old, Withdrawals w, Instant now) {
        return w.withdrawn().stream().filter(p -> old.meeting(p.planned()).filter(m -> m.toCome(now)).isPresent()).toList();
    }

    /**
     * What moving or cancelling the meeting of {@code old} planned on {@code planned} does to the
     * learner's proposals: its open one (to move it as it was) is withdrawn; where none was read
     * open, none may be open when the change is written.
     */
    static Withdrawals ofMeeting(Appointment old, LocalDate planned, List<Proposal> proposals, Instant now) {
        return proposals.stream().filter(p -> p.isOpenFor(old.uid(), planned.toString())).findFirst()
                .map(p -> new Withdrawals(List.of(p.answered(Proposal.Status.WITHDRAWN, null, now)), List.of()))
                .orElseGet(() -> new Withdrawals(List.of(), List.of(planned)));
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

    /**
     * Whether saving {@code next} changes nothing for either of the pair, so is not saved and mails no
     * one: it plans exactly what {@code old} does ({@link #same}), or, in another zone (the mentor's
     * since they moved: the form sends the series back on their clock now), it has every meeting not
     * yet begun at the same instant, cancelled alike, as long and in the same place. Re-saving that in
     * the new zone would only send both sides new invites for the same times.
     */
    static boolean unchanged(Appointment old, Appointment next, Instant now) {
        return same(old, next) || !old.zone().equals(next.zone()) && old.durationMinutes() == next.durationMinutes()
                && java.util.Objects.equals(old.location(), next.location()) && ahead(old, now).equals(ahead(next, now));
    }

    /** The meetings not yet begun, each by its instant and whether it is cancelled. */
    private static List<String> ahead(Appointment a, Instant now) {
        return a.meetings().stream().filter(m -> !m.past(now))
                .map(m -> m.start().toInstant() + (m.cancelled() ? " cancelled" : "")).sorted().toList();
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
