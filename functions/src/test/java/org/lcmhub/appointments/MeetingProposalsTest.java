package org.lcmhub.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.appointments.model.SlotInput;
import org.lcmhub.appointments.store.AppointmentStore;
import org.lcmhub.auth.Caller;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.Occurrence;
import org.lcmhub.testing.InMemoryAppointments;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.InMemoryMentors;
import org.lcmhub.testing.RecordingMailer;

/** The learner proposes another time for one meeting; the mentor accepts (it moves) or declines. */
class MeetingProposalsTest {
    // Wednesday 2027-02-24, 10:00 UTC.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-24T10:00:00Z"), ZoneOffset.UTC);
    private static final Caller INES = new Caller("sub-ines", "ines@example.org", Set.of("mentor"));
    private static final Caller FARID = new Caller("sub-farid", "farid@example.org", Set.of("mentor"));
    // French-speaking, in a French cohort (the learner's mails are French). Tokyo: nine hours ahead of UTC, eight of Paris, so a wrong zone shows in every time.
    private static final Learner KENJI = new Learner("l-kenji", "Kenji Sato", "kenji@example.org", "python", "c-1",
            Language.FR, "Asia/Tokyo", null, 3, LearnerStatus.ENROLLED, null, Instant.parse("2027-01-02T00:00:00Z"));
    private static final String FIRST = "2027-03-02"; // a Tuesday, 18:00 in Paris = Wednesday 02:00 in Tokyo

    private final InMemoryAppointments store = new InMemoryAppointments().match(KENJI, INES.sub());
    private final InMemoryMentors mentors = new InMemoryMentors();
    private final RecordingMailer mailer = new RecordingMailer();
    private final OneToOneService oneToOne = new OneToOneService(store,
            new InMemoryCohorts().with(InMemoryCohorts.running("c-1", "2027-01-04", 20)), mentors, mailer,
            new Messages("https://hub.example.org"), CLOCK);
    private final MeetingProposals proposals = new MeetingProposals(store, oneToOne, mentors, mailer,
            new Messages("https://hub.example.org"), CLOCK);

    MeetingProposalsTest() {
        mentors.save(new Mentor(INES.sub(), "ines@example.org", "Inès Moreau", List.of("python"), List.of(),
                List.of("en"), "Europe/Paris", 5, 0, false, List.of(), null));
        oneToOne.set(INES, KENJI.learnerId(), new SlotInput("tue", "18:00", 30, "2027-03-01", 4, null));
        mailer.sent.clear();
    }

    @Test
    void theMentorIsMailedTheProposalInTheirOwnZoneAndOnlyOneIsOpenPerMeeting() {
        Proposal p = proposals.propose(KENJI, FIRST, "2027-03-04", "03:30", "Exam on Tuesday");

        assertThat(p.status()).isEqualTo(Proposal.Status.OPEN);
        assertThat(p.start().toString()).startsWith("2027-03-04T03:30+09:00");
        Mail mail = mailer.sent.get(0);
        assertThat(mail.to()).isEqualTo("ines@example.org");
        assertThat(mail.text()).contains("Kenji Sato proposes to move the 1:1 of Tuesday 2 March 2027 at 18:00 to "
                + "Wednesday 3 March 2027 at 19:30 (your time: Central European Time).", "“Exam on Tuesday”",
                "https://hub.example.org/en/staff/mentor.html");
        assertThatThrownBy(() -> proposals.propose(KENJI, FIRST, "2027-03-05", "03:30", null))
                .isInstanceOf(AppointmentStore.ProposalOpen.class);
        assertThat(proposals.propose(KENJI, "2027-03-09", "2027-03-11", "03:30", null).isOpen())
                .as("another meeting has its own").isTrue();
        assertThat(OneToOneViews.schedule(oneToOne.current(KENJI.learnerId()), store.proposals(KENJI.learnerId()),
                java.time.ZoneId.of(KENJI.timezone()), java.time.Instant.MIN))
                .extracting(v -> ((List<?>) v.get("meetings")).get(0)).asString().contains("status=open");
    }

    /**
     * Inès set the series in Paris, then moved to New York (six hours behind until 14 March). Kenji
     * proposes Thursday 4 March 03:30 in Tokyo (Wednesday 3rd 18:30 UTC) for the 1:1 of 2 March:
     * her mail, her mentee list and the mail of the move say it at 13:30 on her clock now, the
     * meeting at 12:00; accepting it moves the meeting to that very instant.
     */
    @Test
    void aMentorWhoMovedReadsAndAcceptsAProposalOnTheirClockNow() {
        mentors.save(new Mentor(INES.sub(), "ines@example.org", "Inès Moreau", List.of("python"), List.of(),
                List.of("en"), "America/New_York", 5, 0, false, List.of(), null));

        proposals.propose(KENJI, FIRST, "2027-03-04", "03:30", null);

        assertThat(mailer.sent).singleElement().extracting(Mail::text).asString()
                .contains("the 1:1 of Tuesday 2 March 2027 at 12:00 to Wednesday 3 March 2027 at 13:30")
                .doesNotContain("Central European");
        assertThat(new WaitingProposals(store, CLOCK).summary(KENJI.learnerId(), INES.sub(),
                oneToOne.mentorZone(INES.sub())).waiting()).singleElement().extracting(w -> w.get("params")).asString()
                .contains("meetingLocal=2027-03-02T12:00", "startLocal=2027-03-03T13:30");
        mailer.sent.clear();

        Appointment moved = proposals.answer(INES, KENJI.learnerId(), FIRST, "accepted", null);

        assertThat(moved.meeting(LocalDate.parse(FIRST)).orElseThrow().start().toInstant())
                .isEqualTo(Instant.parse("2027-03-03T18:30:00Z"));
        assertThat(mailer.sent).filteredOn(m -> m.to().equals("ines@example.org")).singleElement()
                .extracting(Mail::text).asString().contains("Wednesday 3 March 2027 at 13:30");
    }

    /**
     * Kenji proposes Thursday 4 March 03:30 (his time) for the 1:1 of 9 March; Inès has not answered
     * by the 5th. The meeting is still ahead, but the time proposed is gone: the series says it
     * passed (no page offers to accept it), accepting it is refused, and Kenji may propose again.
     */
    @Test
    void aProposalWhoseTimeHasPassedIsSaidPassedRefusedAndMayBeFollowedByAnother() {
        proposals.propose(KENJI, "2027-03-09", "2027-03-04", "03:30", null);
        Clock later = Clock.fixed(Instant.parse("2027-03-05T00:00:00Z"), ZoneOffset.UTC);
        OneToOneService oneToOneLater = new OneToOneService(store,
                new InMemoryCohorts().with(InMemoryCohorts.running("c-1", "2027-01-04", 20)), mentors, mailer,
                new Messages("https://hub.example.org"), later);
        MeetingProposals proposalsLater = new MeetingProposals(store, oneToOneLater, mentors, mailer,
                new Messages("https://hub.example.org"), later);

        List<?> meetings = (List<?>) OneToOneViews.schedule(oneToOne.current(KENJI.learnerId()),
                store.proposals(KENJI.learnerId()), java.time.ZoneId.of(KENJI.timezone()), later.instant()).get("meetings");
        assertThat(meetings.get(1).toString()).contains("planned=2027-03-09", "status=passed");
        assertThat(OneToOneViews.schedule(oneToOne.current(KENJI.learnerId()), store.proposals(KENJI.learnerId()),
                java.time.ZoneId.of(KENJI.timezone()), CLOCK.instant()).get("meetings").toString())
                .as("before its time, still open").contains("status=open");
        assertThatThrownBy(() -> proposalsLater.answer(INES, KENJI.learnerId(), "2027-03-09", "accepted", null))
                .isInstanceOf(MeetingProposals.ProposalPast.class);
        Proposal again = proposalsLater.propose(KENJI, "2027-03-09", "2027-03-10", "03:30", null);
        assertThat(again.isOpen()).isTrue();
        assertThat(store.proposals(KENJI.learnerId())).filteredOn(p -> p.planned().equals(LocalDate.parse("2027-03-09")))
                .singleElement().extracting(p -> p.start().toLocalDate()).isEqualTo(LocalDate.parse("2027-03-10"));
    }

    /**
     * Kenji's proposal waits when Farid, his new mentor, sets a series of his own (another UID): the
     * old series' proposal is closed in the same write, not left open in storage for a meeting no
     * page shows any more.
     */
    @Test
    void aBrandNewSeriesClosesTheOldSeriesOpenProposals() {
        proposals.propose(KENJI, FIRST, "2027-03-04", "03:30", null);
        String oldUid = oneToOne.current(KENJI.learnerId()).uid();
        store.match(KENJI, FARID.sub());
        mentors.save(new Mentor(FARID.sub(), "farid@example.org", "Farid Benali", List.of("python"), List.of(),
                List.of("en"), "Europe/Paris", 5, 0, false, List.of(), null));
        oneToOne.set(FARID, KENJI.learnerId(), new SlotInput("tue", "18:00", 30, "2027-03-01", 4, null));

        assertThat(oneToOne.current(KENJI.learnerId()).uid()).isNotEqualTo(oldUid);
        assertThat(store.proposals(KENJI.learnerId())).singleElement().satisfies(p -> {
            assertThat(p.uid()).isEqualTo(oldUid);
            assertThat(p.status()).isEqualTo(Proposal.Status.WITHDRAWN);
        });
        // The new series' meeting of the same day takes a proposal of its own.
        assertThat(proposals.propose(KENJI, FIRST, "2027-03-04", "03:30", null).isOpen()).isTrue();
    }

    /**
     * Inès cancels the series while Kenji's proposal for the 1:1 of 2 March waits: it is withdrawn
     * in the same write, so none is left open for meetings that are no longer there; one made after
     * the cancellation read the proposals refuses it (it is read again).
     */
    @Test
    void cancellingTheSeriesWithdrawsItsOpenProposals() {
        proposals.propose(KENJI, FIRST, "2027-03-04", "03:30", null);
        Appointment series = store.series.get(KENJI.learnerId());
        proposals.propose(KENJI, "2027-03-09", "2027-03-11", "03:30", null);
        AppointmentStore.Withdrawals readBefore = Replan.cancelled(series,
                List.of(store.proposals(KENJI.learnerId()).get(0)), CLOCK.instant());
        assertThatThrownBy(() -> store.delete(series, readBefore)).as("made after the read")
                .isInstanceOf(AppointmentStore.Changed.class);

        oneToOne.cancel(INES, KENJI.learnerId());

        assertThat(store.series).doesNotContainKey(KENJI.learnerId());
        assertThat(store.proposals(KENJI.learnerId())).extracting(p -> p.planned() + " " + p.status().wire())
                .containsExactly("2027-03-02 withdrawn", "2027-03-09 withdrawn");
    }

    /**
     * Kenji proposed other times for the 1:1s of 2 and 23 March; Inès then changes the series to
     * three meetings. The one of 23 March is gone: its proposal is withdrawn, and both are told in
     * their language (Kenji on his clock); the one of 2 March is as it was, its proposal still waits.
     * The same change again at 19:00 moves the 2 March meeting: that proposal is withdrawn too.
     */
    @Test
    void aChangeOfTheSeriesWithdrawsTheProposalsOfTheMeetingsItMovesOrRemoves() {
        proposals.propose(KENJI, FIRST, "2027-03-04", "03:30", null);
        proposals.propose(KENJI, "2027-03-23", "2027-03-25", "03:30", null);
        mailer.sent.clear();
        SlotInput three = new SlotInput("tue", "18:00", 30, FIRST, 3, null);
        assertThat(oneToOne.preview(INES, KENJI.learnerId(), three).withdrawnProposals())
                .as("the page says it before saving").isEqualTo(1);

        oneToOne.set(INES, KENJI.learnerId(), three);

        assertThat(store.proposals(KENJI.learnerId())).extracting(p -> p.planned() + " " + p.status().wire())
                .containsExactly("2027-03-02 open", "2027-03-23 withdrawn");
        assertThat(mailer.sent.get(0).text()).as("Kenji, in French, on his clock").contains("Votre proposition de "
                + "déplacer le rendez-vous du mercredi 24 mars 2027 à 2\u00A0h au jeudi 25 mars 2027 à 3", "est "
                + "retirée\u00A0: Inès Moreau a changé la série.");
        assertThat(mailer.sent.get(1).text()).as("Inès, on hers").contains("Kenji Sato’s proposal to move the 1:1 of "
                + "Tuesday 23 March 2027 at 18:00 to Wednesday 24 March 2027 at 19:30 is withdrawn with this change");
        assertThat(proposals.propose(KENJI, "2027-03-16", "2027-03-18", "03:30", null).isOpen())
                .as("the others can still be proposed").isTrue();

        oneToOne.set(INES, KENJI.learnerId(), new SlotInput("tue", "19:00", 30, FIRST, 3, null));
        assertThat(store.proposals(KENJI.learnerId())).extracting(Proposal::status).as("nothing left open")
                .doesNotContain(Proposal.Status.OPEN);
    }

    /**
     * A cohort that ends on Sunday 28 March: Kenji cannot propose the 29th (the mentor could not
     * accept it), nothing is stored nor mailed; with his own plan to 4 April he can.
     */
    @Test
    void aProposalAfterTheLearnersLastDayIsRefused() {
        InMemoryAppointments shortStore = new InMemoryAppointments().match(KENJI, INES.sub());
        InMemoryCohorts shortCohort = new InMemoryCohorts().with(InMemoryCohorts.running("c-1", "2027-01-04", 12));
        OneToOneService cohortOnly = new OneToOneService(shortStore, shortCohort, mentors, mailer,
                new Messages("https://hub.example.org"), CLOCK);
        cohortOnly.set(INES, KENJI.learnerId(), new SlotInput("tue", "18:00", 30, "2027-03-01", 3, null));
        mailer.sent.clear();
        assertThatThrownBy(() -> new MeetingProposals(shortStore, cohortOnly, mentors, mailer,
                new Messages("https://hub.example.org"), CLOCK).propose(KENJI, FIRST, "2027-03-29", "10:00", null))
                .isInstanceOfSatisfying(SlotRules.PastLastDay.class, e -> {
                    assertThat(e.field()).isEqualTo("date");
                    assertThat(e.lastDay().date()).isEqualTo(LocalDate.parse("2027-03-28"));
                    assertThat(e.lastDay().ownPlan()).isFalse();
                });
        assertThat(shortStore.proposals(KENJI.learnerId())).isEmpty();
        assertThat(mailer.sent).isEmpty();

        OneToOneService withPlan = new OneToOneService(shortStore, shortCohort, mentors, mailer,
                new Messages("https://hub.example.org"), CLOCK, id -> LocalDate.parse("2027-04-04"));
        assertThat(new MeetingProposals(shortStore, withPlan, mentors, mailer, new Messages("https://hub.example.org"), CLOCK)
                .propose(KENJI, FIRST, "2027-03-29", "10:00", null).isOpen()).isTrue();
    }

    /**
     * Kenji's 1:1s are Wednesdays at 02:00 his time (Tuesdays 18:00 in Paris), thirty minutes. He
     * cannot propose the time of another of them (10 March at 02:00) nor one overlapping it (02:15),
     * nor the meeting's own time; nothing is stored or mailed.
     */
    @Test
    void aProposalOverAnotherMeetingOrAtItsOwnTimeIsRefused() {
        for (String time : List.of("02:00", "02:15")) {
            assertThatThrownBy(() -> proposals.propose(KENJI, FIRST, "2027-03-10", time, null))
                    .as(time).isInstanceOfSatisfying(SlotRules.Overlap.class, e -> {
                        assertThat(e.other().planned()).isEqualTo(LocalDate.parse("2027-03-09"));
                        assertThat(e.learnerZone().getId()).isEqualTo("Asia/Tokyo");
                    });
        }
        assertThatThrownBy(() -> proposals.propose(KENJI, FIRST, "2027-03-03", "02:00", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.params()).containsEntry("time", "same-time"));
        assertThat(store.proposals(KENJI.learnerId())).isEmpty();
        assertThat(mailer.sent).isEmpty();
        assertThat(proposals.propose(KENJI, FIRST, "2027-03-10", "02:30", null).isOpen()).as("right after it").isTrue();
    }

    /**
     * Kenji proposes Wednesday 3 March 19:30 (Paris) for the meeting of 2 March; Inès then moves the
     * one of 9 March to 3 March 19:45. Accepting the proposal now would put two meetings together:
     * refused naming the moved one, nothing written, the proposal still open, no one mailed.
     */
    @Test
    void acceptingAProposalThatNowOverlapsAnotherMeetingIsRefused() {
        proposals.propose(KENJI, FIRST, "2027-03-04", "03:30", null);
        oneToOne.changeMeeting(INES, KENJI.learnerId(), "2027-03-09", "2027-03-03", "19:45", false);
        Appointment before = store.series.get(KENJI.learnerId());
        mailer.sent.clear();

        assertThatThrownBy(() -> proposals.answer(INES, KENJI.learnerId(), FIRST, "accepted", null))
                .isInstanceOfSatisfying(SlotRules.Overlap.class, e -> assertThat(e.other().planned())
                        .isEqualTo(LocalDate.parse("2027-03-09")));
        assertThat(store.series.get(KENJI.learnerId())).isEqualTo(before);
        assertThat(store.proposals(KENJI.learnerId())).singleElement().extracting(Proposal::status)
                .isEqualTo(Proposal.Status.OPEN);
        assertThat(mailer.sent).isEmpty();
    }

    @Test
    void acceptingMovesTheMeetingAsTheMentorWouldAndMailsBothSides() {
        proposals.propose(KENJI, FIRST, "2027-03-04", "03:30", null);
        int sequence = store.series.get(KENJI.learnerId()).sequence();

        Appointment a = proposals.answer(INES, KENJI.learnerId(), FIRST, "accepted", null);

        assertThat(a.sequence()).isEqualTo(sequence + 1);
        assertThat(a.occurrences()).containsExactly(Occurrence.moved(LocalDate.parse(FIRST),
                LocalDate.parse("2027-03-03"), LocalTime.of(19, 30)));
        assertThat(store.proposals(KENJI.learnerId()).get(0).status()).isEqualTo(Proposal.Status.ACCEPTED);
        assertThat(mailer.sent).extracting(Mail::to).containsExactly("ines@example.org", "kenji@example.org",
                "ines@example.org");
        assertThat(mailer.sent.get(1).text()).as("the learner's language and zone")
                .contains("a lieu le jeudi 4 mars 2027 à 3\u00A0h\u00A030 (votre heure : heure du Japon)");
        assertThat(mailer.sent.get(1).attachments()).hasSize(1);
        assertThatThrownBy(() -> proposals.answer(INES, KENJI.learnerId(), FIRST, "declined", null))
                .as("answered once").isInstanceOf(AppointmentStore.NoOpenProposal.class);
        assertThat(proposals.propose(KENJI, FIRST, "2027-03-05", "03:30", null).isOpen())
                .as("after an answer the learner may propose again").isTrue();
    }

    @Test
    void decliningKeepsTheMeetingAndTellsTheLearnerWhy() {
        proposals.propose(KENJI, FIRST, "2027-03-04", "03:30", null);
        Appointment before = store.series.get(KENJI.learnerId());

        proposals.answer(INES, KENJI.learnerId(), FIRST, "declined", "I travel that week");

        assertThat(store.series.get(KENJI.learnerId())).isEqualTo(before);
        Proposal p = store.proposals(KENJI.learnerId()).get(0);
        assertThat(p.status()).isEqualTo(Proposal.Status.DECLINED);
        assertThat(p.reply()).isEqualTo("I travel that week");
        Mail mail = mailer.sent.get(1);
        assertThat(mail.to()).isEqualTo("kenji@example.org");
        assertThat(mail.text()).as("the learner's language and zone").contains("Inès Moreau ne peut pas le "
                + "jeudi 4 mars 2027 à 3\u00A0h\u00A030 ; le rendez-vous reste le mercredi 3 mars 2027 à 2\u00A0h (votre heure : "
                + "heure du Japon).", "« I travel that week »");
    }

    @Test
    void onlyTheMentorAnswersAndBadInputIsRefusedFieldByField() {
        proposals.propose(KENJI, FIRST, "2027-03-04", "03:30", null);
        assertThatThrownBy(() -> proposals.answer(FARID, KENJI.learnerId(), FIRST, "accepted", null))
                .isInstanceOf(AppointmentStore.NotYourMentee.class);
        assertThatThrownBy(() -> proposals.answer(INES, KENJI.learnerId(), FIRST, "maybe", "a\u2028b"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fields()).containsOnlyKeys("answer",
                        "message"));
        assertThatThrownBy(() -> proposals.propose(KENJI, "2027-03-16", "2027-02-24", "18:00", "x".repeat(501)))
                .as("past, and too long").isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("date", "message"));
        assertThatThrownBy(() -> proposals.propose(KENJI, "2027-03-16", "2027-3-1", "25:00", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fields()).containsOnlyKeys("date", "time"));
        assertThatThrownBy(() -> proposals.propose(KENJI, "2027-03-17", "2027-03-20", "10:00", null))
                .as("not a meeting of the series").isInstanceOf(OneToOneService.NoSuchMeeting.class);
        oneToOne.changeMeeting(INES, KENJI.learnerId(), "2027-03-16", null, null, true);
        assertThatThrownBy(() -> proposals.propose(KENJI, "2027-03-16", "2027-03-20", "10:00", null))
                .isInstanceOf(MeetingProposals.MeetingCancelled.class);
        assertThat(store.proposals(KENJI.learnerId())).hasSize(1);
    }

    /**
     * Kenji proposed to move the 1:1 of 2 March to the 4th; Inès never answered, and the 2 March
     * meeting went by: her mentee list no longer asks her about it. On the 3rd she changes the
     * series to 19:00: that proposal is withdrawn with
     * the change (nobody can act on it any more), and neither mail speaks of it, since the meeting
     * it was about is over.
     */
    @Test
    void aChangeOfTheSeriesWithdrawsTheOpenProposalOfAMeetingAlreadyPast() {
        proposals.propose(KENJI, FIRST, "2027-03-04", "03:30", null);
        mailer.sent.clear();
        Clock thirdOfMarch = Clock.fixed(Instant.parse("2027-03-03T10:00:00Z"), ZoneOffset.UTC);
        assertThat(new WaitingProposals(store, thirdOfMarch).summary(KENJI.learnerId(), INES.sub()).waiting())
                .as("its meeting went by: the mentee list no longer asks for an answer").isEmpty();
        OneToOneService later = new OneToOneService(store,
                new InMemoryCohorts().with(InMemoryCohorts.running("c-1", "2027-01-04", 20)), mentors, mailer,
                new Messages("https://hub.example.org"), thirdOfMarch);
        SlotInput sevenPm = new SlotInput("tue", "19:00", 30, "2027-03-09", 3, null);
        assertThat(later.preview(INES, KENJI.learnerId(), sevenPm).withdrawnProposals()).as("none the page must warn of")
                .isZero();

        later.set(INES, KENJI.learnerId(), sevenPm);

        assertThat(store.proposals(KENJI.learnerId())).extracting(p -> p.planned() + " " + p.status().wire())
                .containsExactly("2027-03-02 withdrawn");
        assertThat(mailer.sent).hasSize(2).allSatisfy(m -> assertThat(m.text()).doesNotContain("proposition", "proposal"));
    }

    /**
     * Kenji proposed to move the 1:1 of 9 March; Inès moves that meeting herself to the 10th: his
     * proposal is withdrawn in the same write (she could otherwise still accept it), both are told
     * in their mails, and Kenji may propose again for the meeting as it now is. Cancelling the
     * 16 March meeting withdraws its proposal too; a proposal made after the move read none open
     * refuses it (the move is read again).
     */
    @Test
    void movingOrCancellingOneMeetingWithdrawsItsOpenProposal() {
        proposals.propose(KENJI, "2027-03-09", "2027-03-11", "03:30", null);
        mailer.sent.clear();

        oneToOne.changeMeeting(INES, KENJI.learnerId(), "2027-03-09", "2027-03-10", "18:00", false);

        assertThat(store.proposals(KENJI.learnerId())).extracting(p -> p.planned() + " " + p.status().wire())
                .containsExactly("2027-03-09 withdrawn");
        assertThat(mailer.sent).extracting(Mail::to).containsExactly("kenji@example.org", "ines@example.org");
        assertThat(mailer.sent.get(0).text()).as("Kenji, in French, on his clock").contains("Votre proposition de "
                + "déplacer ce rendez-vous au jeudi 11 mars 2027 à 3\u00A0h\u00A030 est retirée avec ce changement.");
        assertThat(mailer.sent.get(1).text()).as("Inès, on hers").contains("Kenji Sato’s proposal to move this 1:1 to "
                + "Wednesday 10 March 2027 at 19:30 is withdrawn with this change; Kenji Sato has been told.");
        assertThat(proposals.propose(KENJI, "2027-03-09", "2027-03-12", "03:30", null).isOpen())
                .as("the moved meeting can be proposed again").isTrue();

        proposals.propose(KENJI, "2027-03-16", "2027-03-18", "03:30", null);
        oneToOne.changeMeeting(INES, KENJI.learnerId(), "2027-03-16", null, null, true);
        assertThat(store.proposals(KENJI.learnerId())).extracting(p -> p.planned() + " " + p.status().wire())
                .containsExactly("2027-03-09 open", "2027-03-16 withdrawn");

        Appointment series = store.series.get(KENJI.learnerId());
        AppointmentStore.Withdrawals readBefore = Replan.ofMeeting(series, LocalDate.parse("2027-03-23"), List.of(),
                CLOCK.instant());
        proposals.propose(KENJI, "2027-03-23", "2027-03-25", "03:30", null);
        assertThatThrownBy(() -> store.save(series.with(Occurrence.cancelled(LocalDate.parse("2027-03-23")),
                CLOCK.instant()), series.sequence(), null, readBefore)).as("made after the read")
                .isInstanceOf(AppointmentStore.Changed.class);
    }
}
