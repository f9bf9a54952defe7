package org.lcmhub.notes;

import java.time.Instant;

/**
 * What an LCM of the cohort's team recorded about a learner; shared with the whole team. A note
 * with {@code contact} records that someone of the team was in touch with the learner.
 * {@code authorEmail} is the author's sign-in address when the note was written (null on notes
 * written before it was kept), so the team reads who wrote it; {@code authorName} is the name their
 * sign-in gave then (null when it gave none, or on older notes), read before the address.
 */
public record Note(String learnerId, String cohortId, String text, boolean contact, String authorSub,
                   Instant createdAt, String authorEmail, String authorName) {

    public Note(String learnerId, String cohortId, String text, boolean contact, String authorSub, Instant createdAt) {
        this(learnerId, cohortId, text, contact, authorSub, createdAt, null, null);
    }

    public Note(String learnerId, String cohortId, String text, boolean contact, String authorSub, Instant createdAt,
                String authorEmail) {
        this(learnerId, cohortId, text, contact, authorSub, createdAt, authorEmail, null);
    }
}
