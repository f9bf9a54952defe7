package org.lcmhub.hub.testing;

import org.lcmhub.cohort.model.Cohort;

/**
 * A match published through the API ({@link LocalHubTest#matchedPair}): a French cohort, its LCM,
 * a mentor in Paris ({@code mentor} is their sub) and one learner in Dakar with their personal key.
 */
public record MatchedPair(Cohort cohort, String lcm, String mentorEmail, String mentor, String learnerId,
                          String learnerEmail, String key) {

    /** The mentor's routes about this mentee. */
    public String mentee() {
        return "/api/mentors/me/mentees/" + learnerId;
    }

    /** The LCM team's routes about this learner. */
    public String team() {
        return "/api/cohorts/" + cohort.cohortId() + "/learners/" + learnerId;
    }
}
