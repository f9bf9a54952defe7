package org.lcmhub.dashboard.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.learner.Learner;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.notes.Note;

/** Everything a cohort's dashboard reads about its learners, in one pass over the cohort. */
public interface CohortRecords {
    /**
     * The cohort's learners (any status), their check-ins, the notes about them (the store gives
     * none: only when each learner was last contacted), the time of each learner's last contact
     * note, the mentor (id) of each learner who has one, and the pairs a side ended (never to be
     * proposed again), and how many learners had no complete standing (signed up before
     * standings existed: read from their own partition, and not reachable through a page of
     * standings).
     */
    record Records(List<Learner> learners, List<WeeklyCheckIn> checkIns, List<Note> notes,
                   Map<String, Instant> lastContact, Map<String, String> mentorOf, Set<PairRef> neverAgain,
                   int withoutStanding) {
        public Records {
            lastContact = Map.copyOf(lastContact);
            mentorOf = Map.copyOf(mentorOf);
            neverAgain = Set.copyOf(neverAgain);
        }

        /** Every learner read has a complete standing. */
        public Records(List<Learner> learners, List<WeeklyCheckIn> checkIns, List<Note> notes,
                       Map<String, Instant> lastContact, Map<String, String> mentorOf, Set<PairRef> neverAgain) {
            this(learners, checkIns, notes, lastContact, mentorOf, neverAgain, 0);
        }

        /** The last contacts are those of {@code notes}. */
        public Records(List<Learner> learners, List<WeeklyCheckIn> checkIns, List<Note> notes,
                       Map<String, String> mentorOf, Set<PairRef> neverAgain) {
            this(learners, checkIns, notes, lastContacts(notes), mentorOf, neverAgain);
        }

        public Records(List<Learner> learners, List<WeeklyCheckIn> checkIns, List<Note> notes,
                       Map<String, String> mentorOf) {
            this(learners, checkIns, notes, mentorOf, Set.of());
        }

        /** Nobody has a mentor. */
        public Records(List<Learner> learners, List<WeeklyCheckIn> checkIns, List<Note> notes) {
            this(learners, checkIns, notes, Map.of());
        }

        /** The latest contact note of each learner. */
        public static Map<String, Instant> lastContacts(List<Note> notes) {
            Map<String, Instant> contacts = new HashMap<>();
            notes.stream().filter(Note::contact)
                    .forEach(n -> contacts.merge(n.learnerId(), n.createdAt(), (a, b) -> a.isAfter(b) ? a : b));
            return contacts;
        }
    }

    Records read(String cohortId);
}
