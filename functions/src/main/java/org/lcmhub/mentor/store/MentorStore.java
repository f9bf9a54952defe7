package org.lcmhub.mentor.store;

import java.util.List;
import org.lcmhub.mentor.model.Mentor;

/** Where mentor profiles are kept. */
public interface MentorStore {

    /** The mentor's profile, or null when they have not saved one. */
    Mentor find(String sub);

    /**
     * Writes everything the mentor controls in one conditional write: {@code assigned} is kept
     * (zero for a new profile) and capacity may not go below it.
     *
     * @return the profile as stored
     * @throws CapacityBelowAssigned when the mentor already has more mentees than the new capacity
     */
    Mentor save(Mentor profile);

    /** Every mentor profile, read page by page (for matching). */
    List<Mentor> all();

    /** Refused: {@code assigned} mentees are placed with the mentor, more than the capacity asked. */
    final class CapacityBelowAssigned extends RuntimeException {
        private final int assigned;

        public CapacityBelowAssigned(int assigned) {
            super("capacity below " + assigned + " assigned mentees");
            this.assigned = assigned;
        }

        public int assigned() {
            return assigned;
        }
    }
}
