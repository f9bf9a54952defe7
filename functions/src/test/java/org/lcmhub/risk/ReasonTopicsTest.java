package org.lcmhub.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lcmhub.risk.ConstructedWeeks.PLAN;
import static org.lcmhub.risk.ConstructedWeeks.START;
import static org.lcmhub.risk.ConstructedWeeks.usualThen;
import static org.lcmhub.risk.ConstructedWeeks.week;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;

/**
 * One reason per thing an LCM can act on (hours, mood, progress), on constructed histories of an
 * 8-week, 8-step path: the signs of a topic are added up, the topic is worded by its largest sign
 * with that sign's own figures, and its level comes from the sum. Each case first checks what the
 * signs' terms are, so it says what it tests whatever the coefficients.
 */
class ReasonTopicsTest {
    private static final RiskPolicy POLICY = RiskPolicy.DEFAULTS;

    private static EarlyWarning.Judgement after6(List<CheckIn> checkIns) {
        return EarlyWarning.judge(new LearnerHistory(START, checkIns, null), PLAN, POLICY, START.plusWeeks(6));
    }

    /** Each sign's terms, by its reason's code. */
    private static Map<String, Double> terms(EarlyWarning.Judgement j) {
        return RiskModel.terms(RiskModel.shaped(j.signs()));
    }

    private static List<String> codes(EarlyWarning.Judgement j) {
        return j.assessment().reasons().stream().map(Reason::code).toList();
    }

    @Test
    void twoHoursSignsThatEachWouldBeAReasonAreOneWordedByTheLarger() {
        Reason r = oneWordedByTheLarger(usualThen(w -> week(w, (int) Math.round(12.5 * w), 1.5, 4)),
                Reason.HOURS_BELOW_USUAL, Reason.HOURS_DROPPED);
        // The last week against all the weeks before it: (5 + 5 + 5 + 5 + 1.5) / 5.
        assertThat(r.params()).containsEntry("usual", 4.3).containsEntry("last", 1.5);
        assertThat(r.text(Language.EN)).isEqualTo("Fewer hours at the last check-in: 1.5\u202Fh, against 4.3\u202Fh a week on average before");
        assertThat(r.text(Language.FR)).isEqualTo("Moins d’heures au dernier point : 1,5\u202Fh, contre 4,3\u202Fh par semaine en moyenne avant");
    }

    @Test
    void twoMoodSignsThatEachWouldBeAReasonAreOneWordedByTheLarger() {
        Reason r = oneWordedByTheLarger(usualThen(w -> week(w, (int) Math.round(12.5 * w), 5, 1)),
                Reason.MOOD_BELOW_USUAL, Reason.MOOD_LOW);
        assertThat(r.text(Language.EN)).isEqualTo("Mood low lately: 1\u202Fout of\u202F5");
        assertThat(r.text(Language.FR)).isEqualTo("Moral bas ces derniers temps : 1\u202Fsur\u202F5");
    }

    /** Checks that both signs would be a reason alone and {@code larger} weighs more; the one reason. */
    private static Reason oneWordedByTheLarger(List<CheckIn> checkIns, String smaller, String larger) {
        EarlyWarning.Judgement j = after6(checkIns);
        Map<String, Double> t = terms(j);
        assertThat(t.get(smaller)).isGreaterThanOrEqualTo(RiskModel.REASON_MIN);
        assertThat(t.get(larger)).isGreaterThan(t.get(smaller));
        assertThat(codes(j)).containsExactly(larger);
        return j.assessment().reasons().get(0);
    }

    @Test
    void signsEachTooSmallToBeAReasonAreOneWhenTogetherTheyWeighEnough() {
        EarlyWarning.Judgement j = after6(usualThen(w -> week(w, (int) Math.round(12.5 * w), 3, 4)));
        Map<String, Double> t = terms(j);
        assertThat(t.get(Reason.HOURS_BELOW_USUAL)).isLessThan(RiskModel.REASON_MIN);
        assertThat(t.get(Reason.HOURS_DROPPED)).isLessThan(t.get(Reason.HOURS_BELOW_USUAL));
        assertThat(t.get(Reason.HOURS_BELOW_USUAL) + t.get(Reason.HOURS_DROPPED)).isGreaterThanOrEqualTo(RiskModel.REASON_MIN);
        assertThat(codes(j)).containsExactly(Reason.HOURS_BELOW_USUAL);
        Reason r = j.assessment().reasons().get(0);
        assertThat(r.text(Language.EN)).isEqualTo("Fewer hours than usual: 3\u202Fh a week lately, 5\u202Fh before");
        assertThat(r.text(Language.FR))
                .isEqualTo("Moins d’heures que d’habitude : 3\u202Fh par semaine ces derniers temps, 5\u202Fh avant");
    }

    @Test
    void aTopicsLevelComesFromItsSumNotFromTheSignThatWordsIt() {
        // 12.5 points a week, then 2: four progress signs at once.
        EarlyWarning.Judgement j = after6(usualThen(w -> week(w, 50 + 2 * (w - 4), 5, 4)));
        Map<String, Double> t = terms(j);
        double sum = t.get(Reason.PACE_SLOWING) + t.get(Reason.PROGRESS_STALLED) + t.get(Reason.BELOW_PLAN_PACE)
                + t.get(Reason.BEHIND_PLAN);
        double largest = t.get(Reason.PROGRESS_STALLED);
        assertThat(List.of(t.get(Reason.PACE_SLOWING), t.get(Reason.BELOW_PLAN_PACE), t.get(Reason.BEHIND_PLAN)))
                .allSatisfy(v -> assertThat(v).isLessThan(largest));
        assertThat(POLICY.level(scoreWith(largest))).isEqualTo(RiskLevel.WATCH);
        assertThat(POLICY.level(scoreWith(sum))).isEqualTo(RiskLevel.AT_RISK);
        assertThat(codes(j)).containsExactly(Reason.PROGRESS_STALLED);
        assertThat(j.assessment().reasons().get(0).level()).isEqualTo(RiskLevel.AT_RISK);
        assertThat(j.assessment().reasons().get(0).text(Language.EN))
                .isEqualTo("Little progress since the check-in before: 2% a week, the plan expects 13%");
    }

    @Test
    void aLearnerSlidingOnEverythingHasOneReasonPerTopicTheHeaviestFirst() {
        EarlyWarning.Judgement j = after6(usualThen(w -> week(w, 50 + 2 * (w - 4), 1.5, 1)));
        Map<String, Double> t = terms(j);
        double hours = t.get(Reason.HOURS_BELOW_USUAL) + t.get(Reason.HOURS_DROPPED);
        double mood = t.get(Reason.MOOD_BELOW_USUAL) + t.get(Reason.MOOD_LOW);
        assertThat(hours).isGreaterThan(mood);
        assertThat(codes(j)).containsExactly(Reason.PROGRESS_STALLED, Reason.HOURS_DROPPED, Reason.MOOD_LOW);
        assertThat(j.assessment().reasons()).extracting(r -> RiskModel.topic(r.code()))
                .containsExactly("progress", "hours", "mood");
    }

    /** The score of an as-usual learner with {@code term} added to the log-odds. */
    private static double scoreWith(double term) {
        return 1 / (1 + Math.exp(-(RiskModel.coefficients()[0] + term)));
    }
}
