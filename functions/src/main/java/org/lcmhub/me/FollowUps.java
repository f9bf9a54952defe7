package org.lcmhub.me;

import org.lcmhub.notes.store.NoteStore;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.signup.store.SignupStore;

/**
 * What the team wrote while a learner waited follows them to the seat they moved to: each note,
 * the current plan, its reports and its run are filed under the new cohort, so its dashboard shows
 * them. Not inside the move: a learner may have any number of notes and reports, a DynamoDB
 * transaction takes at most 100 items and the move already writes 11. The move's transaction
 * writes a mark instead ({@link SignupStore.FollowUp}); the request that moved runs the follow-up
 * right after it, and should that process die or a write fail, the stream function, which the
 * table's stream hands the mark, runs it again.
 *
 * <p>Each item moves only while it still names a cohort left, so running this twice, or twice at
 * once, changes nothing twice; and once the move has committed, nothing new can be filed under a
 * cohort left for the learner (a note or an LCM's plan checks the learner's cohort in its own
 * transaction). The mark goes last, and only while it is the one read: a later move's stays.
 */
public final class FollowUps {
    private final SignupStore signups;
    private final NoteStore notes;
    private final PlanStore plans;

    /** {@code plans} may be null: no plans kept, only notes follow. */
    public FollowUps(SignupStore signups, NoteStore notes, PlanStore plans) {
        this.signups = signups;
        this.notes = notes;
        this.plans = plans;
    }

    /**
     * Runs the learner's follow-up still to do, if any.
     *
     * @return false when none was left to do
     */
    public boolean complete(String learnerId) {
        SignupStore.FollowUp pending = signups.followUp(learnerId);
        if (pending == null) {
            return false;
        }
        for (String from : pending.from()) {
            if (from.equals(pending.to())) {
                continue; // moved back to a cohort left before: what is there stays
            }
            notes.follow(learnerId, from, pending.to());
            if (plans != null) {
                plans.follow(learnerId, from, pending.to());
            }
        }
        signups.followedUp(pending);
        return true;
    }
}
