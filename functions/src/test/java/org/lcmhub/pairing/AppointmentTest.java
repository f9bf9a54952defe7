package org.lcmhub.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AppointmentTest {
    private static final Appointment SERIES = new Appointment("l1", "m1", "c1", "uid-1", 2, DayOfWeek.TUESDAY,
            LocalTime.of(18, 0), 30, ZoneId.of("Europe/Paris"), LocalDate.of(2027, 3, 1), 4, null,
            Instant.parse("2027-02-20T10:00:00Z"));

    @Test
    void meetingsFollowTheRuleUntilOneIsMovedOrCancelled() {
        assertThat(SERIES.plannedDates()).containsExactly(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 9),
                LocalDate.of(2027, 3, 16), LocalDate.of(2027, 3, 23));

        Appointment moved = SERIES.with(Occurrence.moved(LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 11),
                LocalTime.of(9, 0)), Instant.parse("2027-02-21T10:00:00Z"));
        Appointment both = moved.with(Occurrence.cancelled(LocalDate.of(2027, 3, 16)), Instant.parse("2027-02-22T10:00:00Z"));
        Appointment back = both.with(Occurrence.cancelled(LocalDate.of(2027, 3, 9)), Instant.parse("2027-02-23T10:00:00Z"));

        assertThat(moved.sequence()).isEqualTo(3);
        assertThat(both.sequence()).isEqualTo(4);
        assertThat(both.uid()).isEqualTo("uid-1");
        assertThat(both.meetings()).extracting(m -> m.start().toLocalDateTime().toString() + (m.cancelled() ? " x" : "")
                + (m.moved() ? " moved" : "")).containsExactly("2027-03-02T18:00", "2027-03-11T09:00 moved",
                "2027-03-16T18:00 x", "2027-03-23T18:00");
        assertThat(back.occurrences()).as("a later change to the same meeting replaces the earlier one")
                .containsExactly(Occurrence.cancelled(LocalDate.of(2027, 3, 9)), Occurrence.cancelled(LocalDate.of(2027, 3, 16)));
    }
}
