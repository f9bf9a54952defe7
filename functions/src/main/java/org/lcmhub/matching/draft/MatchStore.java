package org.lcmhub.matching.draft;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lcmhub.matching.model.PairRef;

/** Where drafts and published matches are kept. */
public interface MatchStore {

    /** The cohort's published pairs: each learner who has a mentor, with that mentor. */
    List<PairRef> published(String cohortId);

    /** Learners of the cohort who already have a mentor. */
    default Set<String> matchedLearners(String cohortId) {
        return published(cohortId).stream().map(PairRef::learnerId).collect(Collectors.toSet());
    }

    /** Pairs of the cohort's learners that a side asked never to repeat (release or rematch). */
    Set<PairRef> neverAgain(String cohortId);

    /**
     * Stores the draft and makes it the cohort's latest one, unless a later draft is there already;
     * {@code by}: the LCM who computed it, whom a tab left on an older draft names.
     */
    void saveDraft(Draft draft, Author by);

    /** The draft, or null when absent or expired. */
    Draft draft(String cohortId, String draftId);

    /** The cohort's latest draft as last computed, or null when none is kept. */
    Latest latest(String cohortId);

    /**
     * The latest draft of a cohort: which one, until when it can be published, and whether it was;
     * when it was computed and by whom (null for a draft saved before they were kept).
     */
    record Latest(String draftId, java.time.Instant expiresAt, boolean published, java.time.Instant createdAt,
                  Author by) {
    }

    /** An LCM who computed a draft: sign-in id, and the name they signed in with (null when none). */
    record Author(String sub, String name) {
    }

    /**
     * The draft no longer opens the page, if it is still the cohort's latest one; false when a later
     * draft took its place (one condition on the latest-draft item, no read before).
     */
    boolean markPublished(String cohortId, String draftId);

    /** Keeps the LCM team's choices on the draft; false when there is no such draft or it has expired. */
    boolean saveChoices(String cohortId, String draftId, Draft.Choices choices);

    /**
     * Writes one pair atomically: the mentor takes one more mentee if a place is free and they are
     * not paused, the learner gets this mentor unless they have one, and only while still enrolled
     * in the cohort, while the draft's choices are still those it was computed with, and while it is
     * still the cohort's latest draft (a colleague may have computed a newer one). Nothing is written
     * otherwise.
     */
    Outcome publish(String cohortId, String draftId, Draft.Pair pair);

    /** Why a pair was or was not written. */
    enum Outcome { PUBLISHED, MENTOR_FULL_OR_PAUSED, ALREADY_MATCHED, NOT_ENROLLED, CHOICES_CHANGED, SUPERSEDED }
}
