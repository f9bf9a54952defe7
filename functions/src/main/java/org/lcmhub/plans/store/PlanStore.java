package org.lcmhub.plans.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lcmhub.plans.PersonalPlan;
import org.lcmhub.plans.SessionReport;

/**
 * Personal plans (the current one and every version) and session reports, in the learner's
 * partition. Every write checks in the same transaction that its author may write it: the
 * learner's current mentor, or a member of the LCM team of the learner's cohort.
 */
public interface PlanStore {
    /**
     * Who writes: "mentor" (checked against the learner's match) or "lcm" (against the cohort's team);
     * {@code email}, their sign-in address (null when unknown), and {@code name}, the name their
     * sign-in gave (null when none), name them when no mentor profile does.
     */
    record Author(String role, String sub, String cohortId, String email, String name) {
        public static final String MENTOR = "mentor";
        public static final String LCM = "lcm";

        public Author(String role, String sub, String cohortId) {
            this(role, sub, cohortId, null, null);
        }

        public Author(String role, String sub, String cohortId, String email) {
            this(role, sub, cohortId, email, null);
        }
    }

    /** The learner's current mentor (id), or null. */
    String mentorOf(String learnerId);

    /** The current plan, or null when none was ever saved (the sign-up's applies). */
    PersonalPlan current(String learnerId);

    /** Every saved version, newest first. */
    List<PersonalPlan> versions(String learnerId);

    /** Saves {@code plan} as the next version: refused ({@link Changed}) when another version came first. */
    void savePlan(Author author, PersonalPlan plan);

    /**
     * Saves the report, and with it {@code plan} (null: no change) as the next version, in one
     * transaction. When the learner confirmed a report on the same 1:1 (date), the save is refused
     * ({@link Confirmed}) by a condition of that transaction, unless {@code replaceConfirmed}: the
     * author was told and replaces it, and the learner is asked to confirm the new one.
     */
    default void saveReport(Author author, SessionReport report, PersonalPlan plan, boolean replaceConfirmed) {
        saveReport(author, report, plan, replaceConfirmed, null);
    }

    /**
     * As above, {@code replaces} naming the report on the same 1:1 this one replaces (null: none). A
     * report on a 1:1 that has one is refused ({@link Exists}) by a condition of the transaction
     * unless it names that one: the author saw it and corrects it, never overwrites it unawares.
     */
    void saveReport(Author author, SessionReport report, PersonalPlan plan, boolean replaceConfirmed, String replaces);

    /** A report that replaces no confirmed one. */
    default void saveReport(Author author, SessionReport report, PersonalPlan plan) {
        saveReport(author, report, plan, false);
    }

    /** The learner's reports, newest first. */
    List<SessionReport> reports(String learnerId);

    /** Records the learner's answer to one report, once ({@link AlreadyAnswered} the second time). */
    SessionReport answer(String learnerId, String reportId, SessionReport.Answer answer, Instant at);

    /** The current plans of a cohort's learners and their reports, by learner id. */
    record CohortPlans(Map<String, PersonalPlan> plans, Map<String, List<SessionReport>> reports) {
    }

    CohortPlans forCohort(String cohortId);

    /**
     * Files the learner's current plan, its entry among the running cohorts and their reports,
     * written under cohort {@code from}, under {@code to}, where they now have their seat; what
     * is already under another cohort stays as it is (so running it again changes nothing).
     */
    void follow(String learnerId, String from, String to);

    /** The author may not write about this learner (not their mentor, not on the cohort's team, or the learner is gone). */
    final class NotAllowed extends RuntimeException {
        public NotAllowed() {
            super("Not the learner's mentor or LCM team", null, false, false);
        }
    }

    /** Another version of the plan was saved meanwhile. */
    final class Changed extends RuntimeException {
        public Changed() {
            super("The plan changed meanwhile", null, false, false);
        }
    }

    /** The learner confirmed a report on the same 1:1, and the author did not say they replace it. */
    final class Confirmed extends RuntimeException {
        public Confirmed() {
            super("The learner confirmed a report on this 1:1", null, false, false);
        }
    }

    /** The 1:1 has another report than the one the new report says it replaces (or it says none). */
    final class Exists extends RuntimeException {
        public Exists() {
            super("The 1:1 has another report", null, false, false);
        }
    }

    final class NoSuchReport extends RuntimeException {
        public NoSuchReport() {
            super("No such report", null, false, false);
        }
    }

    final class AlreadyAnswered extends RuntimeException {
        public AlreadyAnswered() {
            super("The report was answered already", null, false, false);
        }
    }
}
