package org.lcmhub.guides.store.dynamodb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.guides.store.LcmTeams;
import org.lcmhub.store.Gsi1;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The running and coming cohorts from the index of cohorts by end date ({@code COHORTS},
 * {@code GSI1SK >= END#<today>}), then each one's team ({@code LCM#} items, with the address,
 * language and name recorded there): a query per cohort, a few dozen at most, once per guide sent for review.
 */
public final class DynamoLcmTeams implements LcmTeams {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CohortStore cohorts;

    public DynamoLcmTeams(DynamoDbClient dynamo, String table, CohortStore cohorts) {
        this.dynamo = dynamo;
        this.table = table;
        this.cohorts = cohorts;
    }

    @Override
    public List<Lcm> lcms(LocalDate today) {
        List<String> ids = Gsi1.of(dynamo, table).cohortsEndingOnOrAfter(today);
        Map<String, Lcm> bySub = new LinkedHashMap<>();
        for (String id : ids) {
            cohorts.team(id).stream().filter(m -> m.email() != null && !m.email().isBlank())
                    .forEach(m -> bySub.merge(m.sub(), new Lcm(m.sub(), m.email(), m.language(), blankless(m.name())),
                            // Any team of theirs that records their language, or name, says it (all do once they open the cohorts list).
                            (known, other) -> new Lcm(known.sub(), known.email(),
                                    known.language() != null ? known.language() : other.language(),
                                    known.name() != null ? known.name() : other.name())));
        }
        return new ArrayList<>(bySub.values());
    }

    private static String blankless(String name) {
        return name == null || name.isBlank() ? null : name;
    }
}
