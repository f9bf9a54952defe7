package org.lcmhub.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lcmhub.matching.model.LearnerToMatch;
import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.MentorProfile;
import org.lcmhub.matching.model.PairRef;

/**
 * A request turned into arrays and bit sets once, so that the millions of pair checks a large
 * cohort needs are a few word operations each. Learners and mentors are numbered in input order.
 */
final class Instance {
    final MatchingRequest request;
    final WeekGrid week;
    final int learnerCount;
    final int mentorCount;

    final long[][] learnerGrid;
    final long[][] mentorGrid;
    final int[] learnerOffset;
    final int[] mentorOffset;
    final int[][] learnerLanguages;
    final long[][] mentorLanguages;
    final int[] learnerPath;
    final long[][] mentorPaths;
    final int[][] learnerGoals;
    final long[][] mentorSkills;
    final List<String> skillLabels;
    /** Mentors covering each path, in input order. */
    final int[][] mentorsByPath;
    final Map<String, Integer> learnerIndex = new HashMap<>();
    final Map<String, Integer> mentorIndex = new HashMap<>();
    private final Set<Long> excluded = new HashSet<>();

    Instance(MatchingRequest request) {
        this.request = request;
        this.week = new WeekGrid(request.referenceWeek());
        List<LearnerToMatch> learners = request.learners();
        List<MentorProfile> mentors = request.mentors();
        learnerCount = learners.size();
        mentorCount = mentors.size();

        Map<String, Integer> languageIds = new HashMap<>();
        Map<String, Integer> pathIds = new HashMap<>();
        Map<String, Integer> skillIds = new LinkedHashMap<>();
        for (MentorProfile m : mentors) {
            m.languages().forEach(l -> languageIds.putIfAbsent(l, languageIds.size()));
            m.paths().forEach(p -> pathIds.putIfAbsent(p, pathIds.size()));
            m.skills().stream().map(Keywords::normalise).filter(s -> !s.isBlank())
                    .forEach(s -> skillIds.putIfAbsent(s, skillIds.size()));
        }
        skillLabels = new ArrayList<>();
        skillIds.keySet().forEach(s -> skillLabels.add(s.trim()));

        mentorGrid = new long[mentorCount][];
        mentorOffset = new int[mentorCount];
        mentorLanguages = new long[mentorCount][];
        mentorPaths = new long[mentorCount][];
        mentorSkills = new long[mentorCount][];
        List<List<Integer>> byPath = new ArrayList<>();
        pathIds.forEach((p, id) -> byPath.add(new ArrayList<>()));
        for (int m = 0; m < mentorCount; m++) {
            MentorProfile mentor = mentors.get(m);
            if (mentorIndex.put(mentor.id(), m) != null) {
                throw new IllegalArgumentException("mentor listed twice: " + mentor.id());
            }
            mentorGrid[m] = week.bits(mentor.availability(), mentor.timezone());
            mentorOffset[m] = week.offsetMinutes(mentor.timezone());
            mentorLanguages[m] = bitSet(languageIds.size(), mentor.languages().stream().map(languageIds::get).toList());
            List<Integer> paths = mentor.paths().stream().map(pathIds::get).distinct().toList();
            mentorPaths[m] = bitSet(pathIds.size(), paths);
            for (int p : paths) {
                byPath.get(p).add(m);
            }
            mentorSkills[m] = bitSet(skillIds.size(), mentor.skills().stream().map(Keywords::normalise)
                    .filter(s -> !s.isBlank()).map(skillIds::get).toList());
        }
        mentorsByPath = new int[byPath.size()][];
        for (int p = 0; p < byPath.size(); p++) {
            mentorsByPath[p] = byPath.get(p).stream().mapToInt(Integer::intValue).toArray();
        }

        learnerGrid = new long[learnerCount][];
        learnerOffset = new int[learnerCount];
        learnerLanguages = new int[learnerCount][];
        learnerPath = new int[learnerCount];
        learnerGoals = new int[learnerCount][];
        for (int l = 0; l < learnerCount; l++) {
            LearnerToMatch learner = learners.get(l);
            if (learnerIndex.put(learner.id(), l) != null) {
                throw new IllegalArgumentException("learner listed twice: " + learner.id());
            }
            learnerGrid[l] = week.bits(learner.availability().isEmpty()
                    ? WeekGrid.DEFAULT_AVAILABILITY : learner.availability(), learner.timezone());
            learnerOffset[l] = week.offsetMinutes(learner.timezone());
            // A language or path no mentor has gets no id: no mentor can match it.
            learnerLanguages[l] = learner.languages().stream().map(languageIds::get)
                    .filter(id -> id != null).mapToInt(Integer::intValue).distinct().toArray();
            learnerPath[l] = pathIds.getOrDefault(learner.pathId(), -1);
            String goals = Keywords.normalise(learner.goals());
            List<Integer> wanted = new ArrayList<>();
            skillIds.forEach((skill, id) -> {
                if (goals.contains(skill)) {
                    wanted.add(id);
                }
            });
            learnerGoals[l] = wanted.stream().mapToInt(Integer::intValue).toArray();
        }

        for (PairRef pair : request.exclusions()) {
            Integer l = learnerIndex.get(pair.learnerId());
            Integer m = mentorIndex.get(pair.mentorId());
            if (l != null && m != null) {
                excluded.add(key(l, m));
            }
        }
    }

    LearnerToMatch learner(int l) {
        return request.learners().get(l);
    }

    MentorProfile mentor(int m) {
        return request.mentors().get(m);
    }

    boolean speaksWith(int l, int m) {
        for (int language : learnerLanguages[l]) {
            if (has(mentorLanguages[m], language)) {
                return true;
            }
        }
        return false;
    }

    boolean covers(int l, int m) {
        return learnerPath[l] >= 0 && has(mentorPaths[m], learnerPath[l]);
    }

    boolean shareAnHour(int l, int m) {
        return WeekGrid.shareAnHour(learnerGrid[l], mentorGrid[m]);
    }

    boolean excluded(int l, int m) {
        return !excluded.isEmpty() && excluded.contains(key(l, m));
    }

    /** Every hard constraint but capacity, which depends on the rest of the draft. */
    boolean compatible(int l, int m) {
        return !mentor(m).paused() && covers(l, m) && speaksWith(l, m) && !excluded(l, m) && shareAnHour(l, m);
    }

    int goalsCovered(int l, int m) {
        int covered = 0;
        for (int skill : learnerGoals[l]) {
            if (has(mentorSkills[m], skill)) {
                covered++;
            }
        }
        return covered;
    }

    int sharedMinutes(int l, int m) {
        return 15 * WeekGrid.sharedQuarters(learnerGrid[l], mentorGrid[m]);
    }

    /** The fit of a pair without the load part. */
    int pairFit(int l, int m) {
        return Fit.skills(goalsCovered(l, m), learnerGoals[l].length)
                + Fit.timezone(learnerOffset[l] - mentorOffset[m])
                + Fit.hours(sharedMinutes(l, m), learner(l).hoursPerWeek());
    }

    static long key(int l, int m) {
        return (long) l << 32 | m;
    }

    private static long[] bitSet(int size, List<Integer> members) {
        long[] bits = new long[(size + 63) / 64];
        for (int i : members) {
            bits[i >>> 6] |= 1L << (i & 63);
        }
        return bits;
    }

    private static boolean has(long[] bits, int i) {
        return (bits[i >>> 6] & 1L << (i & 63)) != 0;
    }
}
