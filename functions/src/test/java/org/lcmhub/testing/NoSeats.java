package org.lcmhub.testing;

import java.util.List;
import org.lcmhub.cohort.store.Seats;
import org.lcmhub.learner.Learner;

/** Seats of cohorts nobody waits for and nobody holds: for tests of what does not move the waitlist. */
public final class NoSeats implements Seats {
    @Override
    public List<Learner> fillFreeSeats(String cohortId, java.time.Instant now) {
        return List.of();
    }

    @Override
    public List<Learner> holders(String cohortId) {
        return List.of();
    }

    @Override
    public WaitPage waiting(String cohortId, Long after, int limit) {
        return new WaitPage(List.of(), null);
    }
}
