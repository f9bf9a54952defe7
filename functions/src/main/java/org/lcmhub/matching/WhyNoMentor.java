package org.lcmhub.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lcmhub.matching.model.LearnerToMatch;
import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.matching.model.Reason;
import org.lcmhub.matching.model.UnmatchedLearner;

/**
 * Why learners who have no mentor yet have none, against the mentors as they are now: the checks
 * of a draft's unmatched learners ({@link Explainer}), without solving a draft. Pins are ignored.
 *
 * <p>The reasons depend only on a learner's languages, path, time zone, availability and excluded
 * mentors, which most learners of a cohort share: each distinct combination is checked once.
 */
public final class WhyNoMentor {
    private WhyNoMentor() {
    }

    /** One entry per learner of the request, in its order. */
    public static List<UnmatchedLearner> explain(MatchingRequest request) {
        Map<String, Set<String>> excludedMentors = new HashMap<>();
        request.exclusions().forEach(p -> excludedMentors.computeIfAbsent(p.learnerId(), k -> new TreeSet<>())
                .add(p.mentorId()));
        Map<List<Object>, LearnerToMatch> representatives = new LinkedHashMap<>();
        List<List<Object>> keys = new ArrayList<>();
        for (LearnerToMatch l : request.learners()) {
            List<Object> key = List.of(l.languages(), l.pathId(), l.timezone(), l.availability(),
                    excludedMentors.getOrDefault(l.id(), Set.of()));
            representatives.putIfAbsent(key, l);
            keys.add(key);
        }
        List<LearnerToMatch> distinct = new ArrayList<>(representatives.values());
        Set<String> kept = new java.util.HashSet<>();
        distinct.forEach(l -> kept.add(l.id()));
        List<PairRef> exclusions = request.exclusions().stream().filter(p -> kept.contains(p.learnerId())).toList();
        Instance in = new Instance(new MatchingRequest(distinct, request.mentors(), Set.copyOf(exclusions), List.of(),
                request.referenceWeek()));
        Explainer explain = new Explainer(in);
        int[] room = new int[in.mentorCount];
        for (int m = 0; m < in.mentorCount; m++) {
            room[m] = in.mentor(m).paused() ? 0 : in.mentor(m).remaining();
        }
        Map<List<Object>, List<Reason>> why = new HashMap<>();
        int l = 0;
        for (List<Object> key : representatives.keySet()) {
            why.put(key, explain.forWaiting(l++, room));
        }
        fewerPlacesThanWaiting(new ArrayList<>(representatives.keySet()), keys, why, explain, room);
        List<UnmatchedLearner> waiting = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            waiting.add(new UnmatchedLearner(request.learners().get(i).id(), why.get(keys.get(i))));
        }
        return waiting;
    }

    /**
     * "A suitable mentor has room" is true of each learner waiting for a draft alone, not of all of
     * them at once: when the places of the mentors who suit them cannot take every one (five
     * learners, four places), each of them reads how many places there are for how many learners
     * ({@code room-for-some}), the same figures for all, so the page says it once for the cohort.
     */
    private static void fewerPlacesThanWaiting(List<List<Object>> distinct, List<List<Object>> keys,
                                               Map<List<Object>, List<Reason>> why, Explainer explain, int[] room) {
        List<Integer> awaiting = new ArrayList<>();
        for (int k = 0; k < distinct.size(); k++) {
            List<Reason> reasons = why.get(distinct.get(k));
            if (!reasons.isEmpty() && "awaiting-draft".equals(reasons.get(0).code())) {
                awaiting.add(k);
            }
        }
        int[] count = new int[awaiting.size()];
        int[][] suitable = new int[awaiting.size()][];
        int waiting = 0;
        for (int i = 0; i < awaiting.size(); i++) {
            List<Object> key = distinct.get(awaiting.get(i));
            count[i] = (int) keys.stream().filter(key::equals).count();
            suitable[i] = explain.suitableWithRoom(awaiting.get(i), room);
            waiting += count[i];
        }
        int placeable = WaitingPlaces.placeable(count, suitable, room);
        if (placeable < waiting) {
            Reason some = Reason.of("room-for-some", String.valueOf(placeable), String.valueOf(waiting));
            awaiting.forEach(k -> why.put(distinct.get(k), List.of(some)));
        }
    }
}
