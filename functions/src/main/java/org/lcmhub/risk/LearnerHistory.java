package org.lcmhub.risk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What the rules know of one learner: their own start (rolling enrolment: their week 1 begins
 * there), their check-ins, and the last day an LCM recorded a contact with them (or null).
 */
public record LearnerHistory(LocalDate start, List<CheckIn> checkIns, LocalDate lastContactOn) {
    public LearnerHistory {
        checkIns = checkIns.stream().sorted(Comparator.comparing(CheckIn::week)).toList();
    }
}
