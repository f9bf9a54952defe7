package org.lcmhub.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.store.LearnerStore;

/** Learners found by id from a map, for tests that only authenticate or look learners up. */
public final class MapLearners implements LearnerStore {
    public final Map<String, Stored> stored = new ConcurrentHashMap<>();

    @Override
    public Stored find(String learnerId) {
        return stored.get(learnerId);
    }

    @Override
    public boolean update(String learnerId, String cohortId, String keyHash, ProfileChanges changes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Map<String, Object>> export(Learner learner) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void erase(Learner learner) {
        throw new UnsupportedOperationException();
    }
}
