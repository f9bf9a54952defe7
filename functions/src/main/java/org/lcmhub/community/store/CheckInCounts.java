package org.lcmhub.community.store;

/** How many of a cohort's learners checked in during an ISO week (for the group kudos). */
public interface CheckInCounts {
    /** {@code isoWeek} as the check-ins carry it, e.g. {@code 2027-W03}. */
    int of(String cohortId, String isoWeek);
}
