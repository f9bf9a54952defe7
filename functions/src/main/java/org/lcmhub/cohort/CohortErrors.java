package org.lcmhub.cohort;

import java.util.function.Supplier;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.http.ApiException;

/** The HTTP answers every staff route on a cohort gives when the cohort is missing or not the caller's. */
public final class CohortErrors {
    private CohortErrors() {
    }

    /** Runs an action on a cohort for its LCM team: a missing cohort is a 404, a caller off the team a 403. */
    public static <T> T asTeam(Supplier<T> action) {
        try {
            return action.get();
        } catch (CohortStore.NotFound e) {
            throw ApiException.notFound("No such cohort.");
        } catch (CohortStore.NotOnTeam e) {
            throw new ApiException(403, "forbidden", "Only the cohort's LCM team may do this.");
        }
    }
}
