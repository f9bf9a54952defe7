package org.lcmhub.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.lcmhub.checkin.model.CheckInRequest;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.LearnerContext;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.CheckInStore;
import org.lcmhub.domain.Characters;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;

/**
 * Takes a learner's weekly check-in: validates it field by field, then creates or replaces that
 * week's. Weeks run from the cohort's first to its last, or to the end of the learner's personal
 * plan when it runs longer.
 */
public class CheckInService {
    static final int TEXT_MAX = 2_000;
    static final int BLOCKERS_MAX = 1_000;
    static final double HOURS_MAX = 80;
    /** A refused week's reason (the error's params' {@code week}): before the cohort's first week, or after the last one it takes. */
    public static final String NOT_STARTED = "not-started";
    public static final String OVER = "over";

    /** The check-in kept, and whether its week is new (201) or was updated (200). */
    public record Submitted(WeeklyCheckIn checkIn, boolean created) {
    }

    private final CheckInStore store;
    private final Clock clock;

    public CheckInService(CheckInStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Submitted submit(LearnerContext learner, CheckInRequest r) {
        return submit(learner, r, false);
    }

    /**
     * As {@link #submit(LearnerContext, CheckInRequest)}, for the site's form posted without
     * JavaScript: an unticked box is not sent at all, so a {@code needHelp} left out is no help
     * asked (the week's earlier request kept, as for any form that did not show it).
     */
    public Submitted submitKeepingHelp(LearnerContext learner, CheckInRequest r) {
        return submit(learner, r, true);
    }

    private Submitted submit(LearnerContext learner, CheckInRequest r, boolean keepHelp) {
        Map<String, String> errors = new LinkedHashMap<>();
        // Why the week is refused, for a page to say it in its reader's words (not the field's general ones).
        Map<String, String> why = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(learner.zone()));
        IsoWeek current = IsoWeek.of(today);
        IsoWeek week = current;
        if (r.week() != null) {
            Optional<IsoWeek> parsed = IsoWeek.parse(r.week());
            if (parsed.isEmpty()) {
                errors.put("week", "Leave the week out to check in for this week.");
            } else {
                week = parsed.get();
            }
        }
        if (!errors.containsKey("week")) {
            if (week.compareTo(IsoWeek.of(learner.cohortStart())) < 0) {
                errors.put("week", "Your cohort starts on " + day(learner.cohortStart()) + "; check in from then.");
                why.put("week", NOT_STARTED);
                why.put("startDate", learner.cohortStart().toString());
            } else if (week.compareTo(current) > 0) {
                errors.put("week", "You can check in for this week or an earlier one.");
            }
        }
        if (r.progress() == null || r.progress() < 0 || r.progress() > 100) {
            errors.put("progress", "Give your progress as a whole number from 0 to 100.");
        }
        if (r.stepReached() != null && (r.stepReached() < 1 || r.stepReached() > learner.steps())) {
            errors.put("stepReached", "The path has steps 1 to " + learner.steps() + ".");
        }
        if (r.hoursSpent() == null || r.hoursSpent() < 0 || r.hoursSpent() > HOURS_MAX || r.hoursSpent().isNaN()) {
            errors.put("hoursSpent", "Give the hours you spent this week, from 0 to " + (int) HOURS_MAX + ".");
        }
        if (r.mood() == null || r.mood() < 1 || r.mood() > 5) {
            errors.put("mood", "Choose how you feel from 1 to 5.");
        }
        if (r.needHelp() == null && !keepHelp) {
            errors.put("needHelp", "Tell us whether you would like help.");
        }
        if (r.blockers() != null && Characters.count(r.blockers()) > BLOCKERS_MAX) {
            errors.put("blockers", "Keep blockers to at most " + BLOCKERS_MAX + " characters.");
        }
        if (r.message() != null && Characters.count(r.message()) > TEXT_MAX) {
            errors.put("message", "Keep your message to at most " + TEXT_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors, why);
        }
        // A request for help the week already holds keeps its time: sent again, it has waited as long
        // as before, and a contact since answered it. Only a form that showed it (its box ticked)
        // withdraws it: one that could not (no script, a key pasted, a page loaded before the request
        // was made elsewhere) sends its box unticked without the learner having seen the request.
        boolean withdraw = r.needHelp() == Boolean.FALSE && Boolean.TRUE.equals(r.helpShown());
        Instant earlierAsk = withdraw ? null : helpAsked(learner.learnerId(), week);
        boolean needHelp = Boolean.TRUE.equals(r.needHelp()) || earlierAsk != null;
        WeeklyCheckIn checkIn = new WeeklyCheckIn(learner.learnerId(), learner.cohortId(), week, r.progress(),
                r.stepReached(), r.hoursSpent(), r.mood(), blankToNull(r.blockers()), needHelp,
                blankToNull(r.message()), clock.instant(), earlierAsk);
        // A week after the cohort's is a personal plan's (CheckInViews.checkInsUntil): the write
        // itself checks that the plan runs to it, rather than a read of the plan before it.
        LocalDate planRunsTo = week.compareTo(IsoWeek.of(learner.cohortEnd())) > 0 ? week.monday() : null;
        try {
            return new Submitted(checkIn, store.put(checkIn, planRunsTo));
        } catch (CheckInStore.NotInPlan e) {
            throw new InvalidInput(Map.of("week", "Your cohort ended on " + day(learner.cohortEnd())
                    + ", and no personal plan of yours runs to that week."), Map.of("week", OVER, "endDate", learner.cohortEnd().toString()));
        }
    }

    /** When the learner's check-in of that week, if any, first asked for help (null: it asks for none). */
    private Instant helpAsked(String learnerId, IsoWeek week) {
        return store.history(learnerId).stream().filter(c -> c.week().equals(week) && c.needHelp())
                .map(WeeklyCheckIn::helpAskedAt).findFirst().orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A day in a refusal's sentence for API users, in full as the mails and pages write one day in a
     * sentence ("Sunday 3 January 2027", {@link Language#day}); pages word it themselves from the
     * error's params (the reason and the ISO day).
     */
    static String day(LocalDate date) {
        return Language.EN.day(date);
    }
}
