package org.lcmhub.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.CheckInStore;

/** Check-ins in a map keyed by learner and week, as the table keys them. */
public final class InMemoryCheckIns implements CheckInStore {
    public final Map<String, WeeklyCheckIn> stored = new ConcurrentHashMap<>();

    /** Each learner's personal plan's end, as the table's {@code PLAN} item holds it. */
    public final Map<String, LocalDate> planEnds = new ConcurrentHashMap<>();

    @Override
    public boolean put(WeeklyCheckIn c, LocalDate planRunsTo) {
        LocalDate end = planEnds.get(c.learnerId());
        if (planRunsTo != null && (end == null || end.isBefore(planRunsTo))) {
            throw new NotInPlan(c.learnerId());
        }
        return stored.put(c.learnerId() + "|" + c.week(), c) == null;
    }

    @Override
    public List<WeeklyCheckIn> history(String learnerId) {
        return stored.values().stream().filter(c -> c.learnerId().equals(learnerId))
                .sorted(Comparator.comparing(WeeklyCheckIn::week)).toList();
    }

    @Override
    public List<WeeklyCheckIn> ofCohort(String cohortId) {
        return stored.values().stream().filter(c -> c.cohortId().equals(cohortId)).toList();
    }
}
