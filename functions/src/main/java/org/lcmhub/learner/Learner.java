package org.lcmhub.learner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.lcmhub.domain.Language;

/**
 * A learner signed up to one cohort. {@code waitTicket} orders the waitlist (null once enrolled);
 * {@code goals} and {@code hoursPerWeek} are optional. {@code enrolledAt} is when a learner who
 * waited got their seat (a promotion or a move from a waitlist), or who left and came back to one;
 * null for one who signed up to a seat, and on items written before it was recorded.
 */
public record Learner(
        String learnerId,
        String name,
        String email,
        String pathId,
        String cohortId,
        Language language,
        String timezone,
        String goals,
        Integer hoursPerWeek,
        LearnerStatus status,
        Long waitTicket,
        Instant createdAt,
        Instant enrolledAt) {
    /** The longest goals a learner may write, and the most hours a week they may plan. */
    public static final int GOALS_MAX = 1000;
    public static final int HOURS_MAX = 80;

    public Learner(String learnerId, String name, String email, String pathId, String cohortId, Language language,
                   String timezone, String goals, Integer hoursPerWeek, LearnerStatus status, Long waitTicket,
                   Instant createdAt) {
        this(learnerId, name, email, pathId, cohortId, language, timezone, goals, hoursPerWeek, status, waitTicket,
                createdAt, null);
    }

    /**
     * When the learner got their seat: the day their own weeks can begin (a learner who waited has
     * missed nothing while on the waitlist). Their sign-up when they got it then, or when it was not
     * recorded.
     */
    public Instant seatSince() {
        return enrolledAt != null ? enrolledAt : createdAt;
    }

    /** The same learner, given their seat at {@code at}. */
    public Learner enrolledAt(Instant at) {
        return new Learner(learnerId, name, email, pathId, cohortId, language, timezone, goals, hoursPerWeek,
                LearnerStatus.ENROLLED, null, createdAt, at);
    }

    /**
     * The learner's own date at {@code now}, in their zone: the calendar their weeks are counted in
     * (their own start, their check-ins), so what a mail tells them about the cohort's start (it
     * starts, or it has started and they can join in) is true on the day they read it.
     */
    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneId.of(timezone));
    }

    /** The same learner in another cohort of their path (a waitlisted learner taking a seat elsewhere). */
    public Learner withCohort(String otherCohortId) {
        return new Learner(learnerId, name, email, pathId, otherCohortId, language, timezone, goals, hoursPerWeek,
                status, waitTicket, createdAt, enrolledAt);
    }

    public Learner withStatus(LearnerStatus newStatus, Long ticket) {
        return new Learner(learnerId, name, email, pathId, cohortId, language, timezone, goals, hoursPerWeek,
                newStatus, ticket, createdAt, enrolledAt);
    }
}
