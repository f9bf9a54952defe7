package org.lcmhub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.hub.testing.MatchedPair;
import org.lcmhub.store.Keys;

/**
 * Personal plans and session reports through the local hub (JWT authorizer, learner keys, real SDK
 * on moto): who may read and change a plan, a report whose plan change becomes the next version,
 * the learner's answer, and a no-show turning up as a reason on the LCM's dashboard.
 */
class PlansApiIT extends LocalHubTest {
    @Test
    void aReportChangesThePlanTheLearnerConfirmsItAndEveryVersionIsKept() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now());
        String mentor = token(p.mentorEmail(), "mentor");
        JsonNode start = HubClient.parse(client.json("GET", p.mentee() + "/plan", mentor, null));
        assertThat(start.at("/plan/version").asInt()).isZero();
        assertThat(start.at("/plan/weeklyHours").asInt()).isEqualTo(3);
        assertThat(start.at("/plan/objectives/0/description").asText()).isEqualTo("Build a small web app");
        String objective = start.at("/plan/objectives/0/objectiveId").asText();
        String longer = p.cohort().endDate().plusWeeks(4).toString();
        String today = LocalDate.now().toString();

        HttpResponse<String> filed = client.json("POST", p.mentee() + "/reports", mentor, "{\"date\":\"" + today
                + "\",\"outcome\":\"held\",\"notes\":\"Loops are clear now.\",\"basedOn\":0,"
                + "\"planChange\":{\"weeklyHours\":2,\"endDate\":\"" + longer + "\",\"objectives\":["
                + "{\"objectiveId\":\"" + objective + "\",\"description\":\"Build a small web app\",\"targetDate\":\""
                + longer + "\",\"status\":\"open\"},"
                + "{\"description\":\"Finish the loops exercises\",\"targetDate\":\"" + today + "\",\"status\":\"reached\"}]},"
                + "\"resources\":[{\"kind\":\"guide\",\"slug\":\"weekly-check-ins\"},{\"kind\":\"step\",\"step\":4}],"
                + "\"nextSession\":\"" + LocalDate.now().plusWeeks(1) + "\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode report = HubClient.parse(filed);
        assertThat(report.get("planVersion").asInt()).isEqualTo(1);

        // A second change made on version 0 comes too late: the LCM reloads instead of overwriting.
        HttpResponse<String> stale = client.json("PUT", p.team() + "/plan", token(p.lcm(), "lcm"),
                "{\"basedOn\":0,\"weeklyHours\":6,\"endDate\":\"" + longer + "\"}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);

        JsonNode mine = HubClient.parse(client.json("GET", "/api/me/plan", "Bearer " + p.key(), null));
        assertThat(mine.at("/plan/weeklyHours").asInt()).isEqualTo(2);
        assertThat(mine.at("/plan/endDate").asText()).isEqualTo(longer);
        assertThat(mine.at("/reports/0/resources")).hasSize(2);
        String reportId = mine.at("/reports/0/reportId").asText();
        HttpResponse<String> confirmed = client.json("POST", "/api/me/reports/" + reportId + "/answer",
                "Bearer " + p.key(), "{\"answer\":\"confirmed\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(client.json("POST", "/api/me/reports/" + reportId + "/answer", "Bearer " + p.key(),
                "{\"answer\":\"talk-again\"}").statusCode()).isEqualTo(409);

        // The mentor sees the answer; the learner's pace is judged on their own, longer plan.
        JsonNode mentees = HubClient.parse(client.json("GET", "/api/mentors/me/mentees", mentor, null));
        assertThat(mentees.at("/mentees/0/lastReport/answer").asText()).isEqualTo("confirmed");
        JsonNode me = HubClient.parse(client.json("GET", "/api/me", "Bearer " + p.key(), null));
        assertThat(me.at("/standing/planWeeks").asInt()).isGreaterThan(p.cohort().weeks());

        JsonNode team = HubClient.parse(client.json("GET", p.team() + "/plan", token(p.lcm(), "lcm"), null));
        assertThat(team.get("versions")).hasSize(1);
        HttpResponse<String> byLcm = client.json("PUT", p.team() + "/plan", token(p.lcm(), "lcm"),
                "{\"basedOn\":1,\"weeklyHours\":4,\"endDate\":\"" + longer + "\"}");
        assertThat(byLcm.statusCode()).as(byLcm.body()).isEqualTo(200);
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(p.learnerId())))
                .extracting(i -> i.get("SK").s()).contains("PLAN", "PLANV#000001", "PLANV#000002");
    }

    @Test
    void nobodyElseReadsOrChangesThePlanAndBadInputLeavesNothingBehind() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now());
        String stranger = token(unique("farid") + "@example.org", "mentor");
        assertThat(client.json("GET", p.mentee() + "/plan", stranger, null).statusCode()).isEqualTo(404);
        assertThat(client.json("POST", p.mentee() + "/reports", stranger,
                "{\"date\":\"" + LocalDate.now() + "\",\"outcome\":\"held\",\"notes\":\"Loops.\"}").statusCode()).isEqualTo(404);
        assertThat(client.json("GET", p.team() + "/plan", token(unique("bruno") + "@example.org", "lcm"), null)
                .statusCode()).isEqualTo(403);
        assertThat(client.json("GET", "/api/me/plan", "Bearer nope", null).statusCode()).isEqualTo(401);

        HttpResponse<String> bad = client.json("POST", p.mentee() + "/reports", token(p.mentorEmail(), "mentor"),
                "{\"date\":\"tomorrow\",\"outcome\":\"fine\",\"notes\":\"a\\u0000b\",\"planChange\":{\"weeklyHours\":0,"
                        + "\"endDate\":\"2020-01-01\",\"objectives\":[{\"description\":\"\"}]},"
                        + "\"resources\":[{\"kind\":\"video\"}]}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        java.util.List<String> names = new java.util.ArrayList<>();
        HubClient.parse(bad).at("/error/fields").fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("date", "outcome", "notes", "planChange.weeklyHours", "planChange.endDate",
                "planChange.objectives[0].description", "planChange.objectives[0].targetDate", "resources[0]");
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(p.learnerId())))
                .extracting(i -> i.get("SK").s()).noneMatch(sk -> sk.startsWith("PLAN") || sk.startsWith("REPORT#"));
    }

    /**
     * The learner confirmed the mentor's report on a 1:1; another report on that 1:1 is refused (409
     * report_confirmed, naming the confirmed report and when), nothing written, until it says it
     * replaces it: then it is saved, the first reads as replaced and the learner answers the new one.
     */
    @Test
    void aReportOnA1To1TheLearnerConfirmedReplacesItOnlyWhenItSaysSo() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now());
        String mentor = token(p.mentorEmail(), "mentor");
        String today = LocalDate.now().toString();
        String body = "{\"date\":\"" + today + "\",\"outcome\":\"held\",\"notes\":\"Loops.\"";
        HttpResponse<String> filed = client.json("POST", p.mentee() + "/reports", mentor, body + "}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String first = HubClient.parse(filed).get("reportId").asText();
        HttpResponse<String> confirmed = client.json("POST", "/api/me/reports/" + first + "/answer",
                "Bearer " + p.key(), "{\"answer\":\"confirmed\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        String confirmedAt = HubClient.parse(confirmed).get("answeredAt").asText();

        HttpResponse<String> refused = client.json("POST", p.mentee() + "/reports", mentor, body + "}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        JsonNode error = HubClient.parse(refused).get("error");
        assertThat(error.get("code").asText()).isEqualTo("report_confirmed");
        assertThat(error.at("/params/reportId").asText()).isEqualTo(first);
        assertThat(error.at("/params/date").asText()).isEqualTo(today);
        assertThat(error.at("/params/confirmedAt").asText()).isEqualTo(confirmedAt);
        assertThat(HubClient.parse(client.json("GET", p.mentee() + "/reports", mentor, null)).get("reports")).hasSize(1);

        HttpResponse<String> replacing = client.json("POST", p.mentee() + "/reports", mentor,
                body + ",\"replaceConfirmed\":true,\"replaces\":\"" + first + "\"}");
        assertThat(replacing.statusCode()).as(replacing.body()).isEqualTo(201);
        String second = HubClient.parse(replacing).get("reportId").asText();
        JsonNode reports = HubClient.parse(client.json("GET", p.mentee() + "/reports", mentor, null)).get("reports");
        assertThat(reports).hasSize(2);
        assertThat(reports.get(1).get("replacedBy").asText()).isEqualTo(second);
        assertThat(client.json("POST", "/api/me/reports/" + second + "/answer", "Bearer " + p.key(),
                "{\"answer\":\"confirmed\"}").statusCode()).isEqualTo(200);
        assertThat(client.json("POST", p.mentee() + "/reports", mentor, body + ",\"replaceConfirmed\":\"maybe\"}")
                .statusCode()).as("a flag that is no boolean").isEqualTo(400);
    }

    /**
     * Only My page asks whether a report is accurate: the learner is mailed that one waits, once,
     * even when the LCM's report also changed their plan (a plan mail of its own otherwise).
     */
    @Test
    void theLearnerIsMailedOnceOfAReportThatChangedTheirPlan() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now());
        String longer = p.cohort().endDate().plusWeeks(2).toString();
        HttpResponse<String> filed = client.json("POST", p.team() + "/reports", token(p.lcm(), "lcm"),
                "{\"date\":\"" + LocalDate.now() + "\",\"outcome\":\"held\",\"notes\":\"Loops.\",\"basedOn\":0,"
                        + "\"planChange\":{\"weeklyHours\":2,\"endDate\":\"" + longer + "\",\"objectives\":[]}}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode outbox = HubClient.parse(client.json("GET", "/dev/outbox?to=" + java.net.URLEncoder.encode(
                p.learnerEmail(), java.nio.charset.StandardCharsets.UTF_8), null, null)).get("messages");
        java.util.List<String> kinds = new java.util.ArrayList<>();
        outbox.forEach(m -> kinds.add(m.get("kind").asText()));
        assertThat(kinds).contains("report-filed").doesNotContain("plan-changed");
        assertThat(kinds.stream().filter("report-filed"::equals)).hasSize(1);
        assertThat(outbox.toString()).contains(p.lcm(), "/me.html#me-plan");
    }

    /** Else the learner's page says they should be done already and are far behind. */
    @Test
    void aReportCannotEndThePlanBeforeTheLearnersWeekIsOver() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now().minusWeeks(3));
        HttpResponse<String> past = client.json("POST", p.mentee() + "/reports", token(p.mentorEmail(), "mentor"),
                "{\"date\":\"" + LocalDate.now().minusDays(1) + "\",\"outcome\":\"held\",\"notes\":\"Loops.\",\"basedOn\":0,"
                        + "\"planChange\":{\"weeklyHours\":3,\"endDate\":\"" + LocalDate.now().minusDays(2)
                        + "\",\"objectives\":[]}}");
        assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
        JsonNode error = HubClient.parse(past).get("error");
        assertThat(error.at("/fields").has("planChange.endDate")).isTrue();
        assertThat(error.at("/params/planChange.endDate").asText()).isEqualTo("before-this-week");
        LocalDate earliest = LocalDate.parse(error.at("/params/earliestEndDate").asText());
        // The later of the end of the learner's current week and a week after their start: Awa joined
        // today (Dakar's clock), in the cohort's fourth week, so a week after today.
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Africa/Dakar"));
        LocalDate sunday = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
        LocalDate weekAfterStart = today.plusWeeks(1);
        assertThat(earliest).isEqualTo(sunday.isBefore(weekAfterStart) ? weekAfterStart : sunday);
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(p.learnerId())))
                .extracting(i -> i.get("SK").s()).noneMatch(sk -> sk.startsWith("PLAN") || sk.startsWith("REPORT#"));
    }

    /**
     * The walk's case: a report on a 1:1 that took place, saved with nothing in it, is refused on
     * {@code notes} (params: required), nothing written and nothing mailed to the learner.
     */
    @Test
    void aHeldReportWithNothingInItIsRefusedAndNobodyIsMailed() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now());
        int mails = outbox(p.learnerEmail()).size();
        HttpResponse<String> empty = client.json("POST", p.mentee() + "/reports", token(p.mentorEmail(), "mentor"),
                "{\"date\":\"" + LocalDate.now() + "\",\"outcome\":\"held\",\"notes\":null,\"resources\":[],"
                        + "\"planChange\":null,\"nextSession\":null}");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(HubClient.parse(empty).at("/error/fields").has("notes")).isTrue();
        assertThat(HubClient.parse(empty).at("/error/params/notes").asText()).isEqualTo("required");
        assertThat(reportItems(p)).isZero();
        assertThat(outbox(p.learnerEmail())).hasSize(mails);
    }

    private long reportItems(MatchedPair p) {
        return Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(p.learnerId())).stream()
                .filter(i -> i.get("SK").s().startsWith("REPORT#")).count();
    }

    private java.util.List<JsonNode> outbox(String to) throws Exception {
        java.util.List<JsonNode> list = new java.util.ArrayList<>();
        HubClient.parse(client.json("GET", "/dev/outbox?to=" + java.net.URLEncoder.encode(to,
                java.nio.charset.StandardCharsets.UTF_8), null, null)).get("messages").forEach(list::add);
        return list;
    }

    @Test
    void aNoShowIsAReasonOnTheDashboard() throws Exception {
        MatchedPair p = matchedPair(LocalDate.now());
        HttpResponse<String> filed = client.json("POST", p.mentee() + "/reports", token(p.mentorEmail(), "mentor"),
                "{\"date\":\"" + LocalDate.now().minusDays(1) + "\",\"outcome\":\"no-show\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode dashboard = HubClient.parse(client.json("GET", "/api/cohorts/" + p.cohort().cohortId() + "/dashboard",
                token(p.lcm(), "lcm"), null));
        assertThat(dashboard.toString()).contains("\"code\":\"missed-one-to-ones\"");
        assertThat(export(p)).contains("Missed one 1:1");

        // Filed again for the same 1:1 without naming the first: refused, the first named, nothing
        // written and no mail; naming it, the report replaces the first, which waits for no answer.
        String firstId = HubClient.parse(filed).get("reportId").asText();
        String correction = "{\"date\":\"" + LocalDate.now().minusDays(1) + "\",\"outcome\":\"held\",\"notes\":\"Loops.\"";
        int mails = outbox(p.learnerEmail()).size();
        HttpResponse<String> unaware = client.json("POST", p.mentee() + "/reports", token(p.mentorEmail(), "mentor"),
                correction + "}");
        assertThat(unaware.statusCode()).as(unaware.body()).isEqualTo(409);
        assertThat(HubClient.parse(unaware).at("/error/code").asText()).isEqualTo("report_exists");
        assertThat(HubClient.parse(unaware).at("/error/params/reportId").asText()).isEqualTo(firstId);
        assertThat(reportItems(p)).isEqualTo(1);
        assertThat(outbox(p.learnerEmail())).hasSize(mails);
        HttpResponse<String> again = client.json("POST", p.mentee() + "/reports", token(p.mentorEmail(), "mentor"),
                correction + ",\"replaces\":\"" + firstId + "\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        JsonNode reports = HubClient.parse(client.json("GET", p.mentee() + "/plan", token(p.mentorEmail(), "mentor"), null))
                .get("reports");
        assertThat(reports).hasSize(2);
        assertThat(reports.at("/0/replacedBy").isNull()).isTrue();
        assertThat(reports.at("/1/replacedBy").asText()).isEqualTo(HubClient.parse(again).get("reportId").asText());
        assertThat(reports.at("/1/reportId").asText()).isEqualTo(HubClient.parse(filed).get("reportId").asText());

        // An answer to the replaced one (a page loaded before the correction) is refused, nothing kept.
        String replaced = HubClient.parse(filed).get("reportId").asText();
        HttpResponse<String> late = client.json("POST", "/api/me/reports/" + replaced + "/answer", "Bearer " + p.key(),
                "{\"answer\":\"talk-again\"}");
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        JsonNode error = HubClient.parse(late).get("error");
        assertThat(error.get("code").asText()).isEqualTo("report_replaced");
        assertThat(error.at("/params/replacedBy").asText()).isEqualTo(HubClient.parse(again).get("reportId").asText());
        JsonNode mine = HubClient.parse(client.json("GET", "/api/me/plan", "Bearer " + p.key(), null));
        assertThat(mine.at("/reports/1/answer").isNull()).as(mine.toString()).isTrue();

        // The LCM's spreadsheet counts the corrected 1:1 once, as held: no missed 1:1 left in it.
        assertThat(export(p)).doesNotContain("Missed");
    }

    /** The LCM's export, as the dashboard downloads it for an English reader. */
    private String export(MatchedPair p) throws Exception {
        HttpResponse<String> csv = client.json("GET", "/api/cohorts/" + p.cohort().cohortId() + "/export.csv?lang=en",
                token(p.lcm(), "lcm"), null);
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        return csv.body();
    }
}
