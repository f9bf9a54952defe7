package org.lcmhub.matching;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lcmhub.matching.model.WeeklySlot;

/**
 * Weekly availability as a bit per quarter hour of one real week in UTC (the reference week), so
 * two people in different timezones are compared on the same clock, with that week's DST offsets.
 * The week wraps around (Sunday night in Auckland is Sunday morning UTC, which meets a Monday
 * slot elsewhere): bit {@code q} stands for minute {@code 15q} after Monday 00:00 UTC, modulo a
 * week. Three padding bits repeat the first three so that a run of four quarters (one hour) can be
 * found across the wrap with plain word shifts.
 */
public final class WeekGrid {
    /** Quarter hours in a week. */
    public static final int QUARTERS = 7 * 24 * 4;
    static final int WORDS = (QUARTERS + 3 + 63) / 64;
    private static final int LAST_WORD_BITS = QUARTERS - 64 * (WORDS - 1);
    private static final long LAST_WORD_MASK = (1L << LAST_WORD_BITS) - 1;

    /**
     * A learner who gave no availability is taken to be free 08:00–22:00 every day in their own
     * timezone: waking hours, so a mentor is still never proposed for the middle of their night.
     */
    public static final List<WeeklySlot> DEFAULT_AVAILABILITY = defaultAvailability();

    private final Instant weekStart;

    public WeekGrid(LocalDate referenceWeek) {
        this.weekStart = referenceWeek.with(DayOfWeek.MONDAY).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The bits of {@code slots} given in {@code zone}; a partial quarter hour does not count. */
    public long[] bits(List<WeeklySlot> slots, ZoneId zone) {
        long[] grid = new long[WORDS];
        LocalDate monday = weekStart.atZone(ZoneOffset.UTC).toLocalDate();
        for (WeeklySlot slot : slots) {
            LocalDate date = monday.plusDays(slot.day().getValue() - 1L);
            LocalDateTime end = slot.to().isAfter(slot.from())
                    ? date.atTime(slot.to()) : date.plusDays(1).atTime(slot.to());
            long from = minutesFromStart(ZonedDateTime.of(date.atTime(slot.from()), zone));
            long to = minutesFromStart(ZonedDateTime.of(end, zone));
            for (long q = Math.floorDiv(from + 14, 15); q < Math.floorDiv(to, 15); q++) {
                set(grid, (int) Math.floorMod(q, QUARTERS));
            }
        }
        for (int i = 0; i < 3; i++) {
            if (isSet(grid, i)) {
                set(grid, QUARTERS + i);
            }
        }
        return grid;
    }

    /** Quarter hours both grids share. */
    public static int sharedQuarters(long[] a, long[] b) {
        int count = 0;
        for (int i = 0; i < WORDS - 1; i++) {
            count += Long.bitCount(a[i] & b[i]);
        }
        return count + Long.bitCount(a[WORDS - 1] & b[WORDS - 1] & LAST_WORD_MASK);
    }

    /** True when both grids share at least one unbroken hour: a 1:1 needs one. */
    public static boolean shareAnHour(long[] a, long[] b) {
        for (int i = 0; i < WORDS; i++) {
            long w = a[i] & b[i];
            if (w == 0) {
                continue;
            }
            long next = i + 1 < WORDS ? a[i + 1] & b[i + 1] : 0;
            long run = w & (w >>> 1 | next << 63) & (w >>> 2 | next << 62) & (w >>> 3 | next << 61);
            if (i == WORDS - 1) {
                run &= LAST_WORD_MASK;
            }
            if (run != 0) {
                return true;
            }
        }
        return false;
    }

    /** The days, in {@code zone}, on which the two grids share time. */
    public Set<DayOfWeek> sharedDays(long[] a, long[] b, ZoneId zone) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int q = 0; q < QUARTERS; q++) {
            if (isSet(a, q) && isSet(b, q)) {
                days.add(weekStart.plusSeconds(900L * q).atZone(zone).getDayOfWeek());
            }
        }
        return days;
    }

    /** The UTC offset of {@code zone} in minutes, at midweek of the reference week. */
    public int offsetMinutes(ZoneId zone) {
        return zone.getRules().getOffset(weekStart.plus(Duration.ofHours(84))).getTotalSeconds() / 60;
    }

    private long minutesFromStart(ZonedDateTime time) {
        return Math.floorDiv(Duration.between(weekStart, time.toInstant()).getSeconds(), 60);
    }

    private static void set(long[] grid, int bit) {
        grid[bit >>> 6] |= 1L << (bit & 63);
    }

    private static boolean isSet(long[] grid, int bit) {
        return (grid[bit >>> 6] & 1L << (bit & 63)) != 0;
    }

    private static List<WeeklySlot> defaultAvailability() {
        List<WeeklySlot> slots = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            slots.add(new WeeklySlot(day, LocalTime.of(8, 0), LocalTime.of(22, 0)));
        }
        return List.copyOf(slots);
    }
}
