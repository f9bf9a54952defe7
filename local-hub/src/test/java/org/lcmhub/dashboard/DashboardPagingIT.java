package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.dashboard.store.dynamodb.DynamoCohortRecords;
import org.lcmhub.http.Json;
import org.lcmhub.hub.bench.BenchEvents;
import org.lcmhub.hub.bench.CohortLoad;
import org.lcmhub.hub.bench.DynamoCalls;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.learner.Learner;
import org.lcmhub.store.Gsi1;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A cohort too large for one page of DynamoDB's answer (1 MB, which moto applies too): the
 * dashboard and the CSV follow every page, and every learner and standing (with its check-ins) is
 * read exactly once, and no check-in item, at DynamoDB's own page size (through the handler) and
 * at a small one that cuts pages in the middle of a learner (through the store).
 */
@ExtendWith(MotoExtension.class)
class DashboardPagingIT {
    private static final int LEARNERS = 250;
    private static final int WEEKS = 4;
    private static final String LCM = "paging-lcm";
    /**
     * A table of its own, declared as HubTable is: moto copies a whole table for every transaction,
     * and 4 MB more in the shared one would slow every later test's transactions.
     */
    private static final String TABLE = "PagingTable";
    private static CohortLoad.Loaded loaded;

    /**
     * 250 learners x 4 weeks with 2,000-character blockers: about 2 MB of check-ins under the
     * cohort, and as much in the standings that copy them.
     */
    private static synchronized CohortLoad.Loaded cohort(Moto moto) {
        if (loaded == null) {
            SamTemplate.TableDef hubTable = SamTemplate.read(Checkout.template()).tables().get(0);
            new Tables(moto.dynamo(), List.of(new SamTemplate.TableDef(TABLE, hubTable.properties()))).createMissing();
            loaded = CohortLoad.load(moto.dynamo(), TABLE, "paging-" + UUID.randomUUID().toString().substring(0, 8),
                    LEARNERS, WEEKS, 2_000, LCM);
        }
        return loaded;
    }

    @Test
    void theDashboardAndTheCsvFollowEveryOneMegabytePageAndReadEachItemOnce(Moto moto) throws Exception {
        CohortLoad.Loaded c = cohort(moto);
        String base = "/api/cohorts/" + c.cohort().cohortId();
        DynamoCalls calls = new DynamoCalls();
        try (DynamoDbClient counted = calls.client(moto.endpoint())) {
            DashboardHandler handler = new DashboardHandler(counted, TABLE, null, Clock.systemUTC());

            var dashboard = handler.handleRequest(BenchEvents.get(base + "/dashboard", LCM), null);
            assertThat(dashboard.getStatusCode()).as(dashboard.getBody()).isEqualTo(200);
            assertThat(Json.MAPPER.readTree(dashboard.getBody()).get("enrolled").asInt()).isEqualTo(LEARNERS);
            assertThat(calls.byKind()).containsOnlyKeys("GetItem", "Query").containsEntry("GetItem", 1);
            assertThat(calls.bytes()).isGreaterThan(2_000_000);
            // The standings take three pages or more, each after the previous one; each learner and
            // standing once, no check-in item (the dashboard's other queries, e.g. of mentors,
            // find nothing in this table).
            assertThat(calls.continuedPages()).isGreaterThanOrEqualTo(2);
            assertThat(calls.items()).isEqualTo(2 * LEARNERS);

            calls.reset();
            var csv = handler.handleRequest(BenchEvents.get(base + "/export.csv", LCM), null);
            assertThat(csv.getStatusCode()).isEqualTo(200);
            assertThat(calls.items()).isEqualTo(2 * LEARNERS);
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.getBody())).getRecords();
            assertThat(rows).hasSize(LEARNERS);
            Map<String, String> progress = rows.stream().collect(Collectors.toMap(r -> r.get("learnerId"), r -> r.get("progress")));
            // Each learner's progress is their last week's: that check-in was read, on whichever page.
            for (int i = 0; i < LEARNERS; i++) {
                assertThat(progress.get(CohortLoad.learnerId(c.cohort().cohortId(), i))).as("learner " + i)
                        .isEqualTo(Integer.toString(CohortLoad.progress(i, WEEKS)));
            }
        }
    }

    @Test
    void smallPagesCutThroughLearnersAndStillCountEachLearnerAndCheckInOnce(Moto moto) {
        CohortLoad.Loaded c = cohort(moto);
        // DynamoDB's own pages are the test above; 97 items a page cut through learners and weeks.
        CohortRecords.Records r = new DynamoCohortRecords(new Gsi1(moto.dynamo(), TABLE, 97)).read(c.cohort().cohortId());
        Set<String> expected = IntStream.range(0, LEARNERS)
                .mapToObj(i -> CohortLoad.learnerId(c.cohort().cohortId(), i)).collect(Collectors.toSet());
        assertThat(r.learners()).extracting(Learner::learnerId)
                .hasSize(LEARNERS).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(r.checkIns()).hasSize(LEARNERS * WEEKS);
        Set<String> weeks = new HashSet<>();
        Map<String, Integer> perLearner = new HashMap<>();
        for (WeeklyCheckIn w : r.checkIns()) {
            assertThat(weeks.add(w.learnerId() + "/" + w.week())).as("read twice: " + w.learnerId() + " " + w.week())
                    .isTrue();
            perLearner.merge(w.learnerId(), 1, Integer::sum);
        }
        assertThat(perLearner.keySet()).isEqualTo(expected);
        assertThat(perLearner.values()).containsOnly(WEEKS);
    }
}
