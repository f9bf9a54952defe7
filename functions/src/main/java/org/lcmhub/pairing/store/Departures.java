package org.lcmhub.pairing.store;

import java.time.Instant;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.pairing.Appointment;

/**
 * A learner leaves: in one transaction their seat (or waitlist place) is released and their
 * match ends, with the mentor's place and the learner's 1:1 series.
 */
public interface Departures {
    /**
     * What a withdrawal did: the learner as withdrawn, who took the freed seat (or null), the
     * mentor whose match it ended (or null), the 1:1 series it deleted with that match (or null),
     * and what the learner left, as the transaction found it: a waitlist place ({@code WAITLISTED}),
     * a seat ({@code ENROLLED}), or nothing, having left before ({@code WITHDRAWN}).
     */
    record Withdrawal(Learner withdrawn, Learner promoted, String endedMentorId, Appointment endedSeries,
                      LearnerStatus left) {
    }

    /**
     * Withdraws the learner. An enrolled learner's seat goes to the first waitlisted learner in the
     * same transaction, unless the cohort is past its half on {@code now} (it then stays free); a
     * waitlisted learner just leaves the line. A learner's match ends in that
     * transaction too, giving the mentor's place back and deleting the learner's 1:1 series.
     * Withdrawing twice changes nothing. {@code now}, the service's clock: when a promoted learner's
     * seat, and so their own weeks, begins.
     */
    default Withdrawal withdraw(String learnerId, Instant now) {
        return withdraw(learnerId, now, null);
    }

    /**
     * The same, and queues the learner's confirmation ({@code notice}'s mail; null: none) in the
     * withdrawal's own transaction, so a leave is never without its mail nor a mail without its
     * leave. A learner who had left already gets none: a leave repeated sends nothing twice.
     */
    Withdrawal withdraw(String learnerId, Instant now, Notice notice);

    /** The mail that confirms a leave, from what the transaction found. */
    @FunctionalInterface
    interface Notice {
        /**
         * @param learner the learner as they were before leaving
         * @param passedOn whether their seat went to the next person on the waitlist
         */
        org.lcmhub.mail.Mail mail(Learner learner, boolean passedOn);
    }
}
