package org.lcmhub.learner.store;

import java.util.List;
import java.util.Map;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;

/** A learner's own records, as self-service reads, changes, exports and erases them. */
public interface LearnerStore {
    /**
     * A learner and the hash of their key; {@code followUpMove}: the move whose follow-up is still to
     * do, set in that move's own write, or null (none, or a mark written before moves set it).
     */
    record Stored(Learner learner, String keyHash, String followUpMove) {
        public Stored(Learner learner, String keyHash) {
            this(learner, keyHash, null);
        }
    }

    /** What a learner may change; null leaves a field as it is, an empty goals text clears it. */
    record ProfileChanges(Language language, String timezone, Integer hoursPerWeek, String goals) {
    }

    Stored find(String learnerId);

    /**
     * Applies the changes if the key is still the learner's; false otherwise (erased or re-keyed).
     * {@code cohortId}: the learner's cohort (null: none), whose dashboard figures show the profile.
     */
    boolean update(String learnerId, String cohortId, String keyHash, ProfileChanges changes);

    /** Every record kept about the learner, as plain values, secrets left out. */
    List<Map<String, Object>> export(Learner learner);

    /**
     * Deletes the learner's personal data everywhere: their partition, the email claim, the
     * cool-down. The cohort keeps only an anonymous count of erasures.
     */
    void erase(Learner learner);
}
