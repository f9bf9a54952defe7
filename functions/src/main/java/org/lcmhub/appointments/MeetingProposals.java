package org.lcmhub.appointments;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.Supplier;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.appointments.store.AppointmentStore;
import org.lcmhub.auth.Caller;
import org.lcmhub.cohort.model.LastDay;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.learner.Learner;
import org.lcmhub.mail.AfterCommit;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Mailer;
import org.lcmhub.mail.Messages;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.store.MentorStore;
import org.lcmhub.pairing.Appointment;

/**
 * The learner proposes another time for one coming meeting; the mentor accepts it (the meeting
 * moves as when the mentor moves it: same UID, next SEQUENCE, both sides mailed) or declines it
 * (the learner is mailed). One proposal is open per meeting at a time (a store condition).
 */
public class MeetingProposals {
    private final AppointmentStore store;
    private final OneToOneService oneToOne;
    private final MentorStore mentors;
    private final Mailer mailer;
    private final ProposalMails mails;
    private final Clock clock;

    public MeetingProposals(AppointmentStore store, OneToOneService oneToOne, MentorStore mentors, Mailer mailer,
                            Messages messages, Clock clock) {
        this.store = store;
        this.oneToOne = oneToOne;
        this.mentors = mentors;
        this.mailer = mailer;
        this.mails = new ProposalMails(messages);
        this.clock = clock;
    }

    /** The learner's proposal for the meeting planned on {@code planned}: {@code date} and {@code time} in their zone. */
    public Proposal propose(Learner learner, String planned, String date, String time, String message) {
        for (int attempt = 1; ; attempt++) {
            Appointment a = oneToOne.currentSeries(learner.learnerId());
            Proposal p = proposal(learner, a, planned, date, time, message);
            try {
                store.propose(p, a.sequence());
            } catch (AppointmentStore.Changed e) {
                // Changed meanwhile: read again, the meeting may have moved or gone (a change withdraws
                // the proposals it leaves without their meeting, so none may be made for the old one).
                if (attempt == 3) {
                    throw new OneToOneService.NoSeries();
                }
                continue;
            } catch (AppointmentStore.NotYourMentee e) {
                throw new OneToOneService.NoSeries(); // the match ended meanwhile
            }
            Mentor mentor = mentors.find(a.mentorId());
            if (mentor != null && mentor.email() != null) {
                send(() -> mails.proposed(mentor.email(), mentor.mailLanguage(), mentor.name(),
                        OneToOneService.mentorClock(mentor, a), learner.name(), a, p));
            }
            return p;
        }
    }

    /** The proposal checked against the series {@code a} as read. */
    private Proposal proposal(Learner learner, Appointment a, String planned, String date, String time,
                              String message) {
        Appointment.Meeting meeting = comingMeeting(a, planned);
        Instant now = clock.instant();
        ZoneId zone = ZoneId.of(learner.timezone());
        ZonedDateTime start = ProposalRules.start(date, time, message, zone, now);
        if (start.toInstant().equals(meeting.start().toInstant())) {
            throw SlotRules.sameTime("That is when the meeting already is: propose another time.");
        }
        // Never over another meeting of the series: the proposal is written on the series' sequence
        // as read here, and accepting it checks again against the series as it is then.
        a.overlapping(start, meeting.planned()).ifPresent(other -> {
            throw new SlotRules.Overlap(other, zone);
        });
        // Not after the learner's last day: the mentor could not accept it (a move there is refused).
        LastDay lastDay = oneToOne.lastDay(learner);
        if (lastDay != null && start.toLocalDate().isAfter(lastDay.date())) {
            throw new SlotRules.PastLastDay("date", lastDay);
        }
        return new Proposal(learner.learnerId(), a.mentorId(), a.uid(), meeting.planned(), start,
                ProposalRules.clean(message), Proposal.Status.OPEN, null, now, null);
    }

    /**
     * The mentor's answer to the open proposal for the meeting planned on {@code planned}: accepted
     * (the meeting moves, in the same write) or declined with an optional {@code reply}.
     */
    public Appointment answer(Caller mentor, String learnerId, String planned, String answer, String reply) {
        Learner learner = oneToOne.menteeOf(mentor, learnerId);
        Appointment a = oneToOne.series(mentor, learnerId);
        boolean accept = "accepted".equals(answer);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (!accept && !"declined".equals(answer)) {
            errors.put("answer", "Answer accepted or declined.");
        }
        String problem = ProposalRules.textProblem(reply);
        if (problem != null) {
            errors.put("message", problem);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Proposal open = store.proposals(learnerId).stream()
                .filter(p -> p.isOpenFor(a.uid(), planned))
                .findFirst().orElseThrow(AppointmentStore.NoOpenProposal::new);
        Instant now = clock.instant();
        if (accept) {
            if (!open.start().toInstant().isAfter(now)) {
                throw new ProposalPast();
            }
            // On the mentor's clock now, as changeMeeting reads a date and time the mentor gives.
            ZonedDateTime there = open.start().withZoneSameInstant(oneToOne.mentorZone(mentor.sub()));
            return oneToOne.changeMeeting(mentor, learnerId, planned, there.toLocalDate().toString(),
                    there.toLocalTime().toString(), false, open.answered(Proposal.Status.ACCEPTED, null, now));
        }
        Proposal declined = open.answered(Proposal.Status.DECLINED, ProposalRules.clean(reply), now);
        store.answer(declined, null, null);
        Mentor profile = mentors.find(mentor.sub());
        String mentorName = profile == null || profile.name() == null ? "Your mentor" : profile.name();
        send(() -> mails.declined(learner.email(), learner.name(), oneToOne.language(learner),
                ZoneId.of(learner.timezone()), mentorName, a, declined));
        return a;
    }

    /** A meeting of the series planned on {@code planned}, neither cancelled nor begun. */
    private Appointment.Meeting comingMeeting(Appointment a, String planned) {
        Appointment.Meeting m = a.meetings().stream().filter(x -> x.planned().toString().equals(planned)).findFirst()
                .orElseThrow(OneToOneService.NoSuchMeeting::new);
        if (m.cancelled()) {
            throw new MeetingCancelled();
        }
        if (!m.start().toInstant().isAfter(clock.instant())) {
            throw new OneToOneService.MeetingPast();
        }
        return m;
    }

    private void send(Supplier<Mail> mail) {
        AfterCommit.send(mailer, mail, "mail about a proposed 1:1 time");
    }

    /** The meeting was cancelled: there is nothing to move. */
    public static final class MeetingCancelled extends RuntimeException {
        public MeetingCancelled() {
            super("The meeting is cancelled", null, false, false);
        }
    }

    /** The proposed time has passed before the mentor accepted it. */
    public static final class ProposalPast extends RuntimeException {
        public ProposalPast() {
            super("The proposed time has passed", null, false, false);
        }
    }
}
