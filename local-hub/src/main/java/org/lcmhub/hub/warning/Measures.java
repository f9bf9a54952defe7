package org.lcmhub.hub.warning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The bench's measures for one flagging rule over simulated learners (docs/early-warning.md,
 * "Measures"). A verdict is made after each week w = 1..weeks-1 from the weeks up to w; the
 * verdict after the last week has no week left to warn about and is not counted.
 */
final class Measures {
    int learners;
    int dropouts;
    /** Dropouts flagged after a week before their first silent week. */
    int caughtEarly;
    /** Learners who never dropped out but were flagged at some point. */
    int flaggedStayers;
    /** Flags of learners who did not drop out, summed over the weeks. */
    int falseAlarms;
    /** Learner-weeks judged: learners × verdicts counted. */
    int judged;
    final List<Integer> leads = new ArrayList<>();

    /**
     * @param flags flags[w-1]: flagged by the verdict after week w
     * @param firstSilentWeek the truth's first silent week (0: never dropped out)
     */
    void add(boolean[] flags, boolean dropsOut, int firstSilentWeek) {
        int verdicts = flags.length - 1;
        learners++;
        judged += verdicts;
        if (dropsOut) {
            dropouts++;
            for (int w = 1; w <= Math.min(firstSilentWeek - 1, verdicts); w++) {
                if (flags[w - 1]) {
                    caughtEarly++;
                    leads.add(firstSilentWeek - w);
                    return;
                }
            }
            return;
        }
        boolean any = false;
        for (int w = 1; w <= verdicts; w++) {
            if (flags[w - 1]) {
                falseAlarms++;
                any = true;
            }
        }
        if (any) {
            flaggedStayers++;
        }
    }

    void addAll(Measures m) {
        learners += m.learners;
        dropouts += m.dropouts;
        caughtEarly += m.caughtEarly;
        flaggedStayers += m.flaggedStayers;
        falseAlarms += m.falseAlarms;
        judged += m.judged;
        leads.addAll(m.leads);
    }

    double recall() {
        return dropouts == 0 ? Double.NaN : (double) caughtEarly / dropouts;
    }

    double precision() {
        int flagged = caughtEarly + flaggedStayers;
        return flagged == 0 ? Double.NaN : (double) caughtEarly / flagged;
    }

    double medianLead() {
        if (leads.isEmpty()) {
            return Double.NaN;
        }
        List<Integer> sorted = new ArrayList<>(leads);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Flags of learners who did not drop out, per 100 learners judged, per week. */
    double falseAlarmsPer100() {
        return judged == 0 ? Double.NaN : 100.0 * falseAlarms / judged;
    }
}
