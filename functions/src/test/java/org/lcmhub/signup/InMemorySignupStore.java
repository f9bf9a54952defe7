package org.lcmhub.signup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.signup.model.Learner;
import org.lcmhub.signup.model.SignupResult;
import org.lcmhub.signup.store.SignupStore;

/** The store contract kept in memory, for handler and domain tests that are about HTTP or rules. */
final class InMemorySignupStore implements SignupStore {
    private final Map<String, Learner> byCohortAndEmail = new HashMap<>();
    final List<Learner> saved = new ArrayList<>();

    @Override
    public synchronized SignupResult saveOnce(Learner candidate) {
        String key = candidate.cohortId() + "|" + candidate.email();
        Learner existing = byCohortAndEmail.get(key);
        if (existing != null) {
            return new SignupResult(existing, false);
        }
        byCohortAndEmail.put(key, candidate);
        saved.add(candidate);
        return new SignupResult(candidate, true);
    }
}
