package org.lcmhub.community.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The reminder keeps its local time across daylight-saving changes and is due once per week. */
class ReminderTest {
    private final Reminder thursdayNine = new Reminder("thu", "09:00", "Europe/Paris");

    @Test
    void nineInParisIsSevenUtcInSummerTimeAndEightAfterTheChange() {
        // Paris leaves summer time on Sunday 25 October 2026.
        assertThat(thursdayNine.dueEvent("c1", Instant.parse("2026-10-22T06:59:00Z"))).isNull();
        assertThat(thursdayNine.dueEvent("c1", Instant.parse("2026-10-22T07:00:00Z"))).isEqualTo("checkin-reminder#c1#2026-W43");
        assertThat(thursdayNine.dueEvent("c1", Instant.parse("2026-10-29T07:30:00Z"))).isNull();
        assertThat(thursdayNine.dueEvent("c1", Instant.parse("2026-10-29T08:00:00Z"))).isEqualTo("checkin-reminder#c1#2026-W44");
    }

    @Test
    void aLateRunWithinTheDayStillSendsTheWeeksReminderAndNotAfter() {
        assertThat(thursdayNine.dueEvent("c1", Instant.parse("2026-10-22T23:00:00Z"))).isEqualTo("checkin-reminder#c1#2026-W43");
        assertThat(thursdayNine.dueEvent("c1", Instant.parse("2026-10-23T07:00:00Z"))).isNull();
        assertThat(thursdayNine.dueEvent("c1", Instant.parse("2026-10-21T12:00:00Z"))).isNull();
    }

    @Test
    void anEventNamesItsWeekAndTheWeekBeforeCrossesTheYear() {
        assertThat(Reminder.weekOf("checkin-reminder#c1#2027-W01")).isEqualTo(java.time.LocalDate.of(2027, 1, 4));
        assertThat(Reminder.isoWeek(Reminder.weekOf("checkin-reminder#c1#2027-W01").minusWeeks(1))).isEqualTo("2026-W53");
    }
}
