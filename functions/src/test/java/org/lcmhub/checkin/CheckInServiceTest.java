package org.lcmhub.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.checkin.model.CheckInRequest;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.LearnerContext;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.testing.InMemoryCheckIns;

class CheckInServiceTest {

    @Test
    void aRefusalsDayIsWrittenInFull() {
        assertThat(CheckInService.day(LocalDate.of(2026, 9, 28))).isEqualTo("Monday 28 September 2026");
        assertThat(CheckInService.day(LocalDate.of(2027, 1, 3))).isEqualTo("Sunday 3 January 2027");
    }
    /** Sunday 2027-01-17 23:30 in Paris (week 2) is already Monday 2027-01-18 (week 3) in Auckland. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-17T22:30:00Z"), ZoneOffset.UTC);
    private static final LearnerContext PARIS = new LearnerContext("l-1", "py-2027-01", ZoneId.of("Europe/Paris"),
            LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 28), 8);

    private final InMemoryCheckIns store = new InMemoryCheckIns();
    private final Map<String, WeeklyCheckIn> stored = store.stored;
    private final CheckInService service = new CheckInService(store, CLOCK);

    private static CheckInRequest request(String week) {
        return new CheckInRequest(week, 30, 2, 3.5, 4, "  ", false, " Loops finally make sense! ", null);
    }

    @Test
    void theDefaultWeekIsTheLearnersOwnCurrentWeek() {
        assertThat(service.submit(PARIS, request(null)).checkIn().week()).isEqualTo(new IsoWeek(2027, 2));
        LearnerContext auckland = new LearnerContext("l-2", "py-2027-01", ZoneId.of("Pacific/Auckland"),
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 28), 8);
        assertThat(service.submit(auckland, request(null)).checkIn().week()).isEqualTo(new IsoWeek(2027, 3));
    }

    @Test
    void aNewWeekIsCreatedTheSameWeekIsUpdatedAndHistoryStays() {
        assertThat(service.submit(PARIS, request("2027-W01")).created()).isTrue();
        assertThat(service.submit(PARIS, request("2027-W02")).created()).isTrue();
        CheckInService.Submitted again = service.submit(PARIS,
                new CheckInRequest("2027-W02", 45, 3, 5.0, 3, "Recursion", true, null, null));
        assertThat(again.created()).isFalse();
        assertThat(stored).hasSize(2);
        assertThat(stored.get("l-1|2027-W02").progress()).isEqualTo(45);
        assertThat(stored.get("l-1|2027-W01").progress()).isEqualTo(30);
    }

    /**
     * A week sent again still asking for help (without a script, or with the box shown ticked)
     * keeps the time the help was first asked, so the request's wait counts from then and a contact
     * made since answers it; unticked, it is withdrawn only by a form that showed it ticked
     * ({@code helpShown}), never unseen; a new week's request is its own.
     */
    @Test
    void aRequestForHelpSentAgainKeepsTheTimeItWasFirstAsked() {
        Instant monday = Instant.parse("2027-01-11T09:00:00Z");
        Instant thursday = Instant.parse("2027-01-14T18:00:00Z");
        CheckInRequest asking = new CheckInRequest("2027-W02", 30, 2, 3.5, 2, null, true, null, null);
        new CheckInService(store, Clock.fixed(monday, ZoneOffset.UTC)).submit(PARIS, asking);

        CheckInService later = new CheckInService(store, Clock.fixed(thursday, ZoneOffset.UTC));
        WeeklyCheckIn kept = later.submitKeepingHelp(PARIS, new CheckInRequest("2027-W02", 40, 2, 4.0, 2, null, null, null, null)).checkIn();
        assertThat(kept.needHelp()).isTrue();
        assertThat(kept.submittedAt()).isEqualTo(thursday);
        assertThat(kept.helpAskedAt()).isEqualTo(monday);
        assertThat(later.submit(PARIS, asking).checkIn().helpAskedAt()).as("the box shown ticked").isEqualTo(monday);
        assertThat(CheckInViews.forRules(store.history("l-1"), PARIS.zone())).singleElement()
                .satisfies(c -> assertThat(c.sentOn()).isEqualTo(LocalDate.of(2027, 1, 11)));

        WeeklyCheckIn unseen = later.submit(PARIS, new CheckInRequest("2027-W02", 40, 2, 4.0, 2, null, false, null, null)).checkIn();
        assertThat(unseen.needHelp()).as("unticked by a form that did not show the request").isTrue();
        assertThat(unseen.helpAskedAt()).isEqualTo(monday);
        WeeklyCheckIn withdrawn = later.submit(PARIS, new CheckInRequest("2027-W02", 40, 2, 4.0, 2, null, false, null, true)).checkIn();
        assertThat(withdrawn.needHelp()).as("unticked where the form showed it ticked").isFalse();
        assertThat(withdrawn.helpAskedAt()).isNull();
        assertThat(later.submit(PARIS, asking).checkIn().helpAskedAt()).as("asked anew").isEqualTo(thursday);
        assertThat(later.submit(PARIS, new CheckInRequest("2027-W01", 20, 1, 3.0, 3, null, true, null, null)).checkIn()
                .helpAskedAt()).as("another week's request").isEqualTo(thursday);
    }

    @Test
    void textsAreTrimmedAndBlankOnesDropped() {
        WeeklyCheckIn c = service.submit(PARIS, request(null)).checkIn();
        assertThat(c.message()).isEqualTo("Loops finally make sense!");
        assertThat(c.blockers()).isNull();
        assertThat(c.submittedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void weeksOutsideTheCohortOrInTheFutureAreRefused() {
        assertThat(errors(request("2026-W53"))).containsKey("week");
        assertThat(errors(request("2027-W00"))).containsEntry("week", "Leave the week out to check in for this week.");
        assertThat(errors(request("2026-W52")).get("week")).isEqualTo("Your cohort starts on Monday 4 January 2027; check in from then.");
        assertThat(errors(request("2027-W03")).get("week")).contains("this week or an earlier one");
        LearnerContext ended = new LearnerContext("l-3", "old", ZoneId.of("Europe/Paris"),
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 11, 1), 8);
        InvalidInput late = catchThrowableOfType(InvalidInput.class, () -> service.submit(ended, request(null)));
        assertThat(late.fields().get("week"))
                .isEqualTo("Your cohort ended on Sunday 1 November 2026, and no personal plan of yours runs to that week.");
        assertThat(stored).isEmpty();
    }

    /** A cohort that ended on Sunday 3 January 2027 (W53 of 2026); today is in W02 of 2027. */
    private static final LearnerContext ENDED = new LearnerContext("l-4", "old", ZoneId.of("Europe/Paris"),
            LocalDate.of(2026, 11, 9), LocalDate.of(2027, 1, 3), 8);

    @Test
    void aPersonalPlanPastTheCohortsEndTakesCheckInsUpToItsOwnEnd() {
        store.planEnds.put("l-4", LocalDate.of(2027, 1, 17)); // two weeks past the cohort's end: W01, W02
        assertThat(service.submit(ENDED, request("2027-W01")).created()).isTrue();
        assertThat(service.submit(ENDED, request(null)).checkIn().week()).isEqualTo(new IsoWeek(2027, 2));
        assertThat(stored).containsOnlyKeys("l-4|2027-W01", "l-4|2027-W02");
        // The cohort's own weeks stay open to them as to everyone.
        assertThat(service.submit(ENDED, request("2026-W53")).created()).isTrue();
    }

    @Test
    void nothingIsTakenAfterThePersonalPlansEnd() {
        store.planEnds.put("l-4", LocalDate.of(2027, 1, 10)); // ends in W01
        assertThat(service.submit(ENDED, request("2027-W01")).created()).isTrue();
        InvalidInput after = catchThrowableOfType(InvalidInput.class, () -> service.submit(ENDED, request("2027-W02")));
        assertThat(after.fields()).containsOnlyKeys("week");
        assertThat(stored).containsOnlyKeys("l-4|2027-W01");
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNothingIsStored() {
        Map<String, String> errors = errors(new CheckInRequest("2027-W02", 101, 9, -1.0, 0, "x".repeat(1001), null,
                "y".repeat(2001), null));
        assertThat(errors).containsOnlyKeys("progress", "stepReached", "hoursSpent", "mood", "needHelp", "blockers", "message");
        assertThat(stored).isEmpty();
    }

    /** The free texts count characters as the sign-up's name and goals do: an emoji is one, not two UTF-16 units. */
    @Test
    void freeTextsCountCharactersNotUtf16Units() {
        String blockers = "\uD83D\uDE15".repeat(1_000); // 1,000 characters, 2,000 UTF-16 units
        String message = "\uD83D\uDE80".repeat(2_000);
        WeeklyCheckIn c = service.submit(PARIS, new CheckInRequest("2027-W02", 30, 2, 3.5, 4, blockers, false, message, null))
                .checkIn();
        assertThat(c.blockers()).isEqualTo(blockers);
        assertThat(c.message()).isEqualTo(message);
        Map<String, String> over = errors(new CheckInRequest("2027-W02", 30, 2, 3.5, 4, blockers + "\uD83D\uDE15", false,
                message + "\uD83D\uDE80", null));
        assertThat(over).containsOnlyKeys("blockers", "message");
        assertThat(over.get("blockers")).contains("at most 1000 characters");
        assertThat(over.get("message")).contains("at most 2000 characters");
    }

    @Test
    void isoWeeksFollowTheStandard() {
        assertThat(IsoWeek.parse("2026-W53")).contains(new IsoWeek(2026, 53));
        assertThat(IsoWeek.parse("2027-W53")).isEmpty();
        assertThat(IsoWeek.parse("2027-3")).isEmpty();
        assertThat(new IsoWeek(2027, 1).monday()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 3))).isEqualTo(new IsoWeek(2026, 53));
        assertThat(new IsoWeek(2027, 3).toString()).isEqualTo("2027-W03");
    }

    private Map<String, String> errors(CheckInRequest r) {
        return catchThrowableOfType(InvalidInput.class, () -> service.submit(PARIS, r)).fields();
    }
}
