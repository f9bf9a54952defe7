package org.lcmhub.hub.warning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Simulated learners of one cohort (the generative model of docs/early-warning.md). Each learner
 * has a hidden engagement (0..1) that drives what they do and report; whether and when they quit
 * is part of the simulation, so the truth is known even where the check-ins do not show it.
 */
public final class LearnerSimulator {
    /** The trajectories of engagement the literature reports (see the docs for the sources). */
    public enum Kind { STEADY, IRREGULAR, DECLINING, ABRUPT, SAMPLING }

    /**
     * A simulated learner: their weeks as IN.csv rows and the truth the verdicts are measured
     * against; {@code engagement} is their hidden engagement each week over their own at the start
     * (0 once they quit), which no check-in shows directly.
     */
    public record Learner(Kind kind, List<WeekRow> rows, boolean dropsOut, int firstSilentWeek, double[] engagement) {
    }

    private final Random random;
    private final Scenario scenario;
    private final int weeks;
    private final LocalDate start;

    public LearnerSimulator(long seed, Scenario scenario, int weeks, LocalDate start) {
        this.random = new Random(seed * 7919 + weeks * 31L + scenario.name().hashCode());
        this.scenario = scenario;
        this.weeks = weeks;
        this.start = start;
    }

    public List<Learner> cohort(int size) {
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            learners.add(learner(String.format("L%04d", i + 1), kind()));
        }
        return learners;
    }

    private Kind kind() {
        double u = random.nextDouble();
        double[] shares = scenario.shares();
        for (int k = 0; k < shares.length; k++) {
            u -= shares[k];
            if (u < 0) {
                return Kind.values()[k];
            }
        }
        return Kind.STEADY;
    }

    private Learner learner(String id, Kind kind) {
        double noise = scenario.noise();
        double e0 = clamp(kind == Kind.SAMPLING ? normal(0.5, 0.15) : kind == Kind.IRREGULAR
                ? normal(0.72, 0.12) : normal(0.8, 0.12), 0.3, 1);
        double usualHours = 3 + 5 * random.nextDouble();
        // Moods differ between people more than within one person: a learner's own usual mood.
        double usualMood = clamp(normal(3.4 + (e0 - 0.7), 0.5), 1.5, 4.8);
        int quit = switch (kind) {
            case ABRUPT -> 2 + random.nextInt(weeks - 1);
            case SAMPLING -> 1 + random.nextInt(3);
            default -> 0;
        };
        boolean precursor = kind == Kind.ABRUPT && random.nextDouble() < 0.4;
        int onset = 2 + random.nextInt(Math.max(1, weeks - 3));
        double decline = 0.08 + 0.10 * random.nextDouble();
        double quitBelow = 0.25 + 0.15 * random.nextDouble();
        double checkInRate = kind == Kind.IRREGULAR ? 0.65 : 0.93 - 0.03 * (noise - 1);

        List<WeekRow> rows = new ArrayList<>();
        double[] hidden = new double[weeks];
        double e = e0;
        double progress = 0;
        int missedRun = 0;
        int firstSilent = 0;
        for (int w = 1; w <= weeks; w++) {
            if (kind == Kind.DECLINING && w >= onset && firstSilent == 0) {
                e -= decline * (0.7 + 0.6 * random.nextDouble());
                if (e < quitBelow) {
                    quit = w;
                }
            }
            if (quit > 0 && w >= quit && firstSilent == 0) {
                firstSilent = w;
            }
            if (firstSilent > 0) {
                rows.add(silent(id, w));
                continue;
            }
            hidden[w - 1] = e / e0;
            double engaged = clamp(e + normal(0, kind == Kind.IRREGULAR ? 0.12 : 0.07), 0.05, 1);
            boolean badWeek = random.nextDouble() < 0.05 * noise || (precursor && w == quit - 1);
            if (badWeek) {
                engaged *= 0.5;
            }
            progress = Math.min(100, progress + 100.0 / weeks * engaged / 0.8 * Math.exp(normal(0, 0.2)));
            double rate = kind == Kind.DECLINING ? checkInRate - 0.3 * Math.max(0, e0 - e) : checkInRate;
            boolean checkIn = random.nextDouble() < rate || (kind == Kind.IRREGULAR && missedRun >= 2);
            if (!checkIn) {
                missedRun++;
                rows.add(silent(id, w));
                continue;
            }
            missedRun = 0;
            double hours = usualHours * engaged / e0 * Math.exp(normal(0, 0.25 * noise));
            int mood = (int) Math.round(clamp(usualMood + 3 * (engaged - e0) + normal(0, 0.5 * noise), 1, 5));
            boolean help = random.nextDouble() < 0.06 + 0.5 * Math.max(0, e0 - engaged);
            List<LocalDate> contacts = help && random.nextDouble() < 0.6
                    ? List.of(start.plusWeeks(w - 1L).plusDays(3)) : List.of();
            rows.add(new WeekRow(id, weeks, start, w, true, (int) Math.floor(progress), null,
                    Math.round(hours * 2) / 2.0, mood, help, contacts));
        }
        return new Learner(kind, rows, firstSilent > 0, firstSilent, hidden);
    }

    private WeekRow silent(String id, int w) {
        return new WeekRow(id, weeks, start, w, false, null, null, null, null, null, List.of());
    }

    private double normal(double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
