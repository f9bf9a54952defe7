package org.lcmhub.appointments;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.appointments.model.SessionNote;
import org.lcmhub.appointments.model.SlotChoice;
import org.lcmhub.appointments.model.SlotInput;
import org.lcmhub.appointments.store.AppointmentStore.Mentee;
import org.lcmhub.appointments.store.AppointmentStore;
import org.lcmhub.auth.Caller;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.model.LastDay;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.mail.AfterCommit;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Mailer;
import org.lcmhub.mail.Messages;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.store.MentorStore;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.Occurrence;

/**
 * Regular 1:1s: the learner's current mentor sets, changes or cancels the series and writes session
 * notes; both sides get the invite by mail and can download it again; the cohort's LCM team reads
 * the notes. Anyone else learns nothing: a learner who is not the caller's mentee is "not found".
 */
public class OneToOneService {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The series as saved, and whether it is new (201) or changed (200). */
    public record Saved(Appointment appointment, boolean created) {
    }

    private final AppointmentStore store;
    private final CohortStore cohorts;
    private final MentorStore mentors;
    private final Mailer mailer;
    private final InviteMails mails;
    private final Clock clock;
    private final Function<String, LocalDate> ownEnd;

    public OneToOneService(AppointmentStore store, CohortStore cohorts, MentorStore mentors, Mailer mailer,
                           Messages messages, Clock clock) {
        this(store, cohorts, mentors, mailer, messages, clock, learnerId -> null);
    }

    /** {@code ownEnd}: the end of a learner's personal plan, or null (the cohort's end applies). */
    public OneToOneService(AppointmentStore store, CohortStore cohorts, MentorStore mentors, Mailer mailer,
                           Messages messages, Clock clock, Function<String, LocalDate> ownEnd) {
        this.ownEnd = ownEnd;
        this.store = store;
        this.cohorts = cohorts;
        this.mentors = mentors;
        this.mailer = mailer;
        this.mails = new InviteMails(messages, clock);
        this.clock = clock;
    }

    /**
     * Sets or changes the series (same UID, next SEQUENCE), then mails both sides the invite. A
     * change re-plans only the meetings still to come ({@link Replan}); one that changes nothing is
     * not saved and mails no one, nor one that only says the same meetings in the mentor's zone now
     * ({@link Replan#unchanged}): the page then says nothing changed.
     */
    public Saved set(Caller mentor, String learnerId, SlotInput input) {
        Learner learner = menteeOf(mentor, learnerId);
        Mentor profile = mentors.find(mentor.sub());
        ZoneId zone = zoneOf(profile);
        ZoneId learnerZone = ZoneId.of(learner.timezone());
        for (int attempt = 1; ; attempt++) {
            Appointment old = store.find(learnerId);
            Instant now = clock.instant();
            boolean same = changes(old, mentor, input, now);
            // The generated room's link sent back is no link of the mentor's own, for the series it
            // changes as for a new one, which gets a room of its own, not the old series' meetings'.
            SlotInput in = old == null ? input : ownRoom(input, old);
            LastDay lastDay = lastDay(learner);
            // The meetings asked for are those to come: cut at the learner's last day, then placed
            // after the ones already past, which the series keeps.
            SlotChoice coming = SlotRules.untilLastDay(checked(in, old, same, zone, now), zone, learnerZone, lastDay);
            SlotChoice c = same ? Replan.rule(old, coming, zone, now) : coming;
            LocalDate planRunsTo = lastDay == null ? null : lastDay.planRunsTo(SlotRules.learnerDay(
                    c.firstDate().plusWeeks(c.weeks() - 1L), c.time(), zone, learnerZone));
            // A series left by an earlier mentor is replaced by a new one: a new UID, not its update.
            Appointment a = new Appointment(learnerId, mentor.sub(), learner.cohortId(), same ? old.uid() : newId(),
                    same ? old.sequence() + 1 : 0, c.day(), c.time(), c.durationMinutes(), zone, c.firstDate(),
                    c.weeks(), c.location(), now);
            AppointmentStore.Withdrawals withdrawals = AppointmentStore.Withdrawals.NONE;
            if (same) {
                a = Replan.of(old, a, now);
                if (Replan.unchanged(old, a, now)) {
                    return new Saved(old, false);
                }
                // Checked on the series as read; the write stands on its sequence, so no change
                // made meanwhile slips a meeting in under the new times.
                SlotRules.checkNoNewOverlap(old, a, learnerZone);
                withdrawals = Replan.withdrawals(old, a, store.proposals(learnerId), now);
            } else if (old != null) {
                // A brand-new series (another UID) leaves none of the old one's meetings: its open
                // proposals are closed in the same write, as cancelling it would.
                withdrawals = Replan.cancelled(old, store.proposals(learnerId), now).of(old.uid());
            }
            try {
                store.save(a, old == null ? null : old.sequence(), planRunsTo, withdrawals);
            } catch (AppointmentStore.Changed | AppointmentStore.NotInPlan e) {
                // A plan shortened meanwhile: the series is cut again at the new last day.
                if (attempt == 3) {
                    throw new AppointmentStore.Changed();
                }
                continue;
            }
            notifyBoth(learner, profile, mentor, a, false, withdrawn(old, Replan.told(old, withdrawals, now)));
            return new Saved(a, !same);
        }
    }

    /**
     * The meetings to come as asked and checked, from their first still to come
     * ({@link Replan#fromNow}): the preview and the save agree.
     */
    private SlotChoice checked(SlotInput in, Appointment old, boolean same, ZoneId zone, Instant now) {
        SlotChoice c = SlotRules.check(in, LocalDate.ofInstant(now, zone), same ? old.firstDate() : null);
        return Replan.fromNow(c, zone, now);
    }

    /**
     * Whether {@code in} changes the mentor's own series {@code old} (false: a new series). One that
     * is over, given another first date, is followed by a new one ({@link Replan#startsAnew}).
     */
    private static boolean changes(Appointment old, Caller mentor, SlotInput in, Instant now) {
        return old != null && old.mentorId().equals(mentor.sub()) && !Replan.startsAnew(old, in.firstDate(), now);
    }

    /** The form shows the generated room's link to keep: sent back, it is no link of the mentor's own. */
    private static SlotInput ownRoom(SlotInput in, Appointment old) {
        return old.location() == null && in.location() != null && in.location().strip().equals(old.videoUrl())
                ? new SlotInput(in.day(), in.time(), in.durationMinutes(), in.firstDate(), in.weeks(), null) : in;
    }

    /**
     * The meetings a series would have, not saved: the rule's, before any last day stops it, with
     * the held and the moved ones of the saved series kept; {@code keptChanges}: how many moved or
     * cancelled meetings still to come stay as they are; {@code keptApart}: how many moved ones stay
     * besides the meetings asked, their dates not on the new rule; {@code unchanged}: saving changes nothing;
     * {@code withdrawnProposals}: how many of the learner's open proposals saving would withdraw.
     */
    public record Preview(Appointment series, ZoneId learnerZone, int keptChanges, boolean unchanged,
                          int withdrawnProposals, int keptApart) {
    }

    /**
     * What {@link #set} would plan from {@code input}, checked the same way, saved nowhere and
     * mailed to no one: the page says each meeting's time on both clocks before the mentor saves.
     */
    public Preview preview(Caller mentor, String learnerId, SlotInput input) {
        Learner learner = menteeOf(mentor, learnerId);
        ZoneId zone = zoneOf(mentors.find(mentor.sub()));
        Appointment old = store.find(learnerId);
        Instant now = clock.instant();
        boolean same = changes(old, mentor, input, now);
        SlotInput in = old == null ? input : ownRoom(input, old);
        SlotChoice coming = checked(in, old, same, zone, now);
        SlotChoice c = same ? Replan.rule(old, coming, zone, now) : coming;
        Appointment a = new Appointment(learnerId, mentor.sub(), learner.cohortId(), "preview", 0, c.day(), c.time(),
                c.durationMinutes(), zone, c.firstDate(), c.weeks(), c.location(), now);
        if (!same) {
            return new Preview(a, ZoneId.of(learner.timezone()), 0, false, 0, 0);
        }
        Appointment next = Replan.of(old, a, now);
        boolean unchanged = Replan.unchanged(old, next, now);
        boolean retimed = old.day() != next.day() || !old.time().equals(next.time())
                || !old.firstDate().equals(next.firstDate());
        int withdrawn = unchanged ? 0
                : Replan.told(old, Replan.withdrawals(old, next, store.proposals(learnerId), now), now).size();
        return new Preview(next, ZoneId.of(learner.timezone()), retimed && !unchanged ? Replan.keptChanges(old, next, now) : 0,
                unchanged, withdrawn, unchanged ? 0 : Replan.keptApart(next, now));
    }

    /** The service's now: what "to come" means in the views of its series. */
    Instant now() {
        return clock.instant();
    }

    /** The mentor's zone now (their profile's): the mentor's page says each 1:1 on their clock in it. */
    public ZoneId mentorZone(String mentorSub) {
        return zoneOf(mentors.find(mentorSub));
    }

    /** The learner's own zone: the pages say each 1:1 on their clock as the server reads it. */
    public ZoneId learnerZone(String learnerId) {
        return ZoneId.of(store.mentee(learnerId).learner().timezone());
    }

    /**
     * The learner's last day on the path: the cohort's end, or their personal plan's when it runs
     * longer; null when neither is known. No 1:1 is invited after it.
     */
    LastDay lastDay(Learner learner) {
        return LastDay.of(cohorts.find(learner.cohortId()), ownEnd.apply(learner.learnerId()));
    }

    /**
     * Cancels the series: deleted, the learner's open proposals for it withdrawn in the same write,
     * and both sides get the CANCEL invite (next SEQUENCE). The mails say nothing of the proposals:
     * every meeting is cancelled, the one they were about too.
     */
    public void cancel(Caller mentor, String learnerId) {
        Learner learner = menteeOf(mentor, learnerId);
        for (int attempt = 1; ; attempt++) {
            Appointment a = seriesWith(mentor, learnerId);
            try {
                store.delete(a, Replan.cancelled(a, store.proposals(learnerId), clock.instant()));
            } catch (AppointmentStore.Changed e) {
                if (attempt == 3) {
                    throw e;
                }
                continue;
            }
            Appointment cancelled = new Appointment(a.learnerId(), a.mentorId(), a.cohortId(), a.uid(),
                    a.sequence() + 1, a.day(), a.time(), a.durationMinutes(), a.zone(), a.firstDate(), a.weeks(),
                    a.location(), clock.instant());
            notifyBoth(learner, mentors.find(mentor.sub()), mentor, cancelled, true, List.of());
            return;
        }
    }

    /** The series the mentor set with this mentee, for the mentor page to show and change. */
    public Appointment series(Caller mentor, String learnerId) {
        menteeOf(mentor, learnerId);
        return seriesWith(mentor, learnerId);
    }

    /** The series of this pair as stored; a series another mentor set is none of this mentor's (404). */
    private Appointment seriesWith(Caller mentor, String learnerId) {
        Appointment a = store.find(learnerId);
        if (a == null || !a.mentorId().equals(mentor.sub())) {
            throw new NoSeries();
        }
        return a;
    }

    /**
     * Moves one meeting of the series to {@code date} at {@code time} (the mentor's zone), or cancels
     * it when both are null; the series keeps its UID, its SEQUENCE rises, and both sides get the
     * updated invite. The meeting is named by its planned date; one already past cannot change, and
     * none moves after the learner's last day (the series stops there too).
     */
    public Appointment changeMeeting(Caller mentor, String learnerId, String planned, String date, String time,
                                     boolean cancel) {
        return changeMeeting(mentor, learnerId, planned, date, time, cancel, null);
    }

    /** The same, and {@code accepted} (the learner's proposal it follows, or null) recorded in the same write. */
    Appointment changeMeeting(Caller mentor, String learnerId, String planned, String date, String time,
                              boolean cancel, Proposal accepted) {
        Learner learner = menteeOf(mentor, learnerId);
        Mentor profile = mentors.find(mentor.sub());
        ZoneId learnerZone = ZoneId.of(learner.timezone());
        for (int attempt = 1; ; attempt++) {
            LastDay lastDay = cancel ? null : lastDay(learner);
            Appointment old = seriesWith(mentor, learnerId);
            String[] at = inSeriesZone(date, time, zoneOf(profile), old.zone());
            Occurrence change = SlotRules.checkMeeting(old, planned, at[0], at[1], cancel, clock.instant(),
                    zoneOf(profile), learnerZone, lastDay);
            Appointment a = old.with(change, clock.instant());
            LocalDate planRunsTo = lastDay == null ? null
                    : lastDay.planRunsTo(SlotRules.learnerDay(change.date(), change.time(), old.zone(), learnerZone));
            // The learner's open proposal to move this meeting, as it was, is withdrawn with the change:
            // the mentor could otherwise accept it after moving the meeting elsewhere.
            AppointmentStore.Withdrawals withdrawals = accepted != null ? AppointmentStore.Withdrawals.NONE
                    : Replan.ofMeeting(old, change.original(), store.proposals(learnerId), clock.instant());
            try {
                if (accepted == null) {
                    store.save(a, old.sequence(), planRunsTo, withdrawals);
                } else {
                    store.answer(accepted, a, old.sequence(), planRunsTo);
                }
            } catch (AppointmentStore.Changed | AppointmentStore.NotInPlan e) {
                // A plan shortened meanwhile: read again, the move is then checked against its new end.
                if (attempt == 3) {
                    throw new AppointmentStore.Changed();
                }
                continue;
            }
            notifyChange(learner, profile, mentor, a, change,
                    withdrawals.withdrawn().isEmpty() ? null : withdrawals.withdrawn().get(0).start());
            return a;
        }
    }

    /**
     * A date and time the mentor gave on their clock now ({@code mentorZone}, as their page shows
     * the meetings) as the series' zone reads them, where its meetings are kept; unparsable ones as
     * given, for the rules to refuse by field.
     */
    static String[] inSeriesZone(String date, String time, ZoneId mentorZone, ZoneId seriesZone) {
        if (date == null || time == null || mentorZone.equals(seriesZone)) {
            return new String[] {date, time};
        }
        try {
            java.time.ZonedDateTime there = LocalDate.parse(date).atTime(java.time.LocalTime.parse(time)).atZone(mentorZone)
                    .withZoneSameInstant(seriesZone);
            return new String[] {there.toLocalDate().toString(), there.toLocalTime().toString()};
        } catch (java.time.format.DateTimeParseException e) {
            return new String[] {date, time};
        }
    }

    /** The learner's proposals of other times, for the mentor's view of the series. */
    public java.util.List<Proposal> proposals(String learnerId) {
        return store.proposals(learnerId);
    }

    /** An invite to download: its text and a file name that says with whom. */
    public record Ics(String text, String fileName) {
    }

    /** The mentor's copy of the invite, in the mentor's mail language. */
    public Ics mentorIcs(Caller mentor, String learnerId) {
        Learner learner = menteeOf(mentor, learnerId);
        Appointment a = seriesWith(mentor, learnerId);
        Mentor profile = mentors.find(mentor.sub());
        Language language = profile != null ? profile.mailLanguage() : Language.EN;
        return new Ics(Invites.ics(meeting(a, learner, profile, mentor.email()), language, clock.instant()),
                Invites.fileName(learner.name(), language));
    }

    /** The learner's copy of the invite, in the learner's language. */
    public Ics learnerIcs(Learner learner) {
        Appointment a = currentSeries(learner.learnerId());
        OneToOne meeting = meeting(a, learner, mentors.find(a.mentorId()), null);
        Language language = language(learner);
        return new Ics(Invites.ics(meeting, language, clock.instant()), Invites.fileName(meeting.mentorName(), language));
    }

    /** The learner's series, only while its mentor is still the learner's mentor; else null. */
    public Appointment current(String learnerId) {
        return new CurrentOneToOne(store, clock).of(learnerId);
    }

    /** The same, for a learner's route about it: none is a 404. */
    Appointment currentSeries(String learnerId) {
        Appointment a = current(learnerId);
        if (a == null) {
            throw new NoSeries();
        }
        return a;
    }

    public SessionNote addSession(Caller mentor, String learnerId, String date, String text) {
        Learner learner = menteeOf(mentor, learnerId);
        LocalDate day = SlotRules.checkSession(date, text, LocalDate.now(clock.withZone(zoneOf(mentors.find(mentor.sub())))));
        SessionNote note = new SessionNote(newId(), learnerId, learner.cohortId(), mentor.sub(), day, text.strip(),
                clock.instant());
        store.addSession(note);
        return note;
    }

    /** The notes on the caller's mentee, newest first. */
    public List<SessionNote> sessionsForMentor(Caller mentor, String learnerId) {
        menteeOf(mentor, learnerId);
        return store.sessions(learnerId);
    }

    /** The notes on a learner of the cohort, for the cohort's LCM team. */
    public List<SessionNote> sessionsForTeam(Caller lcm, String cohortId, String learnerId) {
        cohorts.teamCohort(cohortId, lcm.sub());
        Learner learner = store.mentee(learnerId).learner();
        if (learner == null || !cohortId.equals(learner.cohortId())) {
            throw new NotInCohort();
        }
        return store.sessions(learnerId).stream().filter(n -> cohortId.equals(n.cohortId())).toList();
    }

    /**
     * The name of each mentor who wrote {@code notes}, as their profile says it now (a learner may
     * have had several mentors); one without a profile or a name is left out, and the note unsigned.
     */
    public Map<String, String> mentorNames(List<SessionNote> notes) {
        Map<String, String> names = new HashMap<>();
        notes.stream().map(SessionNote::mentorId).distinct().forEach(id -> {
            Mentor profile = mentors.find(id);
            if (profile != null && profile.name() != null && !profile.name().isBlank()) {
                names.put(id, profile.name());
            }
        });
        return names;
    }

    Learner menteeOf(Caller mentor, String learnerId) {
        Mentee m = store.mentee(learnerId);
        if (!m.isMenteeOf(mentor.sub())) {
            throw new AppointmentStore.NotYourMentee();
        }
        return m.learner();
    }

    /**
     * The mentor's zone: times are given in it. Without a profile (matching needs one, so only for
     * data made otherwise) UTC, by its tz database name, which calendars and ical4j know.
     */
    static ZoneId zoneOf(Mentor profile) {
        return profile == null || profile.timezone() == null ? ZoneId.of("Etc/UTC") : ZoneId.of(profile.timezone());
    }

    /**
     * The mentor's clock now (their profile's zone), in which their mails say the 1:1s, as their page
     * does: a series keeps the zone it was set in, which a mentor who moved since no longer reads.
     * Without a profile or a zone, the series' own.
     */
    static ZoneId mentorClock(Mentor profile, Appointment a) {
        return profile == null || profile.timezone() == null ? a.zone() : ZoneId.of(profile.timezone());
    }

    /** The learner's own language, as the mail that told them of their mentor: the reader's wins over the cohort's. */
    Language language(Learner learner) {
        return learner.language();
    }

    private OneToOne meeting(Appointment a, Learner learner, Mentor mentor, String fallbackEmail) {
        Cohort cohort = cohorts.find(a.cohortId());
        String mentorEmail = mentor != null && mentor.email() != null ? mentor.email()
                : fallbackEmail != null ? fallbackEmail : "mentor@lcm-hub.invalid";
        return new OneToOne(a.uid(), mentorName(mentor), mentorEmail, learner.name(), learner.email(),
                cohort == null ? learner.pathId() : cohort.title(), a.slot(), a.sequence(), a.location(),
                a.occurrences(), cohort == null ? learner.pathId() : cohort.pathId());
    }

    private static String mentorName(Mentor mentor) {
        return mentor == null || mentor.name() == null ? "Your mentor" : mentor.name();
    }

    /** Each withdrawn proposal with the start of the meeting it was for, as the learner last knew it. */
    private static List<InviteMails.Withdrawn> withdrawn(Appointment old, List<Proposal> told) {
        return told.stream().flatMap(p -> old.meeting(p.planned()).stream()
                .map(m -> new InviteMails.Withdrawn(m.start(), p.start()))).toList();
    }

    /**
     * After the write has committed; a failed mail is logged and the series stands. Both are told
     * of the proposals the change withdrew ({@code withdrawn}).
     */
    private void notifyBoth(Learner learner, Mentor profile, Caller mentor, Appointment a, boolean cancelled,
                            List<InviteMails.Withdrawn> withdrawn) {
        Instant now = clock.instant();
        Language language = language(learner);
        OneToOne meeting = meeting(a, learner, profile, mentor.email());
        String learnerIcs = cancelled ? Invites.cancel(meeting, language, now) : Invites.ics(meeting, language, now);
        ZoneId mentorZone = mentorClock(profile, a);
        send(() -> mails.toLearner(learner.email(), learner.name(), language, ZoneId.of(learner.timezone()),
                meeting.mentorName(), mentorZone, a, learnerIcs, cancelled, withdrawn), a);
        String to = profile != null && profile.email() != null ? profile.email() : mentor.email();
        if (to != null) {
            Language mentorLanguage = profile != null ? profile.mailLanguage() : Language.EN;
            String mentorIcs = cancelled ? Invites.cancel(meeting, mentorLanguage, now)
                    : Invites.ics(meeting, mentorLanguage, now);
            send(() -> mails.toMentor(to, mentorLanguage, meeting.mentorName(), mentorZone, learner.name(),
                    ZoneId.of(learner.timezone()), a, mentorIcs, cancelled, withdrawn), a);
        }
    }

    /** Both sides are told of the change and of the learner's proposal it withdrew ({@code withdrawn}: its time, or null). */
    private void notifyChange(Learner learner, Mentor profile, Caller mentor, Appointment a, Occurrence change,
                              java.time.ZonedDateTime withdrawn) {
        Instant now = clock.instant();
        Language language = language(learner);
        OneToOne meeting = meeting(a, learner, profile, mentor.email());
        String learnerIcs = Invites.ics(meeting, language, now);
        send(() -> mails.meetingChanged(learner.email(), learner.name(), language, ZoneId.of(learner.timezone()),
                meeting.mentorName(), a, change, learnerIcs, meeting.mentorName(),
                InviteMails.MeetingWithdrawal.learner(withdrawn)), a);
        String to = profile != null && profile.email() != null ? profile.email() : mentor.email();
        if (to != null) {
            Language mentorLanguage = profile != null ? profile.mailLanguage() : Language.EN;
            String mentorIcs = Invites.ics(meeting, mentorLanguage, now);
            send(() -> mails.meetingChanged(to, meeting.mentorName(), mentorLanguage, mentorClock(profile, a), learner.name(), a,
                    change, mentorIcs, learner.name(), InviteMails.MeetingWithdrawal.mentor(withdrawn)), a);
        }
    }

    private void send(Supplier<Mail> mail, Appointment a) {
        AfterCommit.send(mailer, mail, "mail the 1:1 invite of learner " + a.learnerId());
    }

    private static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The series has no meeting planned on that date. */
    public static final class NoSuchMeeting extends RuntimeException {
        public NoSuchMeeting() {
            super("No such meeting");
        }
    }

    /** The meeting has already taken place. */
    public static final class MeetingPast extends RuntimeException {
        public MeetingPast() {
            super("Meeting past");
        }
    }

    /** No 1:1 series is set for this learner (or it belongs to an earlier mentor). */
    public static final class NoSeries extends RuntimeException {
        public NoSeries() {
            super("No 1:1 series");
        }
    }

    /** The learner is not (or no longer) one of the cohort's. */
    public static final class NotInCohort extends RuntimeException {
        public NotInCohort() {
            super("Not a learner of this cohort");
        }
    }
}
