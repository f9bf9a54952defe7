package org.lcmhub.hub.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.time.Instant;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.dashboard.DashboardHandler;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.notes.Note;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Keys;
import org.lcmhub.http.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The paged dashboard ({@code ?limit=}) against the whole dashboard read from the standings (the
 * baseline, measured just before in the same run): one view that must compute the figures (the
 * cohort's revision moved), then views served from the snapshot, and a walk through every page
 * whose figures and learners must be exactly the baseline's.
 */
final class PagedDashboardBench {
    static final int PAGE = 50;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private PagedDashboardBench() {
    }

    /** Prints the figures; throws when the pages do not give back the baseline's answer. */
    static void run(DashboardHandler handler, DynamoCalls calls, DynamoDbClient counted, DynamoDbClient plain,
                    String table, String cohortId, String lcmSub, int runs, DashboardBench.Figures baseline,
                    String baselineBody) throws IOException {
        String path = "/api/cohorts/" + cohortId + "/dashboard";
        // No figures item yet (the load wrote none): the first view reads the cohort in full and keeps the model.
        APIGatewayV2HTTPEvent first = event(path, lcmSub, Map.of("limit", Integer.toString(PAGE)));
        calls.reset();
        long t = System.nanoTime();
        JsonNode rebuilt = Json.MAPPER.readTree(DashboardBench.answer(handler.handleRequest(first, null)));
        print("rebuilt", (System.nanoTime() - t) / 1e9, 1, calls, baseline);

        List<double[]> timed = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            calls.reset();
            long cpu = CPU.getCurrentThreadCpuTime();
            t = System.nanoTime();
            String body = DashboardBench.answer(handler.handleRequest(first, null));
            timed.add(new double[] {(System.nanoTime() - t) / 1e9, (CPU.getCurrentThreadCpuTime() - cpu) / 1e9,
                body.length()});
        }
        timed.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] median = timed.get(runs / 2);
        print("snapshot", median[0], runs, calls, baseline);
        System.out.printf("    (CPU of the handler %.3f s; answer %.1f MB)%n", median[1], median[2] / 1e6);

        check(handler, path, lcmSub, rebuilt, Json.MAPPER.readTree(baselineBody));
        afterWrites(handler, calls, counted, plain, table, cohortId, lcmSub, runs, baseline);
    }

    /**
     * A check-in, a contact note and a sign-up, each through its store (its transaction names the
     * learner on the figures item), then a page: it patches the model with that learner alone
     * ({@code runs} times each, the median printed; the requests and read units are the last's).
     * Then a view a minute later without any write (the snapshot expired: every verdict judged
     * again from the model), and one an hour later (the mentors' names read again, not the
     * cohort). Each page's figures must be those of a whole view read just after.
     */
    private static void afterWrites(DashboardHandler handler, DynamoCalls calls, DynamoDbClient counted,
                                    DynamoDbClient plain, String table, String cohortId, String lcmSub, int runs,
                                    DashboardBench.Figures baseline) throws IOException {
        String path = "/api/cohorts/" + cohortId + "/dashboard";
        APIGatewayV2HTTPEvent page = event(path, lcmSub, Map.of("limit", Integer.toString(PAGE)));
        Map<String, java.util.function.IntConsumer> writes = new java.util.LinkedHashMap<>();
        writes.put("check-in", r -> {
            Instant now = Instant.now();
            new DynamoCheckInStore(plain, table).put(new WeeklyCheckIn(CohortLoad.learnerId(cohortId, 7 + r), cohortId,
                    IsoWeek.of(now.atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate()), 97, null, 5, 2,
                    "stuck on the project", true, null, now));
        });
        writes.put("note", r -> new DynamoNoteStore(plain, table).add(new Note(CohortLoad.learnerId(cohortId, 11 + r),
                cohortId, "Called them", true, lcmSub, Instant.now())));
        writes.put("sign-up", r -> {
            // One more seat, so the sign-up enrols (a waitlisted learner changes no figure).
            plain.updateItem(u -> u.tableName(table).key(Keys.cohort(cohortId)).updateExpression("SET seats = seats + :one")
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
            String id = cohortId + "-late-sign-up-" + r;
            new DynamoSignupStore(plain, table).place(new Learner(id, "Late Learner " + r, id + "@example.org", "bench-path",
                    cohortId, Language.EN, "Europe/Paris", null, 4, LearnerStatus.ENROLLED, null, Instant.now()),
                    "bench-no-key", Instant.now(), java.time.Duration.ZERO);
        });
        // A warm-up, as for the whole view: one check-in and the view that patches the figures, not timed.
        writes.get("check-in").accept(runs);
        DashboardBench.answer(handler.handleRequest(page, null));
        for (Map.Entry<String, java.util.function.IntConsumer> write : writes.entrySet()) {
            // Each run writes once (another learner each time), then views a page; the median is printed.
            List<double[]> timed = new ArrayList<>();
            JsonNode paged = null;
            for (int r = 0; r < runs; r++) {
                write.getValue().accept(r);
                calls.reset();
                long cpu = CPU.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                paged = Json.MAPPER.readTree(DashboardBench.answer(handler.handleRequest(page, null)));
                timed.add(new double[] {(System.nanoTime() - t) / 1e9, (CPU.getCurrentThreadCpuTime() - cpu) / 1e9});
            }
            timed.sort((a, b) -> Double.compare(a[0], b[0]));
            print("after a " + write.getKey(), timed.get(runs / 2)[0], runs, calls, baseline);
            System.out.printf("    (CPU of the handler %.3f s)%n", timed.get(runs / 2)[1]);
            sameFigures(handler, path, lcmSub, paged, "a " + write.getKey());
        }
        DashboardHandler later = new DashboardHandler(counted, table, null,
                Clock.offset(Clock.systemUTC(), java.time.Duration.ofSeconds(61)));
        calls.reset();
        long t = System.nanoTime();
        JsonNode paged = Json.MAPPER.readTree(DashboardBench.answer(later.handleRequest(page, null)));
        print("a minute on, no write", (System.nanoTime() - t) / 1e9, 1, calls, baseline);
        sameFigures(later, path, lcmSub, paged, "a minute without writes");
        // Hours on: still judged from the model (the cohort is read in full by its first view only).
        DashboardHandler hoursOn = new DashboardHandler(counted, table, null,
                Clock.offset(Clock.systemUTC(), java.time.Duration.ofMinutes(61)));
        calls.reset();
        t = System.nanoTime();
        paged = Json.MAPPER.readTree(DashboardBench.answer(hoursOn.handleRequest(page, null)));
        print("an hour on, no write", (System.nanoTime() - t) / 1e9, 1, calls, baseline);
        sameFigures(hoursOn, path, lcmSub, paged, "an hour without writes");
    }

    /** The page's figures against a whole view read now (which reads every learner). */
    private static void sameFigures(DashboardHandler handler, String path, String lcmSub, JsonNode paged, String after)
            throws IOException {
        ObjectNode whole = (ObjectNode) Json.MAPPER.readTree(DashboardBench.answer(handler.handleRequest(
                BenchEvents.get(path, lcmSub), null)));
        whole.remove("learners");
        ObjectNode own = paged.deepCopy();
        own.remove(List.of("learners", "next", "figuresAt"));
        if (!own.equals(whole)) {
            throw new IllegalStateException("after " + after + ": the page's figures differ from the whole view's");
        }
        System.out.printf("    the page's figures are the whole view's after %s (enrolled %d)%n", after,
                whole.get("enrolled").asInt());
    }

    private static void print(String how, double seconds, int runs, DynamoCalls calls, DashboardBench.Figures base) {
        System.out.printf("  dashboard  paged/%-22s %7.3f s (median of %d)  requests %s  items read %,d  read units %,.1f"
                        + "  model parts written %d  -> time %.3fx, read units %.3fx of the whole view from standings%n"
                        + "    (the last view's seconds waiting for the engine, by request: %s)%n", how, seconds, runs,
                calls.byKind(), calls.items(), calls.readUnits(),
                calls.writtenItems().stream().filter(k -> k.contains("#MODEL#")).count(), seconds / base.seconds(),
                calls.readUnits() / base.readUnits(), calls.secondsByKind());
    }

    /** Every page in turn: the figures of each and the learners of all, in order, must be the baseline's. */
    private static void check(DashboardHandler handler, String path, String lcmSub, JsonNode firstPage, JsonNode whole)
            throws IOException {
        ObjectNode figures = whole.deepCopy();
        figures.remove("learners");
        List<JsonNode> seen = new ArrayList<>();
        JsonNode page = firstPage;
        int pages = 0;
        while (true) {
            pages++;
            ObjectNode own = page.deepCopy();
            own.remove(List.of("learners", "next", "figuresAt"));
            if (!own.equals(figures)) {
                throw new IllegalStateException("page " + pages + ": the figures differ from the whole view's");
            }
            page.get("learners").forEach(seen::add);
            if (page.get("next").isNull()) {
                break;
            }
            page = Json.MAPPER.readTree(DashboardBench.answer(handler.handleRequest(event(path, lcmSub,
                    Map.of("limit", Integer.toString(PAGE), "cursor", page.get("next").asText())), null)));
        }
        List<JsonNode> expected = new ArrayList<>();
        whole.get("learners").forEach(expected::add);
        if (!seen.equals(expected)) {
            throw new IllegalStateException("the pages gave " + seen.size() + " learners, the whole view "
                    + expected.size() + ", or not the same, or not in its order");
        }
        System.out.printf("    paged: %d pages of %d gave the whole view's %,d learners and its figures, exactly%n",
                pages, PAGE, seen.size());
    }

    private static APIGatewayV2HTTPEvent event(String path, String lcmSub, Map<String, String> query) {
        APIGatewayV2HTTPEvent e = BenchEvents.get(path, lcmSub);
        e.setQueryStringParameters(query);
        return e;
    }
}
