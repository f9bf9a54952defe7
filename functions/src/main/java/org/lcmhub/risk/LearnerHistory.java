package org.lcmhub.risk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What the rules know of one learner: their own start (rolling enrolment: their week 1 begins
 * there), their check-ins, the last day an LCM recorded a contact with them (or null), and their
 * personal plan when they have one (null: the cohort's plan applies).
 */
public record LearnerHistory(LocalDate start, List<CheckIn> checkIns, LocalDate lastContactOn, Plan personalPlan) {
    public LearnerHistory {
        checkIns = checkIns.stream().sorted(Comparator.comparing(CheckIn::week)).toList();
    }

    public LearnerHistory(LocalDate start, List<CheckIn> checkIns, LocalDate lastContactOn) {
        this(start, checkIns, lastContactOn, null);
    }
}
