package org.lcmhub.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the mentor (or an LCM of the cohort) reports after a 1:1 on {@code date}: how it went, notes,
 * the plan version it agreed ({@code planVersion}, null when the plan did not change), the guides
 * and steps recommended, and the next session. The learner answers it once: {@link Answer}.
 * {@code authorName} is how the author was named when they wrote it (their mentor profile's name,
 * else their sign-in address; null on reports filed before it was kept), so the learner and the
 * staff read who wrote it, not just in which role. {@code heldFrom} and {@code heldUntil} bound when
 * the 1:1 began: the series meeting's start for both when the date is one of its meetings, else the
 * date's day on its author's clock (their profile's zone, else the learner's; from its first instant to
 * the next day's); null on reports filed before they were kept. A mentor's day need not be the
 * learner's: whether a 1:1 came after a request for help is read on these instants
 * ({@link org.lcmhub.risk.Contacts}).
 */
public record SessionReport(String reportId, String learnerId, String cohortId, String authorRole, String authorSub,
                            String authorName, LocalDate date, Outcome outcome, String notes, Integer planVersion,
                            List<Resource> resources, LocalDate nextSession, Answer answer, Instant answeredAt,
                            Instant createdAt, Instant heldFrom, Instant heldUntil) {
    public SessionReport {
        resources = List.copyOf(resources);
    }

    /** A report whose 1:1 is known by its date alone. */
    public SessionReport(String reportId, String learnerId, String cohortId, String authorRole, String authorSub,
                         String authorName, LocalDate date, Outcome outcome, String notes, Integer planVersion,
                         List<Resource> resources, LocalDate nextSession, Answer answer, Instant answeredAt,
                         Instant createdAt) {
        this(reportId, learnerId, cohortId, authorRole, authorSub, authorName, date, outcome, notes, planVersion,
                resources, nextSession, answer, answeredAt, createdAt, null, null);
    }

    public enum Outcome {
        HELD, CANCELLED_BY_LEARNER_EARLY, CANCELLED_BY_LEARNER_LATE, NO_SHOW, CANCELLED_BY_MENTOR;

        public String wire() {
            return Wire.of(this);
        }

        public static Outcome of(String wire) {
            return Wire.parse(values(), wire);
        }
    }

    /** The learner's answer: the report and its plan change are right, or they want to talk again. */
    public enum Answer {
        CONFIRMED, TALK_AGAIN;

        public String wire() {
            return Wire.of(this);
        }

        public static Answer of(String wire) {
            return Wire.parse(values(), wire);
        }
    }

    /** A guide of the hub (by slug) or a step of the learner's path (by number), recommended. */
    public record Resource(String kind, String slug, Integer step) {
        public static final String GUIDE = "guide";
        public static final String STEP = "step";
    }

    /**
     * The reports a later one on the same learner and 1:1 date replaces, to the id of the latest:
     * a mentor who files twice for one 1:1 corrects their report. Worked out when read, never
     * written, so two reports filed at once cannot both stay current (report ids grow with time).
     */
    public static java.util.Map<String, String> replaced(List<SessionReport> reports) {
        java.util.Map<String, String> latest = new java.util.HashMap<>();
        for (SessionReport r : reports) {
            latest.merge(r.learnerId() + "/" + r.date(), r.reportId(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        java.util.Map<String, String> replaced = new java.util.HashMap<>();
        for (SessionReport r : reports) {
            String by = latest.get(r.learnerId() + "/" + r.date());
            if (!by.equals(r.reportId())) {
                replaced.put(r.reportId(), by);
            }
        }
        return replaced;
    }

    /** The reports no later one replaces, in their order. */
    public static List<SessionReport> current(List<SessionReport> reports) {
        java.util.Map<String, String> replaced = replaced(reports);
        return reports.stream().filter(r -> !replaced.containsKey(r.reportId())).toList();
    }

    public SessionReport answered(Answer a, Instant at) {
        return new SessionReport(reportId, learnerId, cohortId, authorRole, authorSub, authorName, date, outcome, notes,
                planVersion, resources, nextSession, a, at, createdAt, heldFrom, heldUntil);
    }
}
