package org.lcmhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lcmhub.matching.model.WeeklySlot;

class WeekGridTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static List<WeeklySlot> slot(DayOfWeek day, String from, String to) {
        return List.of(WeeklySlot.of(day, from, to));
    }

    private static int sharedMinutes(LocalDate week, List<WeeklySlot> a, ZoneId za, List<WeeklySlot> b, ZoneId zb) {
        WeekGrid grid = new WeekGrid(week);
        return 15 * WeekGrid.sharedQuarters(grid.bits(a, za), grid.bits(b, zb));
    }

    @Test
    void theOverlapFollowsEachSidesDaylightSavingTime() {
        List<WeeklySlot> mentorParis = slot(DayOfWeek.MONDAY, "18:00", "20:00");
        List<WeeklySlot> learnerNewYork = slot(DayOfWeek.MONDAY, "13:00", "15:00");
        // January: New York is 6 h behind Paris, so 13:00–15:00 there is 19:00–21:00 in Paris.
        assertThat(sharedMinutes(LocalDate.of(2026, 1, 12), mentorParis, PARIS, learnerNewYork, NEW_YORK)).isEqualTo(60);
        // Mid-March the US has moved its clocks and Europe has not: 5 h apart, a full overlap.
        assertThat(sharedMinutes(LocalDate.of(2026, 3, 16), mentorParis, PARIS, learnerNewYork, NEW_YORK)).isEqualTo(120);
        // April: both on summer time, 6 h apart again.
        assertThat(sharedMinutes(LocalDate.of(2026, 4, 6), mentorParis, PARIS, learnerNewYork, NEW_YORK)).isEqualTo(60);
    }

    @Test
    void aChangeOfOffsetInsideTheReferenceWeekAppliesFromThatDay() {
        // Paris moves to summer time on Sunday 29 March 2026, 02:00.
        LocalDate week = LocalDate.of(2026, 3, 23);
        List<WeeklySlot> utcSunday = slot(DayOfWeek.SUNDAY, "08:00", "09:00");
        List<WeeklySlot> utcMonday = slot(DayOfWeek.MONDAY, "08:00", "09:00");
        assertThat(sharedMinutes(week, slot(DayOfWeek.SUNDAY, "10:00", "11:00"), PARIS, utcSunday, UTC)).isEqualTo(60);
        assertThat(sharedMinutes(week, slot(DayOfWeek.MONDAY, "09:00", "10:00"), PARIS, utcMonday, UTC)).isEqualTo(60);
    }

    @Test
    void theWeekWrapsAroundSundayNightUtc() {
        // Monday 08:00 in Auckland (UTC+13 in January) is Sunday 19:00 UTC.
        WeekGrid grid = new WeekGrid(LocalDate.of(2026, 1, 12));
        long[] auckland = grid.bits(slot(DayOfWeek.MONDAY, "08:00", "10:00"), ZoneId.of("Pacific/Auckland"));
        long[] london = grid.bits(slot(DayOfWeek.SUNDAY, "19:00", "21:00"), ZoneId.of("Europe/London"));
        assertThat(WeekGrid.shareAnHour(auckland, london)).isTrue();
        assertThat(WeekGrid.sharedQuarters(auckland, london)).isEqualTo(8);
        // The hour that spans the wrap itself (Sunday 23:30 to Monday 00:30 UTC) counts too.
        long[] late = grid.bits(slot(DayOfWeek.SUNDAY, "23:30", "00:30"), UTC);
        long[] early = grid.bits(List.of(WeeklySlot.of(DayOfWeek.SUNDAY, "23:00", "00:00"),
                WeeklySlot.of(DayOfWeek.MONDAY, "00:00", "01:00")), UTC);
        assertThat(WeekGrid.shareAnHour(late, early)).isTrue();
    }

    @Test
    void anHourMustBeUnbroken() {
        WeekGrid grid = new WeekGrid(LocalDate.of(2026, 1, 12));
        long[] mentor = grid.bits(List.of(WeeklySlot.of(DayOfWeek.TUESDAY, "10:00", "10:30"),
                WeeklySlot.of(DayOfWeek.TUESDAY, "11:00", "11:30")), UTC);
        long[] learner = grid.bits(slot(DayOfWeek.TUESDAY, "09:00", "12:00"), UTC);
        assertThat(WeekGrid.sharedQuarters(mentor, learner)).isEqualTo(4);
        assertThat(WeekGrid.shareAnHour(mentor, learner)).isFalse();
        long[] full = grid.bits(slot(DayOfWeek.TUESDAY, "10:00", "11:00"), UTC);
        assertThat(WeekGrid.shareAnHour(full, learner)).isTrue();
    }

    @Test
    void halfHourOffsetsAndSlotsPastMidnight() {
        WeekGrid grid = new WeekGrid(LocalDate.of(2026, 1, 12));
        // 18:00–19:00 in Kolkata (UTC+5:30) is 12:30–13:30 UTC.
        long[] kolkata = grid.bits(slot(DayOfWeek.FRIDAY, "18:00", "19:00"), ZoneId.of("Asia/Kolkata"));
        assertThat(WeekGrid.sharedQuarters(kolkata, grid.bits(slot(DayOfWeek.FRIDAY, "12:00", "13:00"), UTC))).isEqualTo(2);
        assertThat(WeekGrid.shareAnHour(kolkata, grid.bits(slot(DayOfWeek.FRIDAY, "12:30", "13:30"), UTC))).isTrue();
        // 22:00–01:00 runs into the next day.
        long[] night = grid.bits(slot(DayOfWeek.WEDNESDAY, "22:00", "01:00"), UTC);
        assertThat(WeekGrid.sharedQuarters(night, grid.bits(slot(DayOfWeek.THURSDAY, "00:00", "02:00"), UTC))).isEqualTo(4);
    }

    @Test
    void sharedDaysAreNamedInTheGivenTimezone() {
        WeekGrid grid = new WeekGrid(LocalDate.of(2026, 1, 12));
        long[] tokyo = grid.bits(slot(DayOfWeek.TUESDAY, "08:00", "10:00"), ZoneId.of("Asia/Tokyo"));
        long[] utc = grid.bits(slot(DayOfWeek.MONDAY, "23:00", "01:00"), UTC);
        assertThat(grid.sharedDays(tokyo, utc, ZoneId.of("Asia/Tokyo"))).containsExactly(DayOfWeek.TUESDAY);
        assertThat(grid.sharedDays(tokyo, utc, UTC)).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
    }

    @Test
    void learnersWithoutAvailabilityAreFreeInWakingHours() {
        WeekGrid grid = new WeekGrid(LocalDate.of(2026, 1, 12));
        long[] waking = grid.bits(WeekGrid.DEFAULT_AVAILABILITY, PARIS);
        assertThat(WeekGrid.sharedQuarters(waking, waking)).isEqualTo(7 * 14 * 4);
        assertThat(WeekGrid.shareAnHour(waking, grid.bits(slot(DayOfWeek.MONDAY, "02:00", "04:00"), PARIS))).isFalse();
    }
}
