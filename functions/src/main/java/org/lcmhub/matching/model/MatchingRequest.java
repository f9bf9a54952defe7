package org.lcmhub.matching.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What to match. Availabilities are compared on {@code referenceWeek} (its Monday is used), so
 * daylight-saving changes are those of that real week.
 */
public record MatchingRequest(
        List<LearnerToMatch> learners,
        List<MentorProfile> mentors,
        Set<PairRef> exclusions,
        List<PairRef> pins,
        LocalDate referenceWeek) {

    public MatchingRequest {
        learners = List.copyOf(learners);
        mentors = List.copyOf(mentors);
        exclusions = exclusions == null ? Set.of() : Set.copyOf(exclusions);
        pins = pins == null ? List.of() : List.copyOf(pins);
        referenceWeek = referenceWeek.with(DayOfWeek.MONDAY);
    }
}
