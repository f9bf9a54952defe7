package org.lcmhub.cohort.store;

import java.util.List;
import org.lcmhub.learner.Learner;

/** The cohort grows, and the waitlist moves up. (A learner leaving is {@code pairing}'s Departures.) */
public interface Seats {
    /** Enrols waitlisted learners, first come first served, while the cohort has free seats. */
    List<Learner> fillFreeSeats(String cohortId);

    /**
     * The learners holding a seat in the cohort or waiting for one (not those who left): whom a
     * change of its dates concerns.
     */
    List<Learner> holders(String cohortId);
}
