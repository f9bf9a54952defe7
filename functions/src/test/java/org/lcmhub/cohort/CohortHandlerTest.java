package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.http.Json;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.Messages;
import org.lcmhub.testing.HeldSeats;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.RecordingMailer;

/** The cohort handler driven by payload-2.0 events carrying (or not) the authorizer's claims. */
class CohortHandlerTest {
    private final InMemoryCohorts cohorts = new InMemoryCohorts()
            .with(InMemoryCohorts.cohort("py-2027-01", "python-foundations", 30, true))
            .with(InMemoryCohorts.cohort("py-closed", "python-foundations", 30, false));
    private final CohortHandler handler = new CohortHandler(new CohortService(cohorts, new org.lcmhub.testing.NoSeats(), new RecordingMailer(), new Messages(""), Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)));

    private static APIGatewayV2HTTPEvent event(String method, String path, String query, String body,
                                               Map<String, String> claims) {
        return org.lcmhub.hub.testing.Fixtures.jsonEvent(method, path, claims,
                query == null ? null : Map.of("pathId", query), body);
    }

    @Test
    void listsOnlyOpenCohortsOfThePathToAnyone() throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event("GET", "/api/cohorts", "python-foundations",
                null, null), null);
        JsonNode list = Json.MAPPER.readTree(response.getBody()).get("cohorts");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("cohortId").asText()).isEqualTo("py-2027-01");
        assertThat(response.getBody()).doesNotContain("lcm-1");
    }

    @Test
    void theCreatorComesFromTheClaimsNeverFromTheBody() throws Exception {
        String body = "{\"pathId\":\"js-basics\",\"startDate\":\"2027-03-01\",\"weeks\":6,\"seats\":20,"
                + "\"language\":\"en\",\"sub\":\"intruder\"}";
        assertThat(handler.handleRequest(event("POST", "/api/cohorts", null, body, null), null).getStatusCode())
                .isEqualTo(401);
        assertThat(handler.handleRequest(event("POST", "/api/cohorts", null, body,
                Map.of("sub", "m-1", "cognito:groups", "[mentor]")), null).getStatusCode()).isEqualTo(403);

        APIGatewayV2HTTPResponse created = handler.handleRequest(event("POST", "/api/cohorts", null, body,
                Map.of("sub", "lcm-9", "email", "alice@example.org", "cognito:groups", "[lcm mentor]")), null);

        assertThat(created.getStatusCode()).isEqualTo(201);
        JsonNode cohort = Json.MAPPER.readTree(created.getBody());
        assertThat(cohort.get("team")).hasSize(1);
        assertThat(cohort.get("team").get(0).asText()).isEqualTo("lcm-9");
        assertThat(cohorts.find(cohort.get("cohortId").asText()).lcms()).containsExactly("lcm-9");
    }

    @Test
    void aCohortCreatedWithoutATitleIsNamedInWordsInItsLanguage() throws Exception {
        Map<String, String> lcm = Map.of("sub", "lcm-9", "email", "alice@example.org", "cognito:groups", "[lcm]");
        String french = "{\"pathId\":\"python-8-weeks\",\"startDate\":\"2027-03-01\",\"weeks\":8,\"seats\":20,"
                + "\"language\":\"fr\"}";
        JsonNode fr = Json.MAPPER.readTree(handler.handleRequest(event("POST", "/api/cohorts", null, french, lcm), null)
                .getBody());
        assertThat(fr.get("title").asText()).isEqualTo("Débuter en Python en 8\u00a0semaines");
        JsonNode en = Json.MAPPER.readTree(handler.handleRequest(event("POST", "/api/cohorts", null,
                french.replace("\"fr\"", "\"en\""), lcm), null).getBody());
        assertThat(en.get("title").asText()).isEqualTo("Getting started with Python in 8 weeks");
        // A path no page names yet: its id in words. No start date: the pages say it beside the title.
        JsonNode unknown = Json.MAPPER.readTree(handler.handleRequest(event("POST", "/api/cohorts", null,
                french.replace("python-8-weeks", "rust-basics"), lcm), null).getBody());
        assertThat(unknown.get("title").asText()).isEqualTo("Rust basics");
    }

    /** A staff page asks in its own language (Accept-Language, as staff.js sends it). */
    private JsonNode mine(Map<String, String> lcm, String language) throws Exception {
        var event = event("GET", "/api/cohorts/mine", null, null, lcm);
        event.setHeaders(language == null ? Map.of() : Map.of("accept-language", language));
        return Json.MAPPER.readTree(handler.handleRequest(event, null).getBody()).get("cohorts");
    }

    @Test
    void aCohortNamedAfterItsPathIsNamedInThePagesLanguageATypedTitleAsTyped() throws Exception {
        Map<String, String> lcm = Map.of("sub", "lcm-7", "email", "alice@example.org", "cognito:groups", "[lcm]");
        String english = "{\"pathId\":\"data-analysis-10-weeks\",\"startDate\":\"2027-03-01\",\"weeks\":10,"
                + "\"seats\":20,\"language\":\"en\"}";
        handler.handleRequest(event("POST", "/api/cohorts", null, english, lcm), null);
        handler.handleRequest(event("POST", "/api/cohorts", null,
                english.replace("\"language\"", "\"title\":\"Evening group\",\"language\""), lcm), null);

        assertThat(mine(lcm, "fr-FR,fr;q=0.9")).extracting(c -> c.get("title").asText()).containsExactlyInAnyOrder(
                "Analyse de données\u00a0: du tableur à Python en 10\u00a0semaines", "Evening group");
        assertThat(mine(lcm, "en")).extracting(c -> c.get("title").asText()).containsExactlyInAnyOrder(
                "Data analysis: from spreadsheets to Python in 10 weeks", "Evening group");
        // Without a language, as stored: for scripts.
        assertThat(mine(lcm, null)).extracting(c -> c.get("title").asText())
                .contains("Data analysis: from spreadsheets to Python in 10 weeks");
    }

    /**
     * Two cohorts of one title and first day are told apart on the staff pages: each comes with its
     * team by the names its members know each other by (else their address), which its ids are not;
     * a cohort no other is alike gets no such read.
     */
    @Test
    void twinCohortsComeWithTheirTeamsNames() throws Exception {
        Map<String, String> lcm = Map.of("sub", "lcm-1", "email", "alice@example.org", "name", "Alice Ward", "cognito:groups", "[lcm]");
        for (String id : List.of("tw-a", "tw-b")) {
            cohorts.with(new Cohort(id, "python-foundations", "Evening twins", Language.EN, LocalDate.parse("2027-03-01"), 8, 20,
                    true, 0, 0, java.util.Set.of("lcm-1"), Instant.parse("2026-11-01T00:00:00Z")));
        }
        cohorts.addToTeam("tw-b", "lcm-1", "lcm-2");
        cohorts.recordEmail("tw-b", "lcm-2", "zoe@example.org", "Bruno Keller");

        Map<String, JsonNode> byId = new TreeMap<>();
        mine(lcm, "en").forEach(c -> byId.put(c.get("cohortId").asText(), c));
        assertThat(byId.get("tw-a").get("teamNames")).extracting(JsonNode::asText).containsExactly("Alice Ward");
        assertThat(byId.get("tw-b").get("teamNames")).extracting(JsonNode::asText).containsExactly("Alice Ward", "Bruno Keller");
        assertThat(byId.get("py-2027-01").has("teamNames")).isFalse();
        // A member whose name is not known yet is named by their address.
        assertThat(CohortHandler.teamNames(List.of(new org.lcmhub.cohort.store.CohortStore.TeamMember("lcm-3", "carl@example.org"),
                new org.lcmhub.cohort.store.CohortStore.TeamMember("lcm-4", null)))).containsExactly("carl@example.org");
    }

    /** The cohort as a staff page in {@code language} reads it (Accept-Language). */
    private JsonNode one(String cohortId, Map<String, String> lcm, String language) throws Exception {
        var event = event("GET", "/api/cohorts/" + cohortId, null, null, lcm);
        event.setHeaders(Map.of("accept-language", language));
        return Json.MAPPER.readTree(handler.handleRequest(event, null).getBody());
    }

    @Test
    void theTeamReadsTheStoredTitleInTheCohortsLanguageBesideTheTitleInTheirs() throws Exception {
        Map<String, String> lcm = Map.of("sub", "lcm-7", "email", "alice@example.org", "cognito:groups", "[lcm]");
        String french = "{\"pathId\":\"data-analysis-10-weeks\",\"startDate\":\"2027-03-01\",\"weeks\":10,"
                + "\"seats\":20,\"language\":\"fr\"}";
        String fr = Json.MAPPER.readTree(handler.handleRequest(event("POST", "/api/cohorts", null, french, lcm), null)
                .getBody()).get("cohortId").asText();
        String en = Json.MAPPER.readTree(handler.handleRequest(event("POST", "/api/cohorts", null,
                french.replace("\"fr\"", "\"en\""), lcm), null).getBody()).get("cohortId").asText();
        String frenchTitle = "Analyse de données\u00a0: du tableur à Python en 10\u00a0semaines";
        String englishTitle = "Data analysis: from spreadsheets to Python in 10 weeks";

        JsonNode frOnEnglishPage = one(fr, lcm, "en");
        assertThat(frOnEnglishPage.get("title").asText()).isEqualTo(englishTitle);
        assertThat(frOnEnglishPage.get("storedTitle").asText()).isEqualTo(frenchTitle);
        JsonNode enOnFrenchPage = one(en, lcm, "fr");
        assertThat(enOnFrenchPage.get("title").asText()).isEqualTo(frenchTitle);
        assertThat(enOnFrenchPage.get("storedTitle").asText()).isEqualTo(englishTitle);
        assertThat(mine(lcm, "en")).extracting(c -> c.get("storedTitle").asText())
                .containsExactlyInAnyOrder(frenchTitle, englishTitle);

        // The seats saved alone leave the title as stored.
        var seats = event("PATCH", "/api/cohorts/" + fr, null, "{\"seats\":25}", lcm);
        seats.setHeaders(Map.of("content-type", "application/json", "accept-language", "en"));
        assertThat(handler.handleRequest(seats, null).getStatusCode()).isEqualTo(200);
        assertThat(cohorts.find(fr).title()).isEqualTo(frenchTitle);
    }

    @Test
    void theAnswerToNewDatesSaysHowManyLearnersWereMailedThemAndNothingWhenTheDatesStayed() throws Exception {
        RecordingMailer mail = new RecordingMailer();
        List<Learner> holders = List.of(holder("l-1", LearnerStatus.ENROLLED), holder("l-2", LearnerStatus.WAITLISTED));
        CohortHandler withLearners = new CohortHandler(new CohortService(cohorts, new HeldSeats(holders), mail,
                new Messages(""), Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)));
        Map<String, String> alice = Map.of("sub", "lcm-1", "email", "alice@example.org", "cognito:groups", "[lcm]");

        JsonNode moved = Json.MAPPER.readTree(withLearners.handleRequest(event("PATCH", "/api/cohorts/py-2027-01", null,
                "{\"startDate\":\"2027-01-11\"}", alice), null).getBody());
        assertThat(moved.get("startDate").asText()).isEqualTo("2027-01-11");
        assertThat(moved.get("newDatesMailed").asInt()).isEqualTo(2);
        assertThat(mail.sent).hasSize(2);

        JsonNode seats = Json.MAPPER.readTree(withLearners.handleRequest(event("PATCH", "/api/cohorts/py-2027-01", null,
                "{\"seats\":31}", alice), null).getBody());
        assertThat(seats.get("seats").asInt()).isEqualTo(31);
        assertThat(seats.get("newDatesMailed").isNull()).isTrue();
        assertThat(mail.sent).hasSize(2);
    }

    private static Learner holder(String id, LearnerStatus status) {
        return new Learner(id, "Léa " + id, id + "@example.org", "python-foundations", "py-2027-01", Language.FR,
                "Europe/Paris", null, null, status, null, Instant.parse("2026-11-02T00:00:00Z"));
    }

    @Test
    void onlyAnIdTokenIsTakenAnAccessTokenOfTheSameClientIsRefused() {
        Map<String, String> id = Map.of("sub", "lcm-1", "email", "alice@example.org", "cognito:groups", "[lcm]",
                "token_use", "id");
        Map<String, String> access = Map.of("sub", "lcm-1", "cognito:groups", "[lcm]", "token_use", "access",
                "client_id", "site");
        assertThat(handler.handleRequest(event("GET", "/api/cohorts/mine", null, null, id), null).getStatusCode())
                .isEqualTo(200);
        assertThat(handler.handleRequest(event("GET", "/api/cohorts/mine", null, null, access), null).getStatusCode())
                .isEqualTo(401);
    }

    @Test
    void aWrongMethodOnMyCohortsIsA405AndNeverAnOperationOnACohortCalledMine() {
        Map<String, String> alice = Map.of("sub", "lcm-1", "email", "alice@example.org", "cognito:groups", "[lcm]");
        int writes = cohorts.emailWrites;
        APIGatewayV2HTTPResponse patch = handler.handleRequest(event("PATCH", "/api/cohorts/mine", null,
                "{\"title\":\"Mine\"}", alice), null);
        assertThat(patch.getStatusCode()).isEqualTo(405);
        assertThat(patch.getHeaders()).containsEntry("Allow", "GET");
        assertThat(cohorts.emailWrites).as("nothing written").isEqualTo(writes);
        // A cohort's own path keeps its methods.
        assertThat(handler.handleRequest(event("DELETE", "/api/cohorts/py-2027-01", null, null, alice), null)
                .getHeaders()).containsEntry("Allow", "GET, PATCH");
        APIGatewayV2HTTPResponse delete = handler.handleRequest(event("DELETE", "/api/cohorts", null, null, alice), null);
        assertThat(delete.getStatusCode()).isEqualTo(405);
        assertThat(delete.getHeaders()).containsEntry("Allow", "GET, POST");
    }

    @Test
    void myCohortsRecordTheAddressOnlyWhereItIsMissingOrChangedAndAReadOfOneCohortWritesNothing() {
        Map<String, String> alice = Map.of("sub", "lcm-1", "email", "alice@example.org", "cognito:groups", "[lcm]");
        assertThat(handler.handleRequest(event("GET", "/api/cohorts/mine", null, null, alice), null).getStatusCode())
                .isEqualTo(200);
        assertThat(cohorts.emails.get("py-2027-01")).containsEntry("lcm-1", "alice@example.org");
        assertThat(cohorts.emailWrites).as("one per cohort she runs").isEqualTo(2);

        handler.handleRequest(event("GET", "/api/cohorts/mine", null, null, alice), null);
        handler.handleRequest(event("GET", "/api/cohorts/py-2027-01", null, null, alice), null);
        assertThat(cohorts.emailWrites).as("nothing changed").isEqualTo(2);

        Map<String, String> moved = Map.of("sub", "lcm-1", "email", "alice@new.example.org", "cognito:groups", "[lcm]");
        handler.handleRequest(event("GET", "/api/cohorts/mine", null, null, moved), null);
        assertThat(cohorts.emailWrites).isEqualTo(4);
        assertThat(cohorts.emails.get("py-closed")).containsEntry("lcm-1", "alice@new.example.org");
    }

    /**
     * The staff pages' language is recorded on each team item at the visit to the cohorts, as the
     * name is: written where it changed only, unknown while no page said it.
     */
    @Test
    void myCohortsRecordThePagesLanguageOnlyWhereItChanged() throws Exception {
        Map<String, String> alice = Map.of("sub", "lcm-1", "email", "alice@example.org", "cognito:groups", "[lcm]");
        mine(alice, null);
        assertThat(cohorts.languageWrites).as("no page language, nothing known").isZero();

        mine(alice, "fr-FR,fr;q=0.9");
        assertThat(cohorts.languages.get("py-2027-01")).containsEntry("lcm-1", Language.FR);
        assertThat(cohorts.languages.get("py-closed")).containsEntry("lcm-1", Language.FR);
        assertThat(cohorts.languageWrites).as("one per cohort she runs").isEqualTo(2);

        mine(alice, "fr");
        mine(alice, null);
        assertThat(cohorts.languageWrites).as("nothing changed").isEqualTo(2);

        mine(alice, "en-GB");
        assertThat(cohorts.languageWrites).isEqualTo(4);
        assertThat(cohorts.languages.get("py-closed")).containsEntry("lcm-1", Language.EN);
    }

    /** A colleague added from a French page without a language in the body gets the page's as their first. */
    @Test
    void aColleagueAddedFromAFrenchPageGetsItsLanguageAsTheirFirst() {
        Map<String, String> alice = Map.of("sub", "lcm-1", "email", "alice@example.org", "cognito:groups", "[lcm]");
        var add = event("POST", "/api/cohorts/py-2027-01/team", null, "{\"email\":\"lea@example.org\"}", alice);
        add.setHeaders(Map.of("content-type", "application/json", "accept-language", "fr"));

        assertThat(handler.handleRequest(add, null).getStatusCode()).isEqualTo(200);

        assertThat(cohorts.languages.get("py-2027-01"))
                .containsEntry(org.lcmhub.auth.LocalStaff.subFor("lea@example.org"), Language.FR);
    }

    @Test
    void theTeamListNamesAMemberAsTheirSignInNamedThemAndByAddressOnlyBefore() throws Exception {
        Map<String, String> alice = Map.of("sub", "lcm-1", "email", "alice@example.org", "cognito:groups", "[lcm]");
        JsonNode before = Json.MAPPER.readTree(handler.handleRequest(
                event("GET", "/api/cohorts/py-2027-01/team", null, null, alice), null).getBody());
        assertThat(before.at("/members/0/name").isNull()).isTrue();

        Map<String, String> named = new TreeMap<>(alice);
        named.put("name", "Alice Martin");
        handler.handleRequest(event("GET", "/api/cohorts/mine", null, null, named), null);
        JsonNode after = Json.MAPPER.readTree(handler.handleRequest(
                event("GET", "/api/cohorts/py-2027-01/team", null, null, alice), null).getBody());

        assertThat(after.at("/members/0/name").asText()).isEqualTo("Alice Martin");
        assertThat(after.at("/members/0/email").asText()).isEqualTo("alice@example.org");
        int writes = cohorts.emailWrites;
        handler.handleRequest(event("GET", "/api/cohorts/mine", null, null, named), null);
        assertThat(cohorts.emailWrites).as("nothing changed").isEqualTo(writes);
    }

    @Test
    void closedSignUpsSayWhetherReopeningThemWouldOfferTheCohortAgainAndIfNotWhy() throws Exception {
        // Today is 1 December 2026: one closed cohort has not started, one is past half, one has ended.
        cohorts.with(closed("py-past-half", "2026-11-02")).with(closed("py-ended", "2026-09-01"));
        Map<String, String> alice = Map.of("sub", "lcm-1", "email", "alice@example.org", "cognito:groups", "[lcm]");
        JsonNode mine = Json.MAPPER.readTree(handler.handleRequest(event("GET", "/api/cohorts/mine", null, null, alice), null)
                .getBody()).get("cohorts");
        Map<String, String> seen = new TreeMap<>();
        mine.forEach(c -> seen.put(c.get("cohortId").asText(),
                c.get("offer").asText() + " " + c.get("canReopen").asBoolean() + " " + c.get("reopenBlockedBy").asText("none")));
        assertThat(seen).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "py-2027-01", "open false none",
                "py-closed", "closed true none",
                "py-past-half", "closed false past-half",
                "py-ended", "closed false ended")));
        // Reopening it anyway is refused with the same reason, as a code (ReopenSignupsIT: the store's condition).
        APIGatewayV2HTTPResponse reopened = handler.handleRequest(event("PATCH", "/api/cohorts/py-past-half", null,
                "{\"open\":true}", alice), null);
        assertThat(reopened.getStatusCode()).isEqualTo(409);
        assertThat(Json.MAPPER.readTree(reopened.getBody()).at("/error/code").asText()).isEqualTo("past_half");
        assertThat(cohorts.find("py-past-half").open()).isFalse();
    }

    private static Cohort closed(String id, String start) {
        var c = InMemoryCohorts.cohort(id, "python-foundations", 30, false);
        return new Cohort(c.cohortId(), c.pathId(), c.title(), c.language(),
                LocalDate.parse(start), c.weeks(), c.seats(), false, 0, 0, c.lcms(), c.createdAt());
    }

    @Test
    void reportsEveryBadFieldOfANewCohort() throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event("POST", "/api/cohorts", null,
                "{\"pathId\":\"Not A Slug\",\"startDate\":\"01/03/2027\",\"weeks\":0,\"seats\":100000,\"language\":\"de\"}",
                Map.of("sub", "lcm-9", "cognito:groups", "[lcm]")), null);
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(response.getBody()).at("/error/fields").fieldNames()).toIterable()
                .containsExactly("pathId", "startDate", "weeks", "seats", "language");
    }

    @Test
    void theTeamReadsAndReplacesItsRiskPolicyOthersCannotAndBadFieldsWriteNothing() throws Exception {
        String path = "/api/cohorts/py-2027-01/risk-policy";
        Map<String, String> lcm = Map.of("sub", "lcm-1", "cognito:groups", "[lcm]");
        APIGatewayV2HTTPResponse read = handler.handleRequest(event("GET", path, null, null, lcm), null);
        assertThat(read.getStatusCode()).isEqualTo(200);
        JsonNode policy = Json.MAPPER.readTree(read.getBody());
        assertThat(policy.get("custom").asBoolean()).isFalse();
        assertThat(policy.get("atRiskScore").asDouble()).isEqualTo(org.lcmhub.risk.RiskPolicy.DEFAULTS.atRiskScore());

        APIGatewayV2HTTPResponse put = handler.handleRequest(event("PUT", path, null,
                "{\"watchScore\":0.3,\"atRiskScore\":\"0.6\",\"dropoutSilentWeeks\":6,"
                        + "\"cohortId\":\"py-2027-01\",\"custom\":false}", lcm), null);
        assertThat(put.getStatusCode()).as(put.getBody()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(put.getBody()).get("custom").asBoolean()).isTrue();
        assertThat(cohorts.find("py-2027-01").riskPolicy())
                .isEqualTo(new org.lcmhub.risk.RiskPolicy(0.3, 0.6, 6));

        APIGatewayV2HTTPResponse bad = handler.handleRequest(event("PUT", path, null,
                "{\"watchScore\":\"two\",\"atRiskScore\":0.99,\"missedWatch\":1,\"dropoutSilentWeeks\":90}", lcm), null);
        assertThat(bad.getStatusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(bad.getBody()).at("/error/fields").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("watchScore", "missedWatch");
        APIGatewayV2HTTPResponse badRanges = handler.handleRequest(event("PUT", path, null,
                "{\"watchScore\":0.8,\"atRiskScore\":0.5,\"dropoutSilentWeeks\":90}", lcm), null);
        assertThat(Json.MAPPER.readTree(badRanges.getBody()).at("/error/fields").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("atRiskScore", "dropoutSilentWeeks");
        assertThat(cohorts.find("py-2027-01").riskPolicy().dropoutSilentWeeks()).isEqualTo(6);

        Map<String, String> otherLcm = Map.of("sub", "lcm-2", "cognito:groups", "[lcm]");
        Map<String, String> mentor = Map.of("sub", "lcm-1", "cognito:groups", "[mentor]");
        for (String method : List.of("GET", "PUT")) {
            String body = method.equals("PUT") ? "{}" : null;
            assertThat(handler.handleRequest(event(method, path, null, body, otherLcm), null).getStatusCode()).isEqualTo(403);
            assertThat(handler.handleRequest(event(method, path, null, body, mentor), null).getStatusCode()).isEqualTo(403);
            assertThat(handler.handleRequest(event(method, path, null, body, null), null).getStatusCode()).isEqualTo(401);
            assertThat(handler.handleRequest(event(method, "/api/cohorts/nope/risk-policy", null, body, lcm), null)
                    .getStatusCode()).isEqualTo(404);
        }
        assertThat(handler.handleRequest(event("DELETE", path, null, null, lcm), null).getStatusCode()).isEqualTo(405);
        assertThat(cohorts.find("py-2027-01").riskPolicy().dropoutSilentWeeks()).isEqualTo(6);

        assertThat(handler.handleRequest(event("PUT", path, null, "{}", lcm), null).getStatusCode()).isEqualTo(200);
        assertThat(cohorts.find("py-2027-01").riskPolicy()).isEqualTo(org.lcmhub.risk.RiskPolicy.DEFAULTS);
    }
}
