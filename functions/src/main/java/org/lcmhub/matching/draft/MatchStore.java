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

    void saveDraft(Draft draft);

    /** The draft, or null when absent. */
    Draft draft(String cohortId, String draftId);

    /**
     * Writes one pair atomically: the mentor takes one more mentee if a place is free and they are
     * not paused, the learner gets this mentor unless they have one, and only while still enrolled
     * in the cohort. Nothing is written otherwise.
     */
    Outcome publish(String cohortId, String draftId, Draft.Pair pair);

    /** Why a pair was or was not written. */
    enum Outcome { PUBLISHED, MENTOR_FULL_OR_PAUSED, ALREADY_MATCHED, NOT_ENROLLED }
}
