package org.lcmhub.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.auth.Caller;
import org.lcmhub.checkin.CheckInViews;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.risk.EarlyWarning;
import org.lcmhub.checkin.risk.LearnerHistory;
import org.lcmhub.checkin.risk.Plan;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.dashboard.model.Note;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.dashboard.store.NoteStore;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.signup.model.Learner;
import org.lcmhub.signup.model.LearnerStatus;

/** A cohort's dashboard and notes, for the cohort's LCM team only. */
public class DashboardService {
    static final int NOTE_MAX = 2_000;

    /** The cohort, the standing of each enrolled learner (oldest sign-up first), and its figures. */
    public record Dashboard(Cohort cohort, List<LearnerStanding> learners, CohortKpis kpis) {
    }

    private final CohortStore cohorts;
    private final CohortRecords records;
    private final NoteStore notes;
    private final Clock clock;

    public DashboardService(CohortStore cohorts, CohortRecords records, NoteStore notes, Clock clock) {
        this.cohorts = cohorts;
        this.records = records;
        this.notes = notes;
        this.clock = clock;
    }

    public Dashboard dashboard(Caller lcm, String cohortId) {
        Cohort cohort = teamCohort(lcm, cohortId);
        List<LearnerStanding> standings = standings(cohort, records.read(cohortId), clock.instant());
        return new Dashboard(cohort, standings, CohortKpis.of(standings));
    }

    /** Records a note (or a contact) about a learner of the cohort, for the whole team. */
    public Note addNote(Caller lcm, String cohortId, String learnerId, String text, Boolean contact) {
        teamCohort(lcm, cohortId);
        if (text == null || text.isBlank() || text.length() > NOTE_MAX) {
            throw new InvalidInput(Map.of("text", "Write the note, at most " + NOTE_MAX + " characters."));
        }
        Note note = new Note(learnerId, cohortId, text.strip(), Boolean.TRUE.equals(contact), lcm.sub(),
                clock.instant());
        notes.add(note);
        return note;
    }

    private Cohort teamCohort(Caller lcm, String cohortId) {
        Cohort cohort = cohorts.find(cohortId);
        if (cohort == null) {
            throw new CohortStore.NotFound(cohortId);
        }
        if (!cohort.isRunBy(lcm.sub())) {
            throw new CohortStore.NotOnTeam();
        }
        return cohort;
    }

    /**
     * The early-warning verdict of every enrolled learner, each in their own zone and from their
     * own start; the last contact note clears "asked for help" from before it.
     */
    public static List<LearnerStanding> standings(Cohort cohort, CohortRecords.Records r, Instant now) {
        Map<String, List<WeeklyCheckIn>> checkIns = new HashMap<>();
        r.checkIns().forEach(c -> checkIns.computeIfAbsent(c.learnerId(), k -> new ArrayList<>()).add(c));
        Map<String, Instant> contacts = new HashMap<>();
        r.notes().stream().filter(Note::contact)
                .forEach(n -> contacts.merge(n.learnerId(), n.createdAt(), (a, b) -> a.isAfter(b) ? a : b));
        // The path's steps are not stored with the cohort: one step per week stands in for them.
        Plan plan = new Plan(cohort.weeks(), cohort.weeks());
        List<LearnerStanding> standings = new ArrayList<>();
        for (Learner l : r.learners()) {
            if (l.status() != LearnerStatus.ENROLLED) {
                continue;
            }
            ZoneId zone = ZoneId.of(l.timezone());
            LocalDate today = LocalDate.ofInstant(now, zone);
            List<WeeklyCheckIn> own = checkIns.getOrDefault(l.learnerId(), List.of());
            Instant contact = contacts.get(l.learnerId());
            var history = new LearnerHistory(CheckInViews.ownStart(cohort.startDate(), l.createdAt(), zone),
                    CheckInViews.forRules(own, zone), contact == null ? null : LocalDate.ofInstant(contact, zone));
            IsoWeek last = own.stream().map(WeeklyCheckIn::week).max(Comparator.naturalOrder()).orElse(null);
            IsoWeek thisWeek = IsoWeek.of(today);
            standings.add(new LearnerStanding(l.learnerId(), l.name(), null, last == null ? null : last.monday(),
                    own.stream().anyMatch(c -> c.week().equals(thisWeek)),
                    EarlyWarning.assess(history, plan, cohort.riskPolicy(), today)));
        }
        return standings;
    }
}
