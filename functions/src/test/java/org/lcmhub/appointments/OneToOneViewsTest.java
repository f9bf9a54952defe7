package org.lcmhub.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.Occurrence;

/**
 * Each 1:1 time is given on both people's clocks as the server's zone data reads it, so no page
 * converts it again with a browser's (Morocco is UTC+1 outside Ramadan for the tz database, which
 * writes the mails and invites; some browsers still put Casablanca at UTC+0).
 */
class OneToOneViewsTest {
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    // Thursday 10 December 2026 at 19:00 in Casablanca (UTC+1 then): 19:00 in Paris, 03:00 Friday in Tokyo.
    private static final Appointment SERIES = new Appointment("l-hugo", "sub-farid", "c-1", "uid-1", 0,
            DayOfWeek.THURSDAY, LocalTime.of(19, 0), 30, CASABLANCA, LocalDate.parse("2026-12-10"), 3, null,
            Instant.parse("2026-12-06T06:00:00Z"),
            List.of(Occurrence.moved(LocalDate.parse("2026-12-17"), LocalDate.parse("2026-12-18"), LocalTime.of(8, 30))));

    @Test
    void everyMeetingIsOnTheMentorsAndTheLearnersClockAsTheServerReadsThem() {
        Map<String, Object> v = OneToOneViews.schedule(SERIES, List.of(), PARIS, java.time.Instant.MIN);
        assertThat(v).containsEntry("timezone", "Africa/Casablanca").containsEntry("learnerTimezone", "Europe/Paris")
                .containsEntry("learnerDay", "thu");
        List<?> meetings = (List<?>) v.get("meetings");
        assertThat(meetings.get(0)).asString().contains("start=2026-12-10T19:00+01:00",
                "mentorLocal=2026-12-10T19:00", "learnerLocal=2026-12-10T19:00");
        assertThat(meetings.get(1)).as("moved: its new time on both clocks").asString()
                .contains("mentorLocal=2026-12-18T08:30", "learnerLocal=2026-12-18T08:30");
    }

    /**
     * Farid set the series in Casablanca, then moved to New York: the learner's page reads each
     * meeting on his clock now (19:00 in Casablanca is 13:00 there), and names that zone.
     */
    @Test
    void theMentorsClockIsTheirZoneNowNotTheOneTheySetTheSeriesIn() {
        Map<String, Object> v = OneToOneViews.schedule(SERIES, List.of(), PARIS, ZoneId.of("America/New_York"),
                java.time.Instant.MIN);
        assertThat(v).containsEntry("mentorTimezone", "America/New_York").containsEntry("timezone", "Africa/Casablanca");
        List<?> meetings = (List<?>) v.get("meetings");
        assertThat(meetings.get(0)).asString().contains("mentorLocal=2026-12-10T13:00", "learnerLocal=2026-12-10T19:00");
        assertThat(meetings.get(1)).asString().contains("mentorLocal=2026-12-18T02:30", "learnerLocal=2026-12-18T08:30");
        assertThat(OneToOneViews.schedule(SERIES, List.of(), PARIS, java.time.Instant.MIN)).doesNotContainKey("mentorTimezone");
    }

    @Test
    void theLearnersDayIsTheirOwnWhenTheirClockIsPastMidnight() {
        Map<String, Object> v = OneToOneViews.schedule(SERIES, List.of(), TOKYO, java.time.Instant.MIN);
        assertThat(v).containsEntry("day", "thu").containsEntry("learnerDay", "fri");
        assertThat(((List<?>) v.get("meetings")).get(0)).asString()
                .contains("mentorLocal=2026-12-10T19:00", "learnerLocal=2026-12-11T03:00");
    }

    @Test
    void aProposalAndAPreviewGiveBothClocksToo() {
        Proposal p = new Proposal("l-hugo", "sub-farid", "uid-1", LocalDate.parse("2026-12-24"),
                ZonedDateTime.of(2026, 12, 23, 18, 30, 0, 0, PARIS), null, Proposal.Status.OPEN, null,
                Instant.parse("2026-12-06T06:00:00Z"), null);
        assertThat(OneToOneViews.proposal(p, CASABLANCA, PARIS, p.proposedAt())).containsEntry("mentorLocal", "2026-12-23T18:30")
                .containsEntry("learnerLocal", "2026-12-23T18:30");
        Map<String, Object> preview = OneToOneViews.preview(SERIES, TOKYO);
        assertThat(preview).containsEntry("timezone", "Africa/Casablanca").containsEntry("learnerTimezone", "Asia/Tokyo");
        assertThat(((List<?>) preview.get("meetings")).get(2)).asString()
                .contains("mentorLocal=2026-12-24T19:00", "learnerLocal=2026-12-25T03:00");
    }

    /**
     * At 19:10 in Casablanca, ten minutes into the first 1:1 (19:00, 30 minutes): it is under way
     * until 19:30 on both clocks, and no longer among the meetings to come, which start the week
     * after; neither before it starts nor once it is over is any meeting under way.
     */
    @Test
    void aMeetingBegunAndNotOverIsUnderWayAndNotToCome() {
        Map<String, Object> v = OneToOneViews.schedule(SERIES, List.of(), PARIS, ZoneId.of("America/New_York"),
                Instant.parse("2026-12-10T18:10:00Z"));
        assertThat(v).containsEntry("left", 2).containsEntry("from", "2026-12-17");
        assertThat(v.get("underWay")).isEqualTo(Map.of("planned", "2026-12-10", "start", "2026-12-10T19:00+01:00",
                "until", Map.of("mentorLocal", "2026-12-10T13:30", "learnerLocal", "2026-12-10T19:30")));
        assertThat(OneToOneViews.schedule(SERIES, List.of(), PARIS, Instant.parse("2026-12-10T17:59:59Z")))
                .containsEntry("underWay", null).containsEntry("left", 3);
        assertThat(OneToOneViews.schedule(SERIES, List.of(), PARIS, Instant.parse("2026-12-10T18:30:00Z")))
                .containsEntry("underWay", null).containsEntry("left", 2);
        // A cancelled meeting is not under way at its time.
        Appointment cancelled = new Appointment("l-hugo", "sub-farid", "c-1", "uid-1", 1, DayOfWeek.THURSDAY,
                LocalTime.of(19, 0), 30, CASABLANCA, LocalDate.parse("2026-12-10"), 3, null,
                Instant.parse("2026-12-06T06:00:00Z"), List.of(Occurrence.cancelled(LocalDate.parse("2026-12-10"))));
        assertThat(OneToOneViews.schedule(cancelled, List.of(), PARIS, Instant.parse("2026-12-10T18:10:00Z")))
                .containsEntry("underWay", null);
    }
    /**
     * Emma's series runs every Tuesday at 18:00 from 8 December, 6 meetings. Fatou moved the first
     * to Thursday 17 December and the second to Wednesday 16 December. The form asks "from 8
     * December, 6 meetings" (the rule's dates to come, not the first start, the 16th), and sent
     * back as given, with only the duration changed, it keeps the same 6 meetings at the same
     * times: no seventh one after the last.
     */
    @Test
    void theFormSentBackAsGivenAfterTwoMovesKeepsEveryMeeting() {
        Instant now = Instant.parse("2026-12-07T20:00:00Z");
        Appointment old = new Appointment("l-fatou", "sub-emma", "c-1", "uid-2", 3, DayOfWeek.TUESDAY, LocalTime.of(18, 0),
                45, PARIS, LocalDate.parse("2026-12-08"), 6, null, Instant.parse("2026-12-06T06:00:00Z"),
                List.of(Occurrence.moved(LocalDate.parse("2026-12-08"), LocalDate.parse("2026-12-17"), LocalTime.of(12, 30)),
                        Occurrence.moved(LocalDate.parse("2026-12-15"), LocalDate.parse("2026-12-16"), LocalTime.of(18, 0))));
        Map<String, Object> v = OneToOneViews.schedule(old, List.of(), CASABLANCA, now);
        assertThat(v).containsEntry("from", "2026-12-08").containsEntry("left", 6);

        org.lcmhub.appointments.model.SlotChoice asGiven = new org.lcmhub.appointments.model.SlotChoice(DayOfWeek.TUESDAY,
                LocalTime.of(18, 0), 60, LocalDate.parse((String) v.get("from")), (Integer) v.get("left"), null);
        org.lcmhub.appointments.model.SlotChoice rule = Replan.rule(old, asGiven, PARIS, now);
        Appointment asked = new Appointment("l-fatou", "sub-emma", "c-1", "uid-2", 4, rule.day(), rule.time(),
                rule.durationMinutes(), PARIS, rule.firstDate(), rule.weeks(), null, now);
        Appointment saved = Replan.of(old, asked, now);
        assertThat(saved.meetings()).extracting(m -> m.start().toInstant())
                .containsExactlyElementsOf(old.meetings().stream().map(m -> m.start().toInstant()).toList());

        // Once the 8 December's time is past, the form asks from the 15th: the first meeting, planned
        // earlier and moved later, stays under its own date and is not counted again.
        Map<String, Object> later = OneToOneViews.schedule(old, List.of(), CASABLANCA, Instant.parse("2026-12-08T20:00:00Z"));
        assertThat(later).containsEntry("from", "2026-12-15").containsEntry("left", 5);
    }
    /**
     * Emma moved Tuesday's 1:1 to Monday 16:48, and it is under way when she saves the series with
     * another length: the meeting under way is still the one moved from Tuesday, as the page says.
     */
    @Test
    void savingTheSeriesKeepsTheMeetingUnderWayMoved() {
        Instant now = Instant.parse("2026-12-07T16:00:00Z");
        Appointment old = new Appointment("l-fatou", "sub-emma", "c-1", "uid-3", 2, DayOfWeek.TUESDAY, LocalTime.of(18, 0),
                45, PARIS, LocalDate.parse("2026-12-08"), 4, null, Instant.parse("2026-12-06T06:00:00Z"),
                List.of(Occurrence.moved(LocalDate.parse("2026-12-08"), LocalDate.parse("2026-12-07"), LocalTime.of(16, 48))));
        assertThat(old.underWay(now)).isNotNull();
        Map<String, Object> v = OneToOneViews.schedule(old, List.of(), CASABLANCA, now);
        org.lcmhub.appointments.model.SlotChoice asGiven = new org.lcmhub.appointments.model.SlotChoice(DayOfWeek.TUESDAY,
                LocalTime.of(18, 0), 60, LocalDate.parse((String) v.get("from")), (Integer) v.get("left"), null);
        org.lcmhub.appointments.model.SlotChoice rule = Replan.rule(old, asGiven, PARIS, now);
        Appointment saved = Replan.of(old, new Appointment("l-fatou", "sub-emma", "c-1", "uid-3", 3, rule.day(), rule.time(),
                rule.durationMinutes(), PARIS, rule.firstDate(), rule.weeks(), null, now), now);
        assertThat(saved.underWay(now)).isNotNull().satisfies(m -> {
            assertThat(m.planned()).isEqualTo(LocalDate.parse("2026-12-08"));
            assertThat(m.moved()).as("still moved from Tuesday").isTrue();
        });
        assertThat(saved.meetings()).extracting(m -> m.start().toInstant())
                .containsExactlyElementsOf(old.meetings().stream().map(m -> m.start().toInstant()).toList());
    }
}
