package org.lcmhub.cohort.store;

import java.time.LocalDate;
import java.util.List;
import org.lcmhub.cohort.Offers;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.model.CohortChanges;
import org.lcmhub.domain.Language;
import org.lcmhub.risk.RiskPolicy;

/** Where cohorts and their LCM teams are kept. */
public interface CohortStore {
    /**
     * Saves a new cohort with its creator as the first member of its LCM team, the creator's
     * address (may be null) on their team item, and the cohort in the index of running cohorts.
     */
    void create(Cohort cohort, String creatorEmail);

    default void create(Cohort cohort) {
        create(cohort, null);
    }

    /**
     * Records the address a team member signed in with on their team item, if they are on the team
     * and it is new or changed (the daily digest mails it); nothing otherwise. {@code name}, the name
     * their sign-in gave, is recorded beside it the same way (null: the one recorded stays).
     */
    void recordEmail(String cohortId, String sub, String email, String name);

    default void recordEmail(String cohortId, String sub, String email) {
        recordEmail(cohortId, sub, email, null);
    }

    /**
     * Records the language {@code sub} reads the staff pages in on their team item, if they are on
     * the team and it is new or changed (their team mails go out in it); nothing otherwise.
     */
    void recordLanguage(String cohortId, String sub, Language language);

    /** The same, only where their item has no language yet: a newcomer's first, from the page that added them. */
    void recordFirstLanguage(String cohortId, String sub, Language language);

    /** The cohort, read consistently; null when absent. */
    Cohort find(String cohortId);

    /** Every cohort of a course path, earliest start first. */
    List<Cohort> byPath(String pathId);

    /** The cohort, for a member of its LCM team: unknown → {@link NotFound}, not on the team → {@link NotOnTeam}. */
    default Cohort teamCohort(String cohortId, String sub) {
        Cohort cohort = find(cohortId);
        if (cohort == null) {
            throw new NotFound(cohortId);
        }
        if (!cohort.isRunBy(sub)) {
            throw new NotOnTeam();
        }
        return cohort;
    }

    /** {@code sub}'s places on LCM teams, each with the address, name and language recorded there (null if none). */
    List<TeamSeat> teamSeatsOf(String sub);

    record TeamSeat(String cohortId, String email, String name, Language language) {
        public TeamSeat(String cohortId, String email) {
            this(cohortId, email, null, null);
        }

        public TeamSeat(String cohortId, String email, String name) {
            this(cohortId, email, name, null);
        }
    }

    /** The cohort's LCM team, in {@code sub} order, each with the address on their team item (null if none). */
    List<TeamMember> team(String cohortId);

    /**
     * A member of a cohort's LCM team; {@code email} is null until they were invited by address or
     * called a cohort route, {@code name} until they called one with a sign-in that gave a name,
     * {@code language} (the staff pages' they read) until a page of theirs or the one that added them
     * said it.
     */
    record TeamMember(String sub, String email, String name, Language language) {
        public TeamMember(String sub, String email) {
            this(sub, email, null, null);
        }

        public TeamMember(String sub, String email, String name) {
            this(sub, email, name, null);
        }

        /** The language to write to them in: their own, the cohort's while theirs is unknown. */
        public Language mailLanguage(Cohort cohort) {
            return language != null ? language : cohort.language();
        }
    }

    /**
     * Applies the changes if {@code sub} is on the cohort's team, the seats stay at or above the
     * number enrolled, and sign-ups reopened on {@code today} (UTC) would offer the cohort to
     * learners ({@link NotOffered} otherwise), atomically; returns the cohort as changed. Once the
     * cohort has begun by {@code dayAnywhere} ({@link org.lcmhub.cohort.model.Begun}), its start stays
     * ({@link StartPassed}) and its length keeps the weeks begun ({@link WeeksBegun}): both by the
     * write's condition on the start it holds.
     */
    Cohort update(String cohortId, String sub, CohortChanges changes, LocalDate today, LocalDate dayAnywhere);

    /** {@link #update} with the cohort's beginning judged on {@code today} too. */
    default Cohort update(String cohortId, String sub, CohortChanges changes, LocalDate today) {
        return update(cohortId, sub, changes, today, today);
    }

    /** Sets the cohort's early-warning thresholds, if {@code sub} is on its team; returns the cohort as changed. */
    Cohort setRiskPolicy(String cohortId, String sub, RiskPolicy policy);

    /** Adds a fellow LCM to the team, if {@code sub} is on it. */
    Cohort addToTeam(String cohortId, String sub, String fellowSub);

    /**
     * Takes {@code memberSub} off the team, if {@code sub} is on it, the member is, and one LCM at
     * least stays: {@link NotAMember}, {@link LastLcm} otherwise. Returns the cohort as changed.
     */
    Cohort removeFromTeam(String cohortId, String sub, String memberSub);

    /** The member to remove is not on the team. */
    final class NotAMember extends RuntimeException {
        public NotAMember() {
            super("Not a member of the cohort's LCM team");
        }
    }

    /** A cohort always keeps one LCM at least. */
    final class LastLcm extends RuntimeException {
        public LastLcm() {
            super("The last LCM of a cohort cannot leave its team");
        }
    }

    /** No such cohort. */
    final class NotFound extends RuntimeException {
        public NotFound(String cohortId) {
            super("No cohort " + cohortId);
        }
    }

    /** The caller is not on the cohort's LCM team. */
    final class NotOnTeam extends RuntimeException {
        public NotOnTeam() {
            super("Not on the cohort's LCM team");
        }
    }

    /** The change would leave fewer seats than learners enrolled. */
    final class SeatsBelowEnrolled extends RuntimeException {
        private final int enrolled;

        public SeatsBelowEnrolled(int enrolled) {
            super(enrolled + " learners are enrolled");
            this.enrolled = enrolled;
        }

        public int enrolled() {
            return enrolled;
        }
    }

    /**
     * Sign-ups closed by the team cannot be opened again: the cohort would be offered to no one,
     * being more than half over or ended ({@code why}, {@link Offers#stateIfOpen}).
     */
    final class NotOffered extends RuntimeException {
        private final Offers.State why;

        public NotOffered(Offers.State why) {
            super("Reopened sign-ups would not be offered: " + why.wire());
            this.why = why;
        }

        public Offers.State why() {
            return why;
        }
    }

    /** The cohort has begun ({@link org.lcmhub.cohort.model.Begun}): its first day, {@code start}, stays. */
    final class StartPassed extends RuntimeException {
        private final LocalDate start;

        public StartPassed(LocalDate start) {
            super("The cohort began on " + start);
            this.start = start;
        }

        public LocalDate start() {
            return start;
        }
    }

    /** The change would leave the cohort fewer weeks than the {@code weeksBegun} that have begun. */
    final class WeeksBegun extends RuntimeException {
        private final int weeksBegun;

        public WeeksBegun(int weeksBegun) {
            super(weeksBegun + " weeks have begun");
            this.weeksBegun = weeksBegun;
        }

        public int weeksBegun() {
            return weeksBegun;
        }
    }

    /** A cohort with that id exists already. */
    final class AlreadyExists extends RuntimeException {
        public AlreadyExists(String cohortId) {
            super("Cohort " + cohortId + " exists");
        }
    }
}
