package org.lcmhub.community.store;

/** What the channels are told of a cohort's check-ins: how many a week, and who asked for help. */
public interface CheckInCounts {
    /** {@code isoWeek} as the check-ins carry it, e.g. {@code 2027-W03}. */
    int of(String cohortId, String isoWeek);

    /**
     * A learner who asked for help in a week's check-in, by first name (for the team's channel), with
     * the end of their personal plan ({@code ownEnd}, null without one): their last day may be after the cohort's;
     * when the request was first asked, their team's last contact note (null without one), and the
     * zone of their clock (the day a request and its answer fall on is theirs, as on the dashboard).
     */
    record Help(String learnerId, String firstName, java.time.LocalDate ownEnd, java.time.Instant askedAt,
                java.time.Instant lastContact, java.time.ZoneId zone) {
    }

    java.util.List<Help> askingForHelp(String cohortId, String isoWeek);
}
