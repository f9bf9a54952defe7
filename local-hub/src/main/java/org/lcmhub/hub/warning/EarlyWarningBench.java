package org.lcmhub.hub.warning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lcmhub.risk.Assessment;
import org.lcmhub.risk.EarlyWarning;
import org.lcmhub.risk.Outcome;
import org.lcmhub.risk.Plan;
import org.lcmhub.risk.RiskLevel;
import org.lcmhub.risk.RiskModel;
import org.lcmhub.risk.RiskPolicy;

/**
 * {@code ./hub bench-early-warning [--fit [--without f,g] [--horizon H] [--precision P] [--training-seeds N]]
 * [--learners N] [--seeds N]}: the early warning measured
 * on simulated cohorts (docs/early-warning.md). Reports, per scenario and path length, on seeds the
 * model was not fitted on: early recall, precision, median lead time and weekly false alarms per
 * 100 learners, for the hub's verdict with its default policy and for two single-rule baselines
 * judged in the same run, and the whole recall/precision curve of the score and of the oracle.
 * {@code --fit} first fits the coefficients on the training seeds and prints them, with the recall
 * and precision each at-risk threshold would give there.
 */
public final class EarlyWarningBench {
    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final List<Integer> LENGTHS = List.of(8, 12);
    /** Seeds the coefficients are fitted on (1..TRAINING_SEEDS); the report uses others. */
    static final long TRAINING_SEED = 1;
    static final int TRAINING_SEEDS = 20;
    static final long REPORT_SEED = 1001;
    /** The oracle flags a learner whose hidden engagement fell below this share of their own start. */
    static final double ORACLE = 0.7;
    /** The score is fitted as the chance that the learner's silence begins within this many weeks. */
    static final int HORIZON = 2;

    /**
     * What the bench computes once per learner and week for every rule: the hub's verdict and the
     * earlier model's score (negative where there is nothing to predict).
     */
    record Verdict(Assessment hub, double earlier) {
    }

    /** A flagging rule, judged on a learner after week w (the verdicts on the same weeks given). */
    interface Rule {
        boolean flags(LearnerSimulator.Learner learner, int w, Verdict verdict);
    }

    static final Map<String, Rule> RULES = new LinkedHashMap<>();


    static {
        RULES.put("hub (at risk)", (l, w, v) -> active(v) && v.hub().level() == RiskLevel.AT_RISK);
        RULES.put("earlier model", (l, w, v) -> v.earlier() >= EarlierModel.AT_RISK);
        RULES.put("missed last week", (l, w, v) -> active(v) && !l.rows().get(w - 1).checkedIn());
        // Not a rule anyone could run: it reads the simulation's hidden engagement, to show the ceiling.
        RULES.put("oracle (hidden)", (l, w, v) -> active(v)
                && l.engagement()[w - 1] > 0 && l.engagement()[w - 1] < ORACLE);
        RULES.put("behind plan 15+", (l, w, v) -> active(v) && behind(l.rows(), w) >= 15);
    }

    private EarlyWarningBench() {
    }

    private static boolean active(Verdict v) {
        return v.hub().outcome() == Outcome.ACTIVE;
    }

    public static void main(String[] args) {
        int learners = 200;
        int seeds = 5;
        int trainingSeeds = TRAINING_SEEDS;
        boolean fit = false;
        List<String> without = List.of();
        double precision = 0.55;
        int horizon = HORIZON;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fit" -> fit = true;
                case "--learners" -> learners = Integer.parseInt(args[++i]);
                case "--seeds" -> seeds = Integer.parseInt(args[++i]);
                case "--training-seeds" -> trainingSeeds = Integer.parseInt(args[++i]);
                case "--without" -> without = List.of(args[++i].split(","));
                case "--horizon" -> horizon = Integer.parseInt(args[++i]);
                case "--precision" -> precision = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (fit) {
            fit(learners, trainingSeeds, without, precision, horizon);
        }
        report(learners, seeds);
    }

    /** Points behind the cohort's plan after week w: plan's expected progress minus the best reported. */
    static double behind(List<WeekRow> rows, int w) {
        int best = 0;
        for (int i = 0; i < w; i++) {
            if (rows.get(i).checkedIn()) {
                best = Math.max(best, rows.get(i).progress());
            }
        }
        WeekRow first = rows.get(0);
        return Plan.course(first.start(), first.weeks()).expectedProgress(w) - best;
    }

    static List<LearnerSimulator.Learner> cohort(long seed, Scenario s, int weeks, int learners) {
        return new LearnerSimulator(seed, s, weeks, START).cohort(learners);
    }

    /**
     * One training learner's features after each week (null where there is nothing to predict),
     * the earlier model's score then (negative likewise), and the truth.
     */
    private record Judged(double[][] x, double[] earlier, boolean dropsOut, int firstSilentWeek) {
    }

    /**
     * Fits the coefficients on the training seeds and prints them, then the recall and precision
     * each at-risk threshold gives there, and the lowest threshold whose training precision
     * reaches {@code precision}. Features named in {@code without} are held at 0 (an ablation).
     */
    static void fit(int learners, int seeds, List<String> without, double precision, int horizon) {
        List<Judged> judged = new ArrayList<>();
        for (long seed = TRAINING_SEED; seed < TRAINING_SEED + seeds; seed++) {
            for (Scenario s : Scenario.ALL) {
                for (int weeks : LENGTHS) {
                    for (LearnerSimulator.Learner l : cohort(seed, s, weeks, learners)) {
                        double[][] x = new double[weeks][];
                        double[] earlier = new double[weeks];
                        for (int w = 1; w <= weeks; w++) {
                            double[] signs = Histories.judgement(l.rows(), w, RiskPolicy.DEFAULTS).signs();
                            earlier[w - 1] = EarlierModel.score(signs);
                            x[w - 1] = signs == null ? null : RiskModel.shaped(signs);
                            if (x[w - 1] != null) {
                                for (String f : without) {
                                    x[w - 1][RiskModel.FEATURES.indexOf(f)] = 0;
                                }
                            }
                        }
                        judged.add(new Judged(x, earlier, l.dropsOut(), l.firstSilentWeek()));
                    }
                }
            }
        }
        List<LogisticFit.Example> examples = new ArrayList<>();
        for (Judged j : judged) {
            // Verdicts after the silence has begun are left out: no flag then counts, early or false.
            int last = j.dropsOut() ? Math.min(j.x().length - 1, j.firstSilentWeek() - 1) : j.x().length - 1;
            for (int w = 1; w <= last; w++) {
                if (j.x()[w - 1] != null) {
                    examples.add(new LogisticFit.Example(j.x()[w - 1], j.dropsOut() && j.firstSilentWeek() - w <= horizon));
                }
            }
        }
        double[] b = LogisticFit.fit(examples, 1.0);
        System.out.printf("Fitted on training seeds %d-%d (%d verdicts of learners still on the path)%s:%n",
                TRAINING_SEED, TRAINING_SEED + seeds - 1, examples.size(), without.isEmpty() ? "" : ", without " + without);
        System.out.printf("  %-16s %8s %8s%n", "coefficient", "fitted", "shipped");
        double[] shipped = RiskModel.coefficients();
        for (int i = 0; i < b.length; i++) {
            System.out.printf(Locale.ROOT, "  %-16s %8.3f %8.3f%n", i == 0 ? "intercept" : RiskModel.FEATURES.get(i - 1),
                    b[i], shipped[i]);
        }
        System.out.println("  At-risk threshold on the training seeds (fitted coefficients):");
        // Each learner-week scored once; every threshold then only compares.
        List<double[]> fitted = new ArrayList<>();
        for (Judged j : judged) {
            double[] scores = new double[j.x().length];
            for (int w = 1; w <= scores.length; w++) {
                scores[w - 1] = j.x()[w - 1] == null ? -1 : RiskModel.score(b, j.x()[w - 1]);
            }
            fitted.add(scores);
        }
        Double chosen = null;
        String earlierLine = null;
        for (int step = 20; step <= 160; step++) {
            double t = step * 0.005;
            Measures m = measures(judged, fitted, t);
            if (chosen == null && m.precision() >= precision) {
                chosen = t;
            }
            if (step % 5 == 0 || chosen != null && chosen == t) {
                System.out.printf(Locale.ROOT, "    %.3f  recall %.3f  precision %.3f  false alarms %.1f%n", t,
                        m.recall(), m.precision(), m.falseAlarmsPer100());
            }
            if (earlierLine == null) {
                Measures e = measures(judged, judged.stream().map(Judged::earlier).toList(), t);
                if (e.precision() >= precision) {
                    earlierLine = String.format(Locale.ROOT, "  The earlier model on the same seeds: threshold %.3f, "
                            + "recall %.3f, precision %.3f%n", t, e.recall(), e.precision());
                }
            }
        }
        System.out.printf(Locale.ROOT, "  Lowest threshold with training precision >= %.2f: %s%n", precision,
                chosen == null ? "none" : String.format(Locale.ROOT, "%.3f", chosen));
        System.out.println(earlierLine == null ? "" : earlierLine);
    }

    /** The measures of flagging each learner-week whose score (negative: none) reaches {@code threshold}. */
    private static Measures measures(List<Judged> judged, List<double[]> scores, double threshold) {
        Measures m = new Measures();
        for (int i = 0; i < judged.size(); i++) {
            Judged j = judged.get(i);
            m.add(Curves.flags(scores.get(i), threshold), j.dropsOut(), j.firstSilentWeek());
        }
        return m;
    }

    static void report(int learners, int seeds) {
        System.out.printf("Early-warning bench: %d learners a cohort, report seeds %d-%d (coefficients fitted on %d-%d), "
                        + "default policy (watch %s, at risk %s, dropped out after %d silent weeks)%n",
                learners, REPORT_SEED, REPORT_SEED + seeds - 1, TRAINING_SEED, TRAINING_SEED + TRAINING_SEEDS - 1,
                RiskPolicy.DEFAULTS.watchScore(), RiskPolicy.DEFAULTS.atRiskScore(), RiskPolicy.DEFAULTS.dropoutSilentWeeks());
        System.out.printf("%-20s %5s %8s | %-17s %6s %9s %5s %6s | %s%n", "scenario", "weeks", "dropouts",
                "rule", "recall", "precision", "lead", "FA/100", "verdict");
        Map<String, Measures> overall = new LinkedHashMap<>();
        RULES.keySet().forEach(r -> overall.put(r, new Measures()));
        Map<LearnerSimulator.Kind, Measures> byKind = new java.util.EnumMap<>(LearnerSimulator.Kind.class);
        for (LearnerSimulator.Kind k : LearnerSimulator.Kind.values()) {
            byKind.put(k, new Measures());
        }
        Curves curves = new Curves();
        int silentMisses = 0;
        int silentWrong = 0;
        int missedWeeks = 0;
        for (Scenario s : Scenario.ALL) {
            for (int weeks : LENGTHS) {
                Map<String, Measures> byRule = new LinkedHashMap<>();
                RULES.keySet().forEach(r -> byRule.put(r, new Measures()));
                for (long seed = REPORT_SEED; seed < REPORT_SEED + seeds; seed++) {
                    for (LearnerSimulator.Learner l : cohort(seed, s, weeks, learners)) {
                        Map<String, boolean[]> flags = new LinkedHashMap<>();
                        RULES.keySet().forEach(r -> flags.put(r, new boolean[weeks]));
                        double[] scores = new double[weeks];
                        double[] earlier = new double[weeks];
                        for (int w = 1; w <= weeks; w++) {
                            EarlyWarning.Judgement judgement = Histories.judgement(l.rows(), w, RiskPolicy.DEFAULTS);
                            Assessment a = judgement.assessment();
                            scores[w - 1] = a.outcome() == Outcome.ACTIVE && a.score() != null ? a.score() : -1;
                            earlier[w - 1] = EarlierModel.score(judgement.signs());
                            Verdict v = new Verdict(a, earlier[w - 1]);
                            for (Map.Entry<String, Rule> r : RULES.entrySet()) {
                                flags.get(r.getKey())[w - 1] = r.getValue().flags(l, w, v);
                            }
                            boolean missed = !l.rows().get(w - 1).checkedIn() && a.outcome() != Outcome.SUCCEEDED;
                            missedWeeks += missed ? 1 : 0;
                            silentMisses += missed && !a.silentNow() ? 1 : 0;
                            silentWrong += !missed && a.silentNow() ? 1 : 0;
                        }
                        flags.forEach((r, f) -> byRule.get(r).add(f, l.dropsOut(), l.firstSilentWeek()));
                        curves.add(l, scores, earlier);
                        byKind.get(l.kind()).add(flags.values().iterator().next(), l.dropsOut(), l.firstSilentWeek());
                    }
                }
                print(s.name(), weeks, byRule);
                byRule.forEach((r, m) -> overall.get(r).addAll(m));
            }
        }
        print("all", 0, overall);
        StringBuilder kinds = new StringBuilder("By trajectory (hub, all scenarios):");
        byKind.forEach((k, m) -> kinds.append(String.format(Locale.ROOT, " %s %d learners, %d dropouts, %d caught early, "
                + "%d stayers flagged;", k.name().toLowerCase(Locale.ROOT), m.learners, m.dropouts, m.caughtEarly, m.flaggedStayers)));
        System.out.println(kinds);
        curves.print();
        System.out.printf("Silent now: %d missed weekly check-ins (finished learners aside), %d of them not on the list, "
                + "%d learners on it who had checked in.%n", missedWeeks, silentMisses, silentWrong);
    }

    private static void print(String scenario, int weeks, Map<String, Measures> byRule) {
        Measures hub = byRule.values().iterator().next();
        boolean first = true;
        for (Map.Entry<String, Measures> e : byRule.entrySet()) {
            Measures m = e.getValue();
            String verdict = "";
            if (first) {
                List<String> worse = new ArrayList<>();
                byRule.forEach((r, b) -> {
                    if (b != hub && !r.startsWith("oracle") && b.recall() > hub.recall() && b.precision() > hub.precision()) {
                        worse.add("worse than " + r);
                    }
                });
                verdict = (hub.recall() >= 0.40 && hub.precision() >= 0.55 ? "target met" : "below target")
                        + (worse.isEmpty() ? "" : "; " + String.join(", ", worse));
            }
            System.out.printf(Locale.ROOT, "%-20s %5s %8s | %-17s %6.2f %9.2f %5.1f %6.1f | %s%n",
                    first ? scenario : "", first && weeks > 0 ? weeks : "",
                    first ? String.format(Locale.ROOT, "%.2f", (double) m.dropouts / m.learners) : "",
                    e.getKey(), m.recall(), m.precision(), m.medianLead(), m.falseAlarmsPer100(), verdict);
            first = false;
        }
    }
}
