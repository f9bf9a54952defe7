package org.lcmhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.lcmhub.matching.model.LearnerToMatch;
import org.lcmhub.matching.model.MatchingRequest;
import org.lcmhub.matching.model.MatchingResult;
import org.lcmhub.matching.model.MentorProfile;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.matching.model.ProposedPair;

class MatcherPropertiesTest {

    @Property(tries = 400)
    void theDraftIsOptimalAgainstEveryPossibleDraft(@ForAll long seed) {
        MatchingRequest request = SmallInstances.random(seed);
        BruteForce best = new BruteForce(request).solve();
        MatchingResult result = new MentorMatcher().match(request);

        assertThat(result.pairs()).hasSize(best.bestMatched);
        assertThat(result.totalScore()).isEqualTo(best.bestTotal);
    }

    @Property(tries = 400)
    void noHardConstraintIsEverBroken(@ForAll long seed) {
        MatchingRequest request = SmallInstances.random(seed);
        BruteForce rules = new BruteForce(request);
        MatchingResult result = new MentorMatcher().match(request);

        Map<String, Integer> perMentor = new HashMap<>();
        Set<String> matchedLearners = new HashSet<>();
        long total = 0;
        for (ProposedPair pair : result.pairs()) {
            int l = index(request.learners().stream().map(LearnerToMatch::id).toList(), pair.learnerId());
            int m = index(request.mentors().stream().map(MentorProfile::id).toList(), pair.mentorId());
            assertThat(rules.allowed(l, m)).as("pair %s", pair).isTrue();
            assertThat(request.exclusions()).doesNotContain(new PairRef(pair.learnerId(), pair.mentorId()));
            assertThat(matchedLearners.add(pair.learnerId())).as("one mentor per learner").isTrue();
            perMentor.merge(pair.mentorId(), 1, Integer::sum);
            assertThat(pair.score()).isBetween(0, 100);
            total += pair.score();
        }
        for (MentorProfile mentor : request.mentors()) {
            int limit = mentor.paused() ? 0 : mentor.remaining();
            assertThat(perMentor.getOrDefault(mentor.id(), 0)).as("places of %s", mentor.id()).isLessThanOrEqualTo(limit);
        }
        assertThat(result.totalScore()).isEqualTo(total);
        assertThat(result.pairs().size() + result.unmatched().size()).isEqualTo(request.learners().size());
        result.unmatched().forEach(u -> assertThat(u.reasons()).isNotEmpty());
    }

    @Property(tries = 400)
    void feasiblePinsAreHonouredAndOthersReported(@ForAll long seed) {
        MatchingRequest request = SmallInstances.random(seed);
        BruteForce rules = new BruteForce(request);
        MatchingResult result = new MentorMatcher().match(request);

        Map<String, String> pinned = new HashMap<>();
        for (int l = 0; l < rules.pinnedTo.length; l++) {
            if (rules.pinnedTo[l] >= 0) {
                pinned.put(request.learners().get(l).id(), request.mentors().get(rules.pinnedTo[l]).id());
            }
        }
        Map<String, String> actual = new HashMap<>();
        result.pairs().stream().filter(ProposedPair::pinned).forEach(p -> actual.put(p.learnerId(), p.mentorId()));
        assertThat(actual).isEqualTo(pinned);
        for (ProposedPair pair : result.pairs()) {
            if (pinned.containsKey(pair.learnerId())) {
                assertThat(pair.mentorId()).isEqualTo(pinned.get(pair.learnerId()));
            }
        }
        assertThat(result.rejectedPins().size() + pinned.size()).isEqualTo(request.pins().size());
        result.rejectedPins().forEach(r -> assertThat(r.reasons()).isNotEmpty());
    }

    @Property(tries = 200)
    void sameRequestSameDraft(@ForAll long seed) {
        MatchingRequest request = SmallInstances.random(seed);
        assertThat(new MentorMatcher().match(request)).isEqualTo(new MentorMatcher().match(request));
    }

    @Property(tries = 15)
    void pricingFindsTheSameOptimumAsTheFullNetwork(@ForAll long seed) {
        MatchingRequest request = new InstanceGenerator(seed).generate(150 + (int) Math.floorMod(seed, 200L), 25);
        MatchingResult priced = new MentorMatcher().match(request);
        MatchingResult full = new MentorMatcher(Integer.MAX_VALUE).match(request);
        assertThat(priced.pairs()).hasSameSizeAs(full.pairs());
        assertThat(priced.totalScore()).isEqualTo(full.totalScore());
    }

    @Property(tries = 10)
    void orToolsAndTheJGraphTBaselineReachTheSameOptimum(@ForAll long seed) {
        MatchingRequest request = new InstanceGenerator(seed).generate(150 + (int) Math.floorMod(seed, 200L), 25);
        MatchingResult solved = new MentorMatcher().match(request);
        MatchingResult baseline = new MentorMatcher(JGraphTFlowSolver::new, JGraphTFlowSolver.FIRST_PAIRS_PER_LEARNER)
                .match(request);
        assertThat(solved.pairs()).hasSameSizeAs(baseline.pairs());
        assertThat(solved.totalScore()).isEqualTo(baseline.totalScore());
    }

    private static int index(List<String> ids, String id) {
        return ids.indexOf(id);
    }
}
