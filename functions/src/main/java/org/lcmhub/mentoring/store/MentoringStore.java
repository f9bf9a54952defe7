package org.lcmhub.mentoring.store;

import java.time.Instant;
import java.util.List;

/** Published matches as their two sides see them, and how a match ends. */
public interface MentoringStore {

    /** A learner's current mentor. */
    record Match(String learnerId, String mentorId, String cohortId, Instant matchedAt) {
    }

    /** One page of a mentor's mentees; {@code lastLearnerId} is null when there is no further page. */
    record MenteePage(List<Match> matches, String lastLearnerId) {
        public MenteePage {
            matches = List.copyOf(matches);
        }
    }

    /** Why a pair ended and who ended it ({@code learner} or {@code mentor}); never proposed again. */
    record Ending(String by, String reason, Instant at) {
    }

    /** The mentor's mentees in learner id order, after {@code afterLearnerId} (null: from the start). */
    MenteePage mentees(String mentorSub, String afterLearnerId, int limit);

    /** The learner's match, or null. */
    Match matchOf(String learnerId);

    /**
     * In one transaction: deletes the match (on condition it still names {@code match.mentorId()})
     * and the mentor's copy, gives the place back, and records the pair as never to repeat.
     *
     * @return false, with nothing written, when the match is gone or names another mentor
     */
    boolean release(Match match, Ending ending);
}
