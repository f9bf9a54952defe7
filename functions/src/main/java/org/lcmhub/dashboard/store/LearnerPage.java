package org.lcmhub.dashboard.store;

/**
 * A page of a cohort's learners with what their standing needs, read in proportion to the page,
 * never to the cohort: the learners (any status: the caller keeps the enrolled ones) in sign-up
 * order, as the whole dashboard lists them, their check-ins, last contacts and mentors.
 */
public interface LearnerPage {
    /** The page's records; {@code next} continues after it (null: it was the last). */
    record Page(CohortRecords.Records records, String next) {
    }

    /**
     * Up to {@code limit} standings after {@code cursor} (null: from the first).
     *
     * @throws IllegalArgumentException for a cursor this store did not give
     */
    Page page(String cohortId, String cursor, int limit);

    /** One learner of the cohort (none when not in it); {@code next} is null. */
    Page one(String cohortId, String learnerId);

    /**
     * These learners of the cohort as they are now (strongly consistent reads of their profile,
     * standing and match; a learner found in another cohort, or not at all, is left out).
     */
    CohortRecords.Records current(String cohortId, java.util.Collection<String> learnerIds);

    /** The pairs of this learner that a side ended (never to be proposed again). */
    java.util.Set<org.lcmhub.matching.model.PairRef> neverAgain(String learnerId);
}
