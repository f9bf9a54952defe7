package org.lcmhub.signup.store;

import java.util.List;
import org.lcmhub.signup.model.Learner;

/** Seats changing hands: a learner leaves, or the cohort grows, and the waitlist moves up. */
public interface Seats {
    /** What a withdrawal did: the learner as withdrawn, and who took the freed seat (or null). */
    record Withdrawal(Learner withdrawn, Learner promoted) {
    }

    /**
     * Withdraws the learner. An enrolled learner's seat goes to the first waitlisted learner in the
     * same transaction; a waitlisted learner just leaves the line. A learner's match ends in that
     * transaction too, giving the mentor's place back. Withdrawing twice changes nothing.
     */
    Withdrawal withdraw(String learnerId);

    /** Enrols waitlisted learners, first come first served, while the cohort has free seats. */
    List<Learner> fillFreeSeats(String cohortId);
}
