package org.lcmhub.hub.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.dynamodb.CheckInItems;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.dynamodb.LearnerItems;
import org.lcmhub.store.Standings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One large cohort written straight into the table with {@code BatchWriteItem} (25 items a
 * request), for the dashboard bench and the paging test: the cohort item through its store, then
 * each enrolled learner's item and one check-in per week built by the stores' own item builders,
 * so the dashboard reads exactly what sign-ups and check-ins write. Sign-up side items the
 * dashboard never reads (email claims) are left out. The cohort runs 16 weeks and is in its week
 * {@code weeks + 1}: every learner checked in each of the {@code weeks} weeks before.
 */
public final class CohortLoad {
    public static final int COHORT_WEEKS = 16;
    private static final int BATCH = 25;

    /** What was written, and how many requests it took. */
    public record Loaded(Cohort cohort, int learners, int checkIns, int requests) {
        /** Learners, their check-ins and one standing each. */
        public int items() {
            return 2 * learners + checkIns;
        }
    }

    private CohortLoad() {
    }

    /**
     * Writes cohort {@code cohortId} run by {@code lcmSub}. {@code blockerChars} pads each
     * check-in's blockers (0 for none), which the standings keep too, to make pages of 1 MB fill
     * with fewer items.
     */
    public static Loaded load(DynamoDbClient dynamo, String table, String cohortId, int learners, int weeks,
                              int blockerChars, String lcmSub) {
        if (weeks >= COHORT_WEEKS) {
            throw new IllegalArgumentException("weeks must be below " + COHORT_WEEKS);
        }
        LocalDate start = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(weeks);
        Cohort cohort = new Cohort(cohortId, "bench-path", "Bench " + cohortId, Language.EN, start, COHORT_WEEKS, learners,
                true, learners, 0, Set.of(lcmSub), Instant.now());
        new DynamoCohortStore(dynamo, table).create(cohort);
        String blockers = blockerChars == 0 ? null : "b".repeat(blockerChars);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int requests = 0;
        for (int i = 0; i < learners; i++) {
            String learnerId = learnerId(cohortId, i);
            Instant signedUp = start.minusDays(1 + i % 10).atTime(9, 0).toInstant(ZoneOffset.UTC).plusSeconds(i);
            items.add(LearnerItems.toItem(new Learner(learnerId, "Learner " + i, learnerId + "@example.org",
                    cohort.pathId(), cohortId, i % 3 == 0 ? Language.FR : Language.EN, "Europe/Paris", null, 4, LearnerStatus.ENROLLED,
                    null, signedUp), "bench-no-key", signedUp));
            Map<String, AttributeValue> standing = new HashMap<>();
            for (int w = 1; w <= weeks; w++) {
                LocalDate monday = start.plusWeeks(w - 1);
                Map<String, AttributeValue> checkIn = CheckInItems.toItem(new WeeklyCheckIn(learnerId, cohortId,
                        IsoWeek.of(monday), progress(i, w), null, 3 + i % 4, 1 + (i + w) % 5, blockers, (i + w) % 17 == 0,
                        null, monday.plusDays(1 + i % 5).atTime(19, 0).toInstant(ZoneOffset.UTC)));
                items.add(checkIn);
                standing.put(Standings.CHECK_IN + IsoWeek.of(monday), CheckInItems.inStanding(checkIn));
            }
            items.add(Standings.item(learnerId, signedUp, cohortId, standing));
            if (items.size() >= BATCH * 40) {
                requests += write(dynamo, table, items);
                items.clear();
            }
        }
        requests += write(dynamo, table, items);
        return new Loaded(cohort, learners, learners * weeks, requests);
    }

    public static String learnerId(String cohortId, int i) {
        return cohortId + "-learner-" + i;
    }

    /** Learner {@code i}'s progress in week {@code w}: never falling, at its highest in the last week. */
    public static int progress(int i, int w) {
        double pace = 0.5 + (i % 11) / 10.0; // half to one and a half times the plan
        return (int) Math.min(100, Math.round(w * 100.0 / COHORT_WEEKS * pace));
    }

    /** Writes in batches of 25, sending again what DynamoDB left unprocessed; returns the requests made. */
    static int write(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items) {
        int requests = 0;
        for (int from = 0; from < items.size(); from += BATCH) {
            List<WriteRequest> batch = items.subList(from, Math.min(items.size(), from + BATCH)).stream()
                    .map(item -> WriteRequest.builder().putRequest(p -> p.item(item)).build()).toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                pending = dynamo.batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
                requests++;
            }
        }
        return requests;
    }
}
