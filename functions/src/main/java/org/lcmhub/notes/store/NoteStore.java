package org.lcmhub.notes.store;

import java.time.Instant;
import org.lcmhub.notes.Note;

/** Notes about learners, kept in each learner's own records. */
public interface NoteStore {
    /**
     * Adds the note, only if its learner exists and belongs to its cohort.
     *
     * @throws NotInCohort otherwise (no such learner, erased, or of another cohort)
     */
    void add(Note note);

    /**
     * Files the learner's notes written under cohort {@code from} under {@code to}, where they now
     * have their seat; notes already moved, or written elsewhere, stay as they are (so running it
     * again changes nothing).
     */
    void follow(String learnerId, String from, String to);

    /** When the team last recorded a contact with the learner, or null. */
    Instant lastContact(String learnerId);

    /** A page of notes, newest first, and the cursor of the next page (null at the end). */
    record Page(java.util.List<Note> notes, String next) {
    }

    /**
     * The notes about a learner of the cohort, newest first, at most {@code limit}, after the
     * page {@code cursor} ended (null: from the newest).
     *
     * @throws NotInCohort when the learner is not (or no longer) one of the cohort's
     * @throws IllegalArgumentException when the cursor is not one this store handed out
     */
    Page list(String cohortId, String learnerId, String cursor, int limit);

    /** The learner is not (or no longer) one of the cohort's. */
    final class NotInCohort extends RuntimeException {
        public NotInCohort(String learnerId) {
            super("Learner " + learnerId + " is not in this cohort");
        }
    }
}
