package org.lcmhub.hub.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.lcmhub.cohort.PathTitles;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.MotoExtension.Moto;

/**
 * A cohort that has begun, run by one LCM, written to the store as the API would have created it
 * before its first day: the API refuses a first day that has begun anywhere on Earth, and tests of
 * a running cohort's pages start from one.
 */
public final class RunningCohorts {
    private RunningCohorts() {
    }

    /** Creates it, open, with {@code lcmEmail} on its team ({@code title} null: the path's own); returns its id. */
    public static String create(Moto moto, String lcmEmail, String pathId, String title, Language language,
                                LocalDate start, int weeks, int seats) {
        String id = pathId + "-" + start + "-" + UUID.randomUUID().toString().substring(0, 4);
        Cohort cohort = new Cohort(id, pathId, title != null ? title : PathTitles.cohortTitle(pathId, language), language,
                start, weeks, seats, true, 0, 0, Set.of(LocalIssuer.subFor(lcmEmail)), Instant.now());
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(cohort, lcmEmail);
        return id;
    }
}
