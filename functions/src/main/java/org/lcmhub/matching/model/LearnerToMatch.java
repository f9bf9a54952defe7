package org.lcmhub.matching.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A learner waiting for a mentor. {@code goals} is free text or a list of keywords; it is read for
 * mentor skills. An empty {@code availability} means "not given": see {@code WeekGrid#DEFAULT_DAY}.
 */
public record LearnerToMatch(
        String id,
        List<String> languages,
        String pathId,
        ZoneId timezone,
        int hoursPerWeek,
        String goals,
        List<WeeklySlot> availability) {

    public LearnerToMatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pathId, "pathId");
        Objects.requireNonNull(timezone, "timezone");
        languages = List.copyOf(languages);
        goals = goals == null ? "" : goals;
        availability = availability == null ? List.of() : List.copyOf(availability);
    }
}
