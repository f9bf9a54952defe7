package org.lcmhub.cohort.store;

import java.time.Instant;
import java.util.List;
import org.lcmhub.learner.Learner;

/** The cohort grows, and the waitlist moves up. (A learner leaving is {@code pairing}'s Departures.) */
public interface Seats {
    /**
     * Enrols waitlisted learners, first come first served, while the cohort has free seats; each
     * one's seat, and so their own weeks, dates from {@code now} (the service's clock). None once
     * the cohort is past its half on {@code now} ({@code Offers.givesSeats}): the seats stay free.
     */
    List<Learner> fillFreeSeats(String cohortId, Instant now);

    /**
     * The learners holding a seat in the cohort or waiting for one (not those who left): whom a
     * change of its dates concerns.
     */
    List<Learner> holders(String cohortId);

    /**
     * One page of the cohort's waitlist in its order, read consistently: at most {@code limit}
     * learners after the ticket {@code after} (null: from the head).
     */
    WaitPage waiting(String cohortId, Long after, int limit);

    /** A learner waiting: {@code position} 1 at the head (the next seat is theirs), and since when. */
    record Waiting(int position, long ticket, Learner learner, Instant since) {
    }

    /** {@code next}: the last ticket of this page when more follow, else null. */
    record WaitPage(List<Waiting> waiting, Long next) {
    }
}
