package org.lcmhub.testing;

import java.util.List;
import org.lcmhub.cohort.store.Seats;
import org.lcmhub.learner.Learner;

/** Seats held by the learners given, with nobody waiting to move up: whom a change of dates is mailed to. */
public final class HeldSeats implements Seats {
    private final List<Learner> holders;

    public HeldSeats(List<Learner> holders) {
        this.holders = List.copyOf(holders);
    }

    @Override
    public List<Learner> fillFreeSeats(String cohortId, java.time.Instant now) {
        return List.of();
    }

    @Override
    public List<Learner> holders(String cohortId) {
        return holders;
    }

    @Override
    public WaitPage waiting(String cohortId, Long after, int limit) {
        return new WaitPage(List.of(), null);
    }
}
