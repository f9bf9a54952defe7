package org.lcmhub.hub.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;

/** {@code ./hub serve --demo}: a living community from the paths in content/, seeded once. */
@ExtendWith(MotoExtension.class)
class DemoDataIT {

    @Test
    void seedsARunningFullCohortAndAnUpcomingOnePerPathOnlyOnce(Moto moto) {
        Clock clock = Clock.fixed(Instant.parse("2031-05-14T10:00:00Z"), ZoneOffset.UTC);
        DemoData demo = new DemoData(Checkout.root(), moto.dynamo(), moto.table(), "http://localhost:8080", clock);

        DemoData.Summary first = demo.seed();
        DemoData.Summary second = demo.seed();

        assertThat(first.cohorts()).isGreaterThanOrEqualTo(2).isEven();
        assertThat(first.learners()).isEqualTo(first.cohorts() / 2 * 23);
        assertThat(first.learnerLink()).startsWith("http://localhost:8080/en/me.html#key=");
        assertThat(second.cohorts()).isZero();
        assertThat(second.toString()).contains("already there");

        DynamoCohortStore cohorts = new DynamoCohortStore(moto.dynamo(), moto.table());
        List<String> alicesCohorts = cohorts.cohortIdsRunBy(LocalIssuer.subFor("alice@example.org"));
        assertThat(alicesCohorts).isNotEmpty();
        Cohort running = cohorts.find(alicesCohorts.stream().filter(id -> id.endsWith("-running")).findFirst().orElseThrow());
        assertThat(running.startDate()).isEqualTo(java.time.LocalDate.parse("2031-04-21"));
        assertThat(running.enrolled()).isEqualTo(12);
        assertThat(running.waitlisted()).isEqualTo(4);
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), "COHORT#" + running.cohortId(), "EMAIL#")).hasSize(16);
        Cohort next = cohorts.find(running.cohortId().replace("-running", "-next"));
        assertThat(next.enrolled()).isEqualTo(7);
        assertThat(next.seatsLeft()).isEqualTo(13);
    }
}
