package org.lcmhub.hub.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lcmhub.dashboard.DashboardHandler;
import org.lcmhub.http.Json;
import org.lcmhub.store.Standings;
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

    private PagedDashboardBench() {
    }

    /** Prints the figures; throws when the pages do not give back the baseline's answer. */
    static void run(DashboardHandler handler, DynamoCalls calls, DynamoDbClient plain, String table, String cohortId,
                    String lcmSub, int runs, DashboardBench.Figures baseline, String baselineBody) throws IOException {
        String path = "/api/cohorts/" + cohortId + "/dashboard";
        // A counted write moves the revision, as a check-in would: the next view computes the figures.
        plain.updateItem(u -> u.tableName(table).key(Standings.figuresKey(cohortId)).updateExpression("ADD #rev :one")
                .expressionAttributeNames(Map.of("#rev", Standings.REVISION))
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
        APIGatewayV2HTTPEvent first = event(path, lcmSub, Map.of("limit", Integer.toString(PAGE)));
        calls.reset();
        long t = System.nanoTime();
        JsonNode rebuilt = Json.MAPPER.readTree(DashboardBench.answer(handler.handleRequest(first, null)));
        print("rebuilt", (System.nanoTime() - t) / 1e9, 1, calls, baseline);

        List<double[]> timed = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < runs; r++) {
            calls.reset();
            long cpu = threads.getCurrentThreadCpuTime();
            t = System.nanoTime();
            String body = DashboardBench.answer(handler.handleRequest(first, null));
            timed.add(new double[] {(System.nanoTime() - t) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                body.length()});
        }
        timed.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] median = timed.get(runs / 2);
        print("snapshot", median[0], runs, calls, baseline);
        System.out.printf("    (CPU of the handler %.3f s; answer %.1f MB)%n", median[1], median[2] / 1e6);

        check(handler, path, lcmSub, rebuilt, Json.MAPPER.readTree(baselineBody));
    }

    private static void print(String how, double seconds, int runs, DynamoCalls calls, DashboardBench.Figures base) {
        System.out.printf("  dashboard  paged/%-8s %7.3f s (median of %d)  requests %s  items read %,d  read units %,.1f"
                        + "  -> time %.3fx, read units %.3fx of the whole view from standings%n"
                        + "    (the last view's seconds waiting for the engine, by request: %s)%n", how, seconds, runs,
                calls.byKind(), calls.items(), calls.readUnits(), seconds / base.seconds(),
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
