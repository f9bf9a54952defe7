package org.lcmhub.signup.store;

import org.lcmhub.signup.model.Learner;
import org.lcmhub.signup.model.SignupResult;

/** Where sign-ups are kept. Implementations write all of a sign-up or none of it. */
public interface SignupStore {
    /**
     * Saves {@code candidate} unless the same email already signed up to the same cohort,
     * in which case the existing learner is returned and nothing is written.
     */
    SignupResult saveOnce(Learner candidate);
}
