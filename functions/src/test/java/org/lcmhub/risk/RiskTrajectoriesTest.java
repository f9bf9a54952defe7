package org.lcmhub.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;

/**
 * Whole trajectories judged week by week on an 8-week, 8-step path, as the dashboard sees them:
 * a learner sliding towards the exit is flagged while still checking in, an irregular learner who
 * finishes is never "at risk", and a sign never lowers the score by growing (each sign counts up
 * to its cap). Levels are the default policy's; no score is compared with a fixed figure.
 */
class RiskTrajectoriesTest {
    private static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday
    private static final Plan PLAN = new Plan(8, 8);
    private static final RiskPolicy POLICY = RiskPolicy.DEFAULTS;

    private static CheckIn week(int w, int progress, double hours, int mood) {
        LocalDate monday = START.plusWeeks(w - 1);
        return new CheckIn(monday, progress, null, hours, mood, false, monday.plusDays(2));
    }

    /** The verdict on the Monday after week {@code w}, from the check-ins of weeks up to w. */
    private static Assessment after(int w, List<CheckIn> all) {
        List<CheckIn> sent = all.stream().filter(c -> c.week().isBefore(START.plusWeeks(w))).toList();
        return EarlyWarning.assess(new LearnerHistory(START, sent, null), PLAN, POLICY, START.plusWeeks(w));
    }

    /**
     * Mood 5, 4, 3, 3, 2 while the hours halve each week and progress follows the hours, then
     * silence: flagged at risk on the Monday after the last check-in, before the first silent week.
     * The hours before the last check-in are the mean of all the weeks before it: (8 + 4 + 2 + 1) / 4.
     */
    @Test
    void aLearnerSlidingTowardsTheExitIsFlaggedBeforeTheSilence() {
        int[] moods = {5, 4, 3, 3, 2};
        List<CheckIn> slide = new ArrayList<>();
        double hours = 8;
        int progress = 0;
        for (int w = 1; w <= 5; w++) {
            progress += (int) Math.round(12.5 * hours / 8);
            slide.add(week(w, progress, hours, moods[w - 1]));
            hours /= 2;
        }
        Assessment first = after(1, slide);
        Assessment beforeSilence = after(5, slide);
        assertThat(first.level()).isEqualTo(RiskLevel.OK);
        assertThat(beforeSilence.silentNow()).isFalse();
        assertThat(beforeSilence.level()).isEqualTo(RiskLevel.AT_RISK);
        assertThat(after(4, slide).level()).isNotEqualTo(RiskLevel.OK);
        List<String> codes = beforeSilence.reasons().stream().map(Reason::code).toList();
        // One reason for progress, one for hours: each worded by its topic's largest sign.
        assertThat(codes).containsExactly(Reason.PROGRESS_STALLED, Reason.HOURS_DROPPED);
        // The reasons in plain words, in both languages, with the learner's own figures.
        Reason hoursReason = beforeSilence.reasons().stream()
                .filter(r -> r.code().equals(Reason.HOURS_DROPPED)).findFirst().orElseThrow();
        assertThat(hoursReason.text(Language.EN)).isEqualTo("Fewer hours at the last check-in: 0.5\u202Fh, against 3.8\u202Fh a week on average before");
        assertThat(hoursReason.text(Language.FR))
                .isEqualTo("Moins d’heures au dernier point : 0,5\u202Fh, contre 3,8\u202Fh par semaine en moyenne avant");
        for (Reason r : beforeSilence.reasons()) {
            assertThat(r.text(Language.EN)).isNotBlank().doesNotContain("{");
            assertThat(r.text(Language.FR)).isNotBlank().doesNotContain("{").isNotEqualTo(r.text(Language.EN));
        }
        // Then the silence: "silent now" from the Monday after the missed week, a separate signal.
        assertThat(after(6, slide).silentNow()).isTrue();
    }

    /**
     * Skips weeks 2 and 5, comes back each time with the week's work done, and finishes: silent
     * now on exactly the Mondays after a skipped week, never at risk.
     */
    @Test
    void anIrregularLearnerWhoFinishesIsNeverAtRisk() {
        List<CheckIn> irregular = List.of(week(1, 12, 5, 4), week(3, 37, 7, 4), week(4, 50, 4.5, 3),
                week(6, 74, 6, 4), week(7, 87, 5, 4), week(8, 100, 5, 4));
        for (int w = 1; w <= 8; w++) {
            Assessment a = after(w, irregular);
            assertThat(a.level()).as("after week %d", w).isNotEqualTo(RiskLevel.AT_RISK);
            assertThat(a.silentNow()).as("after week %d", w).isEqualTo(w == 2 || w == 5);
        }
        assertThat(after(8, irregular).outcome()).isEqualTo(Outcome.SUCCEEDED);
    }

    /** Each sign counts up to a point: a deeper drop never scores lower than a milder one. */
    @Test
    void aGrowingSignNeverLowersTheScore() {
        double previous = -1;
        for (int mood = 4; mood >= 1; mood--) {
            double s = after(6, usualThen(5, mood, 12.5)).score();
            assertThat(s).as("mood %d", mood).isGreaterThanOrEqualTo(previous);
            previous = s;
        }
        previous = -1;
        for (double hours : new double[] {5, 4, 3, 2, 1, 0}) {
            double s = after(6, usualThen(hours, 4, 12.5)).score();
            assertThat(s).as("%s hours", hours).isGreaterThanOrEqualTo(previous);
            previous = s;
        }
        previous = -1;
        for (double gain : new double[] {12.5, 10, 7, 4, 1, 0}) {
            double s = after(6, usualThen(5, 4, gain)).score();
            assertThat(s).as("%s points a week", gain).isGreaterThanOrEqualTo(previous);
            previous = s;
        }
    }

    /** Weeks 1..4 on plan at 5 hours and mood 4, then weeks 5 and 6 with these hours, mood and points a week. */
    private static List<CheckIn> usualThen(double hours, int mood, double gain) {
        List<CheckIn> list = new ArrayList<>();
        for (int w = 1; w <= 4; w++) {
            list.add(week(w, (int) Math.round(12.5 * w), 5, 4));
        }
        list.add(week(5, (int) Math.round(50 + gain), hours, mood));
        list.add(week(6, (int) Math.round(50 + 2 * gain), hours, mood));
        return list;
    }
}
