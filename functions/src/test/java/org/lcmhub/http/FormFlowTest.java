package org.lcmhub.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which redirect targets a form may name, and which requests want JSON. */
class FormFlowTest {
    @Test
    void localPathsAreSafe() {
        assertThat(FormFlow.isSafeLocalPath("/")).isTrue();
        assertThat(FormFlow.isSafeLocalPath("/en/thanks.html")).isTrue();
        assertThat(FormFlow.isSafeLocalPath("/fr/erreur.html?from=signup")).isTrue();
    }

    @Test
    void anythingABrowserCouldReadAsAnotherSiteIsNot() {
        assertThat(FormFlow.isSafeLocalPath(null)).isFalse();
        assertThat(FormFlow.isSafeLocalPath("")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("en/thanks.html")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("https://evil.example/")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("//evil.example/")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("/\\evil.example/")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("javascript:alert(1)")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("/en/thanks.html\r\nSet-Cookie: x=1")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("/ /evil")).isFalse();
        assertThat(FormFlow.isSafeLocalPath("/" + "a".repeat(600))).isFalse();
    }

    @Test
    void scriptsAskForJson() {
        assertThat(FormFlow.acceptsJson("application/json")).isTrue();
        assertThat(FormFlow.acceptsJson("application/json, text/plain, */*")).isTrue();
        assertThat(FormFlow.acceptsJson("text/html,application/xhtml+xml,*/*;q=0.8")).isFalse();
        assertThat(FormFlow.acceptsJson(null)).isFalse();
    }

    private static FormFlow flow(String next, String errorPage) {
        return flow(next, errorPage, null);
    }

    private static FormFlow flow(String next, String errorPage, String problems) {
        String body = "next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)
                + "&errorPage=" + java.net.URLEncoder.encode(errorPage, java.nio.charset.StandardCharsets.UTF_8)
                + (problems == null ? "" : "&problems=" + java.net.URLEncoder.encode(problems, java.nio.charset.StandardCharsets.UTF_8));
        return FormFlow.of(java.util.Map.of("content-type", "application/x-www-form-urlencoded"),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void eachOutcomeLandsOnItsOwnPageNamedByTheAnswer() {
        FormFlow flow = flow("/en/signed-up/{result}.html", "/en/paths/python.html#signup-error");
        assertThat(flow.success(java.util.Map.of("status", "waitlisted", "result", "already")))
                .isEqualTo("/en/signed-up/already.html?status=waitlisted");
        assertThat(flow.success(java.util.Map.of("status", "enrolled"))).as("no result in the answer").isEqualTo("/?status=enrolled");
        assertThat(flow.success(java.util.Map.of("result", "../../x"))).as("not a slug").isEqualTo("/");
    }

    @Test
    void aFieldOfAnObjectInTheAnswerCanNameTheFragment() {
        FormFlow flow = flow("/en/signed-up/{result}.html#taught-{cohort.language}", "/en/paths/python.html#signup-error");
        assertThat(flow.success(java.util.Map.of("status", "enrolled", "result", "enrolled",
                "cohort", java.util.Map.of("language", "fr"))))
                .isEqualTo("/en/signed-up/enrolled.html?status=enrolled#taught-fr");
        assertThat(flow.success(java.util.Map.of("result", "enrolled"))).as("no cohort in the answer").isEqualTo("/");
    }

    @Test
    void theErrorQueryGoesBeforeTheFragmentThatPointsAtTheForm() {
        FormFlow flow = flow("/en/thanks.html", "/en/paths/python.html#signup-error");
        ApiException error = new ApiException(400, "invalid_input", "Bad", java.util.Map.of("email", "x", "consent", "y"));
        assertThat(flow.failure(error)).startsWith("/en/paths/python.html?code=invalid_input&fields=")
                .endsWith("#signup-error").contains("email").contains("consent");
    }

    @Test
    void aFormThatListsItsProblemsIsSentToTheFragmentOfWhatWentWrongInItsOwnOrder() {
        FormFlow flow = flow("/en/thanks.html", "/en/paths/python.html#signup-error",
                "name email cohortId timezone consent too_many_requests");
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("consent", "Please agree.");
        fields.put("email", "Not an address.");
        fields.put("language", "Not a language.");
        assertThat(flow.failure(new ApiException(400, "validation_failed", "Bad", fields)))
                .as("the page's order; a field the form does not list is left out")
                .endsWith("?code=validation_failed&fields=consent%2Cemail%2Clanguage#signup-error--email--consent");
        assertThat(flow.failure(new ApiException(429, "too_many_requests", "Wait"))).endsWith("#signup-error--too_many_requests");
        assertThat(flow.failure(new ApiException(503, "unavailable", "Later"))).as("not listed").endsWith("#signup-error--other");
        assertThat(flow.failure(new ApiException(400, "validation_failed", "Bad", java.util.Map.of("goals", "Too long."))))
                .endsWith("#signup-error--other");
    }

    /** The week alone refused, and the error says why: the form's own line for that case, when it has one. */
    @Test
    void aFieldRefusedForAReasonTheFormWordsLandsOnThatReasonsLine() {
        FormFlow flow = flow("/fr/ok.html", "/fr/point-d-etape.html#checkin-error", "progress week week_not_started week_over");
        java.util.Map<String, String> week = java.util.Map.of("week", "Your cohort starts on Mon 21 Dec 2026.");
        assertThat(flow.failure(ApiException.validation(week, java.util.Map.of("week", "not-started", "startDate", "2026-12-21"))))
                .endsWith("?code=validation_failed&fields=week#checkin-error--week_not_started");
        assertThat(flow.failure(ApiException.validation(week))).endsWith("#checkin-error--week");
        assertThat(flow.failure(ApiException.validation(week, java.util.Map.of("week", "unheard-of")))).endsWith("#checkin-error--week");
        java.util.Map<String, String> two = new java.util.LinkedHashMap<>(week);
        two.put("progress", "0 to 100.");
        assertThat(flow.failure(ApiException.validation(two, java.util.Map.of("week", "not-started")))).as("with another field: both lines")
                .endsWith("#checkin-error--progress--week");
    }

    /** A code refused for a reason the form words on a line of its own: that line; any other reason, the code's. */
    @Test
    void aCodeRefusedForAReasonTheFormWordsLandsOnThatReasonsLine() {
        FormFlow flow = flow("/en/ok.html", "/en/paths/p.html#signup-error", "name already_on_path already_on_path_move");
        assertThat(flow.failure(new ApiException(409, "already_on_path", "Held", java.util.Map.of(),
                java.util.Map.of("status", "waitlisted", "reason", "move"))))
                .endsWith("?code=already_on_path#signup-error--already_on_path_move");
        assertThat(flow.failure(new ApiException(409, "already_on_path", "Held", java.util.Map.of(),
                java.util.Map.of("status", "enrolled")))).endsWith("#signup-error--already_on_path");
        assertThat(flow.failure(new ApiException(409, "already_on_path", "Held", java.util.Map.of(),
                java.util.Map.of("reason", "unheard_of")))).endsWith("#signup-error--already_on_path");
    }

    @Test
    void withoutAListOrAFragmentTheErrorPageIsKeptAsItIs() {
        ApiException error = new ApiException(400, "validation_failed", "Bad", java.util.Map.of("email", "x"));
        assertThat(flow("/en/thanks.html", "/en/paths/python.html#signup-error").failure(error)).endsWith("#signup-error");
        assertThat(flow("/en/thanks.html", "/en/error.html", "email").failure(error))
                .isEqualTo("/en/error.html?code=validation_failed&fields=email");
        assertThat(flow("/en/thanks.html", "/en/p.html#box", "email <b> ../x").failure(error)).as("only plain names count")
                .endsWith("#box--email");
    }
}
