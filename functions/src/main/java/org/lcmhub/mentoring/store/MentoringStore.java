package org.lcmhub.mentoring.store;

import java.time.Instant;
import java.util.List;
import org.lcmhub.pairing.Appointment;

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

    /** What ending a match removed with it: the learner's 1:1 series (null when none was set). */
    record Ended(Appointment series) {
    }

    /** The mentor's mentees in learner id order, after {@code afterLearnerId} (null: from the start). */
    MenteePage mentees(String mentorSub, String afterLearnerId, int limit);

    /** The learner's match, or null. */
    Match matchOf(String learnerId);

    /**
     * In one transaction: deletes the match (on condition it still names {@code match.mentorId()})
     * and the mentor's copy, gives the place back, records the pair as never to repeat, and
     * deletes the learner's 1:1 series as read (a series changed meanwhile: read again and retry).
     *
     * @return null, with nothing written, when the match is gone or names another mentor
     */
    Ended release(Match match, Ending ending);
}
