package org.lcmhub.matching.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** A mentor as the matcher sees it: {@code used} places are already taken by current mentees. */
public record MentorProfile(
        String id,
        List<String> languages,
        List<String> paths,
        List<String> skills,
        ZoneId timezone,
        int capacity,
        int used,
        boolean paused,
        List<WeeklySlot> availability) {

    public MentorProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timezone, "timezone");
        languages = List.copyOf(languages);
        paths = List.copyOf(paths);
        skills = List.copyOf(skills);
        availability = List.copyOf(availability);
        if (capacity < 0 || used < 0) {
            throw new IllegalArgumentException("capacity and used places must not be negative: " + id);
        }
    }

    public int remaining() {
        return Math.max(0, capacity - used);
    }
}
