package org.lcmhub.hub.dev;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.lcmhub.checkin.CheckInService;
import org.lcmhub.checkin.model.CheckInRequest;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.LearnerContext;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.learner.Learner;
import org.lcmhub.notes.Note;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The weeks of check-ins behind a running demo cohort, so its dashboard has something to say:
 * each enrolled learner follows a habit (steady, ahead, slipping, silent, asking for help, helped,
 * finished, never started, behind, missed last week). Each check-in goes through
 * {@link CheckInService} with the clock set to when it was sent, during its own week: the API
 * accepts a late check-in for an earlier week but dates it now, as it should for a real one, and a
 * history needs each one dated in its week (inactivity and help waiting are counted from there).
 */
final class DemoCheckIns {
    enum Habit { STEADY, AHEAD, SLIPPING, SILENT, HELP_WAITING, HELPED, FINISHED, NEVER, BEHIND, MISSED_LAST }

    /** The habit of the n-th enrolled learner of a cohort. */
    static final List<Habit> BY_SEAT = List.of(Habit.STEADY, Habit.AHEAD, Habit.STEADY, Habit.SLIPPING, Habit.SILENT,
            Habit.HELP_WAITING, Habit.HELPED, Habit.FINISHED, Habit.NEVER, Habit.BEHIND, Habit.MISSED_LAST, Habit.STEADY);

    private final DynamoCheckInStore store;
    private final DynamoNoteStore notes;
    private final Clock clock;

    DemoCheckIns(DynamoDbClient dynamo, String table, Clock clock) {
        this.store = new DynamoCheckInStore(dynamo, table);
        this.notes = new DynamoNoteStore(dynamo, table);
        this.clock = clock;
    }

    /** Writes the history of the {@code seat}-th enrolled learner; returns how many check-ins. */
    int seed(Cohort cohort, Learner learner, int seat, String lcmSub) {
        Habit habit = BY_SEAT.get(seat % BY_SEAT.size());
        ZoneId zone = ZoneId.of(learner.timezone());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        int current = (int) (Duration.between(cohort.startDate().atStartOfDay(), today.atStartOfDay()).toDays() / 7) + 1;
        if (current < 2) {
            return 0;
        }
        int past = Math.min(current - 1, cohort.weeks());
        var context = new LearnerContext(learner.learnerId(), cohort.cohortId(), zone, cohort.startDate(),
                cohort.endDate(), cohort.weeks());
        boolean french = learner.language().isFrench();
        int written = 0;
        for (int w = 1; w <= Math.min(current, cohort.weeks()); w++) {
            Week week = week(habit, w, past, cohort.weeks(), seat, learner.hoursPerWeek() == null ? 4 : learner.hoursPerWeek());
            if (week == null) {
                continue;
            }
            Instant at = sentAt(cohort.startDate().plusWeeks(w - 1), zone, seat, now);
            if (at == null) {
                continue; // this week's evening has not come yet
            }
            String message = week.needHelp ? helpMessage(french) : null;
            String blockers = week.mood <= 2 ? blockers(french) : null;
            new CheckInService(store, Clock.fixed(at, ZoneOffset.UTC)).submit(context, new CheckInRequest(
                    IsoWeek.of(cohort.startDate().plusWeeks(w - 1)).toString(), week.progress,
                    week.progress >= 100 ? cohort.weeks() : null, week.hours, week.mood, blockers, week.needHelp, message, false));
            written++;
            if (habit == Habit.HELPED && week.needHelp) {
                Instant called = at.plus(Duration.ofDays(1));
                notes.add(new Note(learner.learnerId(), cohort.cohortId(), calledNote(french), true, lcmSub,
                        called.isAfter(now) ? now : called));
            }
        }
        return written;
    }

    /** Every text the demo's learners and LCM write, in French or in English (checked for each language's typography). */
    static List<String> texts(boolean french) {
        return List.of(helpMessage(french), blockers(french), calledNote(french));
    }

    private static String helpMessage(boolean french) {
        return french ? "Je bloque sur l’exercice de cette semaine\u00a0: quelqu’un peut m’aider\u202f?"
                : "I’m stuck on this week’s exercise: could someone go through it with me?";
    }

    private static String blockers(boolean french) {
        return french ? "Beaucoup de travail en ce moment, peu de temps le soir." : "Busy at work, little time in the evenings.";
    }

    private static String calledNote(boolean french) {
        return french ? "Appel\u00a0: exercice repris ensemble, prochaine étape convenue."
                : "Called: went through the exercise together, next step agreed.";
    }

    /** One check-in: progress, hours, mood and whether it asks for help. */
    private record Week(int progress, double hours, int mood, boolean needHelp) {
    }

    /**
     * What the learner sends in week {@code w} (1-based) when {@code past} whole weeks are behind
     * them; null when they send nothing. Progress is measured against an even plan.
     */
    static Week week(Habit habit, int w, int past, int weeks, int seat, int hours) {
        double planned = 100.0 * w / weeks;
        int jitter = (seat * 7 + w * 3) % 7 - 3;
        int onPlan = (int) Math.min(99, Math.max(1, Math.round(planned) + jitter));
        boolean thisWeek = w > past;
        int half = Math.max(1, past / 2);
        return switch (habit) {
            case STEADY -> thisWeek && seat % 2 == 1 ? null : new Week(onPlan, hours, 4 + (w + seat) % 2, false);
            case AHEAD -> thisWeek ? null : new Week((int) Math.min(99, Math.round(planned * 1.3)), hours + 2, 5, false);
            case SLIPPING -> thisWeek ? null : w <= half ? new Week(onPlan, hours, 4, false)
                    : new Week((int) Math.round(100.0 * half / weeks) + 2 * (w - half), Math.max(0.5, hours - 2 * (w - half)),
                    Math.max(1, 4 - 2 * (w - half)), false);
            case SILENT -> w <= 2 ? new Week(onPlan, hours, 3, false) : null;
            case HELP_WAITING -> thisWeek ? new Week(onPlan, hours, 3, true) : new Week(onPlan, hours, 4, false);
            case HELPED -> thisWeek ? null : new Week(onPlan, hours, 4, w == past);
            case FINISHED -> thisWeek ? null : new Week((int) Math.min(100, Math.round(100.0 * w / past)), hours + 4, 5, false);
            case NEVER -> null;
            // At 40 % of the plan's pace the early warning puts them on watch whatever the week.
            case BEHIND -> thisWeek ? null : new Week((int) Math.max(1, Math.round(planned * 0.4)), hours - 1, 3, false);
            case MISSED_LAST -> w <= past - 1 ? new Week(onPlan, hours, 4, false) : null;
        };
    }

    /**
     * An evening of the week (Tuesday to Friday, by seat) at 19:00 in the learner's zone; for the
     * current week, an hour ago if that evening is still to come, or null before Monday noon.
     */
    static Instant sentAt(LocalDate monday, ZoneId zone, int seat, Instant now) {
        ZonedDateTime evening = ZonedDateTime.of(monday.plusDays(1 + seat % 4), LocalTime.of(19, 0), zone);
        if (evening.toInstant().isBefore(now)) {
            return evening.toInstant();
        }
        Instant recent = now.minus(Duration.ofHours(1));
        ZonedDateTime weekStart = ZonedDateTime.of(monday, LocalTime.NOON, zone);
        return recent.isAfter(weekStart.toInstant())
                && !LocalDate.ofInstant(recent, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).isAfter(monday)
                ? recent : null;
    }
}
