package org.lcmhub.notes;

import java.time.Instant;

/**
 * What an LCM of the cohort's team recorded about a learner; shared with the whole team. A note
 * with {@code contact} records that someone of the team was in touch with the learner.
 */
public record Note(String learnerId, String cohortId, String text, boolean contact, String authorSub,
                   Instant createdAt) {
}
