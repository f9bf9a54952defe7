package org.lcmhub.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.CheckInStore;

/** Check-ins in a map keyed by learner and week, as the table keys them. */
public final class InMemoryCheckIns implements CheckInStore {
    public final Map<String, WeeklyCheckIn> stored = new ConcurrentHashMap<>();

    @Override
    public boolean put(WeeklyCheckIn c) {
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
