package org.lcmhub.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lcmhub.matching.model.LearnerToMatch;
import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.MentorProfile;
import org.lcmhub.matching.model.PairRef;

/**
 * The reference the matcher is checked against: its own reading of the rules, and every possible
 * draft enumerated. Shares only {@link Fit}'s point formulas and {@link WeekGrid}'s tested clock.
 */
final class BruteForce {
    final MatchingRequest request;
    final List<LearnerToMatch> learners;
    final List<MentorProfile> mentors;
    final int[] pinnedTo;
    final int[] room;
    private final long[][] learnerGrid;
    private final long[][] mentorGrid;
    private final WeekGrid week;
    private final Set<String> vocabulary = new HashSet<>();
    private final int[] count;
    private final int[] choice;
    int bestMatched = -1;
    long bestTotal = -1;

    BruteForce(MatchingRequest request) {
        this.request = request;
        learners = request.learners();
        mentors = request.mentors();
        week = new WeekGrid(request.referenceWeek());
        learnerGrid = new long[learners.size()][];
        mentorGrid = new long[mentors.size()][];
        for (int l = 0; l < learners.size(); l++) {
            LearnerToMatch learner = learners.get(l);
            learnerGrid[l] = week.bits(learner.availability().isEmpty() ? WeekGrid.DEFAULT_AVAILABILITY
                    : learner.availability(), learner.timezone());
        }
        room = new int[mentors.size()];
        for (int m = 0; m < mentors.size(); m++) {
            MentorProfile mentor = mentors.get(m);
            mentorGrid[m] = week.bits(mentor.availability(), mentor.timezone());
            room[m] = mentor.paused() ? 0 : Math.max(0, mentor.capacity() - mentor.used());
            vocabulary.addAll(mentor.skills());
        }
        pinnedTo = new int[learners.size()];
        Arrays.fill(pinnedTo, -1);
        count = new int[mentors.size()];
        for (PairRef pin : request.pins()) {
            int l = indexOf(learners.stream().map(LearnerToMatch::id).toList(), pin.learnerId());
            int m = indexOf(mentors.stream().map(MentorProfile::id).toList(), pin.mentorId());
            if (l >= 0 && m >= 0 && pinnedTo[l] < 0 && allowed(l, m) && room[m] > 0) {
                pinnedTo[l] = m;
                room[m]--;
                count[m]++;
            }
        }
        choice = pinnedTo.clone();
    }

    BruteForce solve() {
        enumerate(0);
        return this;
    }

    /** Every hard constraint but capacity. */
    boolean allowed(int l, int m) {
        LearnerToMatch learner = learners.get(l);
        MentorProfile mentor = mentors.get(m);
        return !mentor.paused()
                && mentor.paths().contains(learner.pathId())
                && learner.languages().stream().anyMatch(mentor.languages()::contains)
                && !request.exclusions().contains(new PairRef(learner.id(), mentor.id()))
                && WeekGrid.shareAnHour(learnerGrid[l], mentorGrid[m]);
    }

    int pairFit(int l, int m) {
        LearnerToMatch learner = learners.get(l);
        MentorProfile mentor = mentors.get(m);
        List<String> goals = new ArrayList<>(new HashSet<>(Arrays.asList(learner.goals().split(" "))));
        goals.retainAll(vocabulary);
        int covered = (int) goals.stream().filter(mentor.skills()::contains).count();
        return Fit.skills(covered, goals.size())
                + Fit.timezone(week.offsetMinutes(learner.timezone()) - week.offsetMinutes(mentor.timezone()))
                + Fit.hours(15 * WeekGrid.sharedQuarters(learnerGrid[l], mentorGrid[m]), learner.hoursPerWeek());
    }

    private void enumerate(int l) {
        if (l == learners.size()) {
            score();
            return;
        }
        if (pinnedTo[l] >= 0) {
            enumerate(l + 1);
            return;
        }
        choice[l] = -1;
        enumerate(l + 1);
        for (int m = 0; m < mentors.size(); m++) {
            if (room[m] > 0 && allowed(l, m)) {
                room[m]--;
                count[m]++;
                choice[l] = m;
                enumerate(l + 1);
                choice[l] = -1;
                count[m]--;
                room[m]++;
            }
        }
    }

    private void score() {
        int matched = 0;
        long total = 0;
        for (int l = 0; l < learners.size(); l++) {
            if (choice[l] >= 0) {
                matched++;
                total += pairFit(l, choice[l]);
            }
        }
        for (int m = 0; m < mentors.size(); m++) {
            int capacity = mentors.get(m).capacity();
            for (int k = 0; k < count[m]; k++) {
                total += Fit.load(capacity, Math.min(capacity, mentors.get(m).used()) + k);
            }
        }
        if (matched > bestMatched || matched == bestMatched && total > bestTotal) {
            bestMatched = matched;
            bestTotal = total;
        }
    }

    private static int indexOf(List<String> ids, String id) {
        return ids.indexOf(id);
    }
}
