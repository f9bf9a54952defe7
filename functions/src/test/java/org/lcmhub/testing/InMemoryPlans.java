package org.lcmhub.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.plans.PersonalPlan;
import org.lcmhub.plans.SessionReport;
import org.lcmhub.plans.store.PlanStore;

/** Plans and reports in maps, with the Dynamo store's rules: the author's right, one version after another, one answer. */
public final class InMemoryPlans implements PlanStore {
    private final Map<String, String> mentorOf = new HashMap<>();
    private final Map<String, String> cohortOf = new HashMap<>();
    private final Map<String, String> teamOf = new HashMap<>();
    private final Map<String, List<PersonalPlan>> versions = new HashMap<>();
    private final Map<String, List<SessionReport>> reports = new HashMap<>();
    /** learner/date of the 1:1s with a confirmed report, as the Dynamo store's marks. */
    private final java.util.Set<String> confirmed = new java.util.HashSet<>();
    /** learner/date to the current report's id, as the Dynamo store's marks. */
    private final Map<String, String> reported = new HashMap<>();

    public InMemoryPlans learner(String learnerId, String cohortId, String mentorSub) {
        cohortOf.put(learnerId, cohortId);
        if (mentorSub != null) {
            mentorOf.put(learnerId, mentorSub);
        }
        return this;
    }

    public InMemoryPlans team(String cohortId, String sub) {
        teamOf.put(cohortId + "#" + sub, sub);
        return this;
    }

    @Override
    public String mentorOf(String learnerId) {
        return mentorOf.get(learnerId);
    }

    @Override
    public synchronized PersonalPlan current(String learnerId) {
        List<PersonalPlan> list = versions.getOrDefault(learnerId, List.of());
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }

    @Override
    public synchronized List<PersonalPlan> versions(String learnerId) {
        List<PersonalPlan> list = new ArrayList<>(versions.getOrDefault(learnerId, List.of()));
        list.sort(Comparator.comparingInt(PersonalPlan::version).reversed());
        return list;
    }

    @Override
    public synchronized void savePlan(Author author, PersonalPlan plan) {
        check(author, plan.learnerId());
        put(plan);
    }

    @Override
    public synchronized void saveReport(Author author, SessionReport report, PersonalPlan plan, boolean replaceConfirmed,
                                        String replaces) {
        check(author, report.learnerId());
        String mark = report.learnerId() + "/" + report.date();
        if (confirmed.contains(mark) && !replaceConfirmed) {
            throw new Confirmed();
        }
        String current = reported.get(mark);
        if (current != null && !current.equals(replaces)) {
            throw new Exists();
        }
        confirmed.remove(mark);
        reported.put(mark, report.reportId());
        if (plan != null) {
            put(plan);
        }
        reports.computeIfAbsent(report.learnerId(), k -> new ArrayList<>()).add(0, report);
    }

    private void check(Author author, String learnerId) {
        boolean allowed = Author.MENTOR.equals(author.role()) ? author.sub().equals(mentorOf.get(learnerId))
                : teamOf.containsKey(author.cohortId() + "#" + author.sub())
                        && author.cohortId().equals(cohortOf.get(learnerId));
        if (!allowed) {
            throw new NotAllowed();
        }
    }

    private void put(PersonalPlan plan) {
        PersonalPlan now = current(plan.learnerId());
        if ((now == null ? 0 : now.version()) != plan.version() - 1) {
            throw new Changed();
        }
        versions.computeIfAbsent(plan.learnerId(), k -> new ArrayList<>()).add(plan);
    }

    @Override
    public synchronized List<SessionReport> reports(String learnerId) {
        return List.copyOf(reports.getOrDefault(learnerId, List.of()));
    }

    @Override
    public synchronized SessionReport answer(String learnerId, String reportId, SessionReport.Answer answer, Instant at) {
        List<SessionReport> list = reports.getOrDefault(learnerId, new ArrayList<>());
        for (int i = 0; i < list.size(); i++) {
            SessionReport r = list.get(i);
            if (r.reportId().equals(reportId)) {
                if (r.answer() != null) {
                    throw new AlreadyAnswered();
                }
                SessionReport answered = r.answered(answer, at);
                list.set(i, answered);
                if (answer == SessionReport.Answer.CONFIRMED) {
                    confirmed.add(learnerId + "/" + r.date());
                }
                return answered;
            }
        }
        throw new NoSuchReport();
    }

    @Override
    public synchronized void follow(String learnerId, String from, String to) {
        cohortOf.replace(learnerId, from, to);
    }

    @Override
    public synchronized CohortPlans forCohort(String cohortId) {
        Map<String, PersonalPlan> plans = new HashMap<>();
        Map<String, List<SessionReport>> byLearner = new HashMap<>();
        cohortOf.forEach((learner, cohort) -> {
            if (cohort.equals(cohortId)) {
                PersonalPlan p = current(learner);
                if (p != null) {
                    plans.put(learner, p);
                }
                byLearner.put(learner, reports(learner));
            }
        });
        return new CohortPlans(plans, byLearner);
    }
}
