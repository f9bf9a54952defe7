package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.domain.Language;
import org.lcmhub.http.Json;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.notes.store.NoteStore;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.NoNotes;

/** {@code GET .../export.csv}: the scripts' file by default, the reader's in the language they ask for. */
class DashboardHandlerCsvTest {
    /** An English cohort from Monday 2027-01-04; "now" is Wednesday of its week 5. */
    private static final Cohort COHORT = new Cohort("c-en", "python", "Python d’été", Language.EN,
            LocalDate.parse("2027-01-04"), 8, 30, true, 0, 0, Set.of("lcm-1"), Instant.parse("2026-11-01T00:00:00Z"));
    private static final Instant NOW = Instant.parse("2027-02-03T12:00:00Z");
    private static final Map<String, String> LCM = Map.of("sub", "lcm-1", "email", "alice@example.org", "cognito:groups", "[lcm]");

    /** Ana checked in every week, asking for help on Monday of week 5: the dashboard says she waits for a call. */
    private static final CohortRecords RECORDS = id -> {
        Learner ana = new Learner("ana", "Ana", "ana@example.org", "python", "c-en", Language.EN, "Europe/London", null,
                null, LearnerStatus.ENROLLED, null, Instant.parse("2026-12-20T10:00:00Z"));
        List<WeeklyCheckIn> checkIns = java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(w -> new WeeklyCheckIn("ana", "c-en",
                IsoWeek.of(COHORT.startDate().plusWeeks(w - 1)), 12 * w, null, 4, 4, null, w == 5, null,
                w == 5 ? Instant.parse("2027-02-01T09:00:00Z") : COHORT.startDate().plusWeeks(w - 1).atStartOfDay(ZoneOffset.UTC)
                        .plusDays(1).toInstant())).toList();
        return new CohortRecords.Records(List.of(ana), checkIns, List.of());
    };

    private static final NoteStore NO_NOTES = NoNotes.STORE;

    private final DashboardHandler handler = new DashboardHandler(new DashboardService(new InMemoryCohorts().with(COHORT),
            RECORDS, NO_NOTES, Clock.fixed(NOW, ZoneOffset.UTC)));

    private APIGatewayV2HTTPResponse get(String lang, Map<String, String> claims) {
        String path = "/api/cohorts/c-en/export.csv";
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("r")
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(path).build())
                .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                        .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build()).build());
        return handler.handleRequest(APIGatewayV2HTTPEvent.builder().withRawPath(path).withRequestContext(context.build())
                .withQueryStringParameters(lang == null ? null : Map.of("lang", lang)).build(), null);
    }

    @Test
    void aFrenchReaderOfAnEnglishCohortGetsAFrenchFileNamedAfterTheCohort() {
        APIGatewayV2HTTPResponse r = get("fr", LCM);

        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(200);
        assertThat(r.getHeaders()).containsEntry("Content-Type", "text/csv; charset=utf-8")
                .containsEntry("Content-Language", "fr")
                .containsEntry("Content-Disposition",
                        "attachment; filename=\"Python d_ete - lundi 4 janvier 2027.csv\"; "
                                + "filename*=UTF-8''Python%20d%E2%80%99%C3%A9t%C3%A9%20%E2%80%93%20lundi%204%20janvier%202027.csv");
        assertThat(r.getBody()).startsWith("\uFEFFNom;Situation;Alerte précoce;")
                .contains("Ana;Actif·ve;A demandé de l’aide, pas encore contacté·e;non;")
                .contains("A demandé de l’aide il y a 2\u00A0jours, pas encore contacté·e", "lundi 1er février 2027")
                .doesNotContain("Asked", "ana,", "2027-W05");
    }

    @Test
    void withoutALanguageScriptsGetTheCodesAndTheCohortsLanguage() {
        APIGatewayV2HTTPResponse r = get(null, LCM);

        assertThat(r.getStatusCode()).isEqualTo(200);
        assertThat(r.getHeaders()).containsEntry("Content-Disposition", "attachment; filename=\"c-en.csv\"")
                .doesNotContainKey("Content-Language");
        assertThat(r.getBody()).startsWith("learnerId,name,outcome,risk,week,progress,pace,lastCheckInWeek,mentor,reasons,"
                + "silentNow,score,status,startDate,reasonCodes\r\nana,Ana,active,ok,5,60,")
                // Ana started with the cohort: her weeks count from its first day.
                .contains("Asked for help 2\u00A0days ago, not contacted yet").endsWith(",help,2027-01-04,help-waiting\r\n");
    }

    @Test
    void aLanguageTheHubDoesNotSpeakIsRefusedWithTheField() throws Exception {
        APIGatewayV2HTTPResponse r = get("de", LCM);

        assertThat(r.getStatusCode()).isEqualTo(400);
        assertThat(Json.MAPPER.readTree(r.getBody()).at("/error/fields/lang").asText()).isEqualTo(Language.ERROR);
        assertThat(get("fr", Map.of("sub", "lcm-2", "cognito:groups", "[lcm]")).getStatusCode()).isEqualTo(403);
    }
}
