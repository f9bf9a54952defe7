package org.lcmhub.risk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What the rules know of one learner: their own start (rolling enrolment: their week 1 begins
 * there), their check-ins, the last day an LCM recorded a contact with them (or null), their
 * personal plan when they have one (null: the cohort's plan applies), and {@code checkInsUntil}, a
 * day of the last week a check-in can still be sent for (the cohort's end, or their personal plan's
 * when it ends later: the check-in form takes no later week; null: no end), after which no week
 * counts as missed.
 */
public record LearnerHistory(LocalDate start, List<CheckIn> checkIns, LocalDate lastContactOn, Plan personalPlan,
                             LocalDate checkInsUntil) {
    public LearnerHistory {
        checkIns = checkIns.stream().sorted(Comparator.comparing(CheckIn::week)).toList();
    }

    public LearnerHistory(LocalDate start, List<CheckIn> checkIns, LocalDate lastContactOn, Plan personalPlan) {
        this(start, checkIns, lastContactOn, personalPlan, null);
    }

    public LearnerHistory(LocalDate start, List<CheckIn> checkIns, LocalDate lastContactOn) {
        this(start, checkIns, lastContactOn, null);
    }
}
