package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Keys;

/** The sign-up handler over the real stores: what a failure or a refusal leaves behind. */
@ExtendWith(MotoExtension.class)
class SignupHandlerIT {

    private static SignupHandler handler(Moto moto, java.util.function.Supplier<String> ids,
                                         java.util.List<Mail> sent) {
        return new SignupHandler(new SignupService(new DynamoSignupStore(moto.dynamo(), moto.table()),
                new DynamoCohortStore(moto.dynamo(), moto.table()), sent::add, new Messages("http://hub.test"),
                Clock.systemUTC(), ids, SignupService.Limits.DEFAULT), null);
    }

    @Test
    void anUnexpectedStoreFailureIsA500WithTheRequestIdAndNothingHalfWritten(Moto moto) {
        String reusedId = UUID.randomUUID().toString();
        java.util.List<Mail> sent = new java.util.ArrayList<>();
        SignupHandler handler = handler(moto, () -> reusedId, sent);
        var first = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5);
        var second = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5);
        assertThat(handler.handleRequest(Fixtures.signupEvent(Fixtures.signupBody("one." + reusedId + "@example.org", first.pathId(),
                first.cohortId())), null).getStatusCode()).isEqualTo(201);

        APIGatewayV2HTTPEvent event = Fixtures.signupEvent(
                Fixtures.signupBody("two." + reusedId + "@example.org", second.pathId(), second.cohortId()));
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(response.getBody()).contains(event.getRequestContext().getRequestId());
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), "COHORT#" + second.cohortId())).hasSize(2);
        assertThat(sent).hasSize(1);
    }

    @Test
    void everyRejectedRequestLeavesNoRecordAndSendsNoMail(Moto moto) {
        java.util.List<Mail> sent = new java.util.ArrayList<>();
        SignupHandler handler = handler(moto, () -> UUID.randomUUID().toString(), sent);
        var cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5);
        var other = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5);
        String email = "lea." + UUID.randomUUID() + "@example.org";
        String ok = Fixtures.signupBody(email, cohort.pathId(), cohort.cohortId());

        int[] statuses = {
                handler.handleRequest(Fixtures.signupEvent(ok.replace("\"consent\":true", "\"consent\":false")), null).getStatusCode(),
                handler.handleRequest(Fixtures.signupEvent(ok.replace("Africa/Dakar", "Mars/Olympus")), null).getStatusCode(),
                handler.handleRequest(Fixtures.signupEvent(ok.replace("\"consent\":true", "\"goals\":\"" + "x".repeat(1001)
                        + "\",\"consent\":true")), null).getStatusCode(),
                handler.handleRequest(Fixtures.signupEvent(ok.replace(cohort.cohortId(), other.cohortId())), null).getStatusCode(),
                handler.handleRequest(Fixtures.signupEvent(ok.substring(0, 20)), null).getStatusCode(),
                handler.handleRequest(Fixtures.signupEvent("{\"name\":\"" + "a".repeat(300 * 1024) + "\"}"), null).getStatusCode(),
        };

        assertThat(statuses).containsExactly(400, 400, 400, 400, 400, 413);
        for (var c : new org.lcmhub.cohort.model.Cohort[] {cohort, other}) {
            assertThat(Fixtures.partition(moto.dynamo(), moto.table(), "COHORT#" + c.cohortId())).hasSize(2);
        }
        assertThat(moto.dynamo().getItem(r -> r.tableName(moto.table()).key(Keys.cooldown(email))).item()).isEmpty();
        assertThat(Fixtures.itemsMentioning(moto.dynamo(), moto.table(), email)).isEmpty();
        assertThat(sent).isEmpty();

        // The same address a moment later in another cohort: 429, and still nothing there.
        assertThat(handler.handleRequest(Fixtures.signupEvent(ok), null).getStatusCode()).isEqualTo(201);
        APIGatewayV2HTTPResponse tooSoon = handler.handleRequest(
                Fixtures.signupEvent(Fixtures.signupBody(email, other.pathId(), other.cohortId())), null);
        assertThat(tooSoon.getStatusCode()).isEqualTo(429);
        assertThat(tooSoon.getBody()).contains("too_many_requests");
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), "COHORT#" + other.cohortId())).hasSize(2);
        assertThat(sent).hasSize(1);
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void signingUpAgainFindsTheSameLearnerAndMailsANewLinkAtMostOnceAMinute(Moto moto) throws Exception {
        java.util.List<Mail> sent = new java.util.ArrayList<>();
        MovableClock clock = new MovableClock();
        SignupHandler handler = new SignupHandler(new SignupService(new DynamoSignupStore(moto.dynamo(), moto.table()),
                new DynamoCohortStore(moto.dynamo(), moto.table()), sent::add, new Messages("http://hub.test"),
                clock, () -> UUID.randomUUID().toString(), SignupService.Limits.DEFAULT), null);
        var cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5);
        String email = "kenji." + UUID.randomUUID() + "@example.org";
        String body = Fixtures.signupBody(email, cohort.pathId(), cohort.cohortId());

        APIGatewayV2HTTPResponse first = handler.handleRequest(Fixtures.signupEvent(body), null);
        APIGatewayV2HTTPResponse again = handler.handleRequest(Fixtures.signupEvent(body), null);

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(first.getBody()).contains("\"result\":\"enrolled\"");
        assertThat(again.getBody()).isEqualTo(first.getBody().replace("\"result\":\"enrolled\"",
                "\"result\":\"already\",\"linkMailed\":false")).doesNotContain(email).doesNotContain("Awa");
        assertThat(sent).hasSize(1);
        assertThat(new DynamoCohortStore(moto.dynamo(), moto.table()).find(cohort.cohortId()).enrolled()).isEqualTo(1);

        clock.now = clock.now.plus(java.time.Duration.ofMinutes(2));
        assertThat(handler.handleRequest(Fixtures.signupEvent(body), null).getStatusCode()).isEqualTo(200);
        assertThat(sent).hasSize(1);
        // The new link is queued in the table by the very transaction that replaced the key.
        java.util.List<String> queued = moto.dynamo().scanPaginator(r -> r.tableName(moto.table())).items().stream()
                .filter(i -> i.get("PK").s().startsWith(org.lcmhub.mail.MailQueue.PK_PREFIX) && i.get("to").s().equals(email))
                .map(i -> i.get("text").s()).toList();
        assertThat(queued).hasSize(1);
        var store = new org.lcmhub.learner.store.dynamodb.DynamoLearnerStore(moto.dynamo(), moto.table());
        org.lcmhub.auth.LearnerKey oldKey = keyIn(sent.get(0));
        org.lcmhub.auth.LearnerKey newKey = keyIn(new Mail(email, "", queued.get(0), "confirmation"));
        String hash = store.find(oldKey.learnerId()).keyHash();
        assertThat(newKey.matches(hash)).isTrue();
        assertThat(oldKey.matches(hash)).isFalse();
    }

    @Test
    void withoutACohortTheLearnerJoinsThePathsNextOpenCohortAndUnknownPathsAreRefused(Moto moto) throws Exception {
        java.util.List<Mail> sent = new java.util.ArrayList<>();
        SignupHandler handler = handler(moto, () -> UUID.randomUUID().toString(), sent);
        var full = Fixtures.freshCohort(moto.dynamo(), moto.table(), 1);
        String later = full.cohortId() + "-later";
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(new org.lcmhub.cohort.model.Cohort(later,
                full.pathId(), "Later", Language.FR, full.startDate().plusWeeks(4), 8, 3, true, 0, 0,
                java.util.Set.of(Fixtures.LCM_SUB), Instant.now()));
        String noCohort = "{\"name\":\"Awa\",\"email\":\"%s\",\"pathId\":\"%s\",\"language\":\"fr\","
                + "\"timezone\":\"Africa/Dakar\",\"consent\":true}";

        String a = handler.handleRequest(Fixtures.signupEvent(String.format(noCohort, "a." + later + "@example.org", full.pathId())), null).getBody();
        String b = handler.handleRequest(Fixtures.signupEvent(String.format(noCohort, "b." + later + "@example.org", full.pathId())), null).getBody();
        APIGatewayV2HTTPResponse unknown = handler.handleRequest(Fixtures.signupEvent(String.format(noCohort, "c." + later + "@example.org",
                "no-such-path-" + UUID.randomUUID().toString().substring(0, 8))), null);

        assertThat(a).contains("\"cohortId\":\"" + full.cohortId() + "\"", "\"status\":\"enrolled\"");
        assertThat(b).contains("\"cohortId\":\"" + later + "\"", "\"status\":\"enrolled\"");
        assertThat(unknown.getStatusCode()).isEqualTo(400);
        assertThat(unknown.getBody()).contains("\"pathId\":\"This is not a known course path.\"");
    }

    /**
     * An address that signed up from an English page signs up again from a French one: the answer
     * names the cohort (its path's title) in the page's language, not in the one stored for the
     * learner; the reader's language wins over the data's.
     */
    @Test
    void signingUpAgainFromAPageInTheOtherLanguageNamesTheCohortInThePagesLanguage(Moto moto) {
        java.util.List<Mail> sent = new java.util.ArrayList<>();
        SignupHandler handler = handler(moto, () -> UUID.randomUUID().toString(), sent);
        String path = "python-8-weeks";
        String english = org.lcmhub.cohort.PathTitles.pathTitle(path, Language.EN);
        String french = org.lcmhub.cohort.PathTitles.pathTitle(path, Language.FR);
        assertThat(french).isNotEqualTo(english);
        String id = "c-" + UUID.randomUUID().toString().substring(0, 8);
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(new org.lcmhub.cohort.model.Cohort(id, path, english,
                Language.EN, java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusWeeks(2), 8, 5, true, 0, 0,
                java.util.Set.of(Fixtures.LCM_SUB), Instant.now()));
        String email = "ines." + UUID.randomUUID() + "@example.org";
        String fromEnglish = Fixtures.signupBody(email, path, id).replace("\"language\":\"fr\"", "\"language\":\"en\"");

        APIGatewayV2HTTPResponse first = handler.handleRequest(Fixtures.signupEvent(fromEnglish), null);
        APIGatewayV2HTTPResponse again = handler.handleRequest(Fixtures.signupEvent(Fixtures.signupBody(email, path, id)), null);

        assertThat(first.getBody()).contains("\"title\":\"" + english + "\"");
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getBody()).contains("\"result\":\"already\"", "\"title\":\"" + french + "\"")
                .doesNotContain(english);
    }

    @Test
    void anotherCohortOfThePathIsA409NamingTheCohortHeldWithAndWithoutAScript(Moto moto) {
        java.util.List<Mail> sent = new java.util.ArrayList<>();
        SignupHandler handler = handler(moto, () -> UUID.randomUUID().toString(), sent);
        var held = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5);
        String other = held.cohortId() + "-b";
        new DynamoCohortStore(moto.dynamo(), moto.table()).create(new org.lcmhub.cohort.model.Cohort(other,
                held.pathId(), "Other", Language.EN, held.startDate().minusDays(7), 8, 3, true, 0, 0,
                java.util.Set.of(Fixtures.LCM_SUB), Instant.now()));
        String email = "mina." + UUID.randomUUID() + "@example.org";
        assertThat(handler.handleRequest(Fixtures.signupEvent(Fixtures.signupBody(email, held.pathId(), held.cohortId())),
                null).getStatusCode()).isEqualTo(201);

        APIGatewayV2HTTPResponse json = handler.handleRequest(Fixtures.signupEvent(
                Fixtures.signupBody(email, held.pathId(), other)), null);
        APIGatewayV2HTTPEvent form = Fixtures.signupEvent("name=Mina&email=" + email + "&pathId=" + held.pathId()
                + "&cohortId=" + other + "&language=en&timezone=Europe%2FParis&consent=true"
                + "&next=%2Fen%2Fsigned-up%2F%7Bresult%7D.html&errorPage=%2Fen%2Fpaths%2Fp.html%23signup-error"
                + "&problems=name+email+already_on_path");
        form.setHeaders(java.util.Map.of("content-type", "application/x-www-form-urlencoded"));
        APIGatewayV2HTTPResponse page = handler.handleRequest(form, null);

        assertThat(json.getStatusCode()).isEqualTo(409);
        assertThat(json.getBody()).contains("\"code\":\"already_on_path\"", "\"title\":\"" + held.title() + "\"",
                "\"startDate\":\"" + held.startDate() + "\"", "\"status\":\"enrolled\"", "\"waitlisted\":\"false\"")
                .doesNotContain("\"reason\"").doesNotContain(email).doesNotContain("Awa").doesNotContain("learnerId");
        assertThat(page.getStatusCode()).isEqualTo(303);
        assertThat(page.getHeaders().get("Location"))
                .isEqualTo("/en/paths/p.html?code=already_on_path#signup-error--already_on_path");
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), "COHORT#" + other)).hasSize(2);
        assertThat(sent).hasSize(1);
    }

    /**
     * Waiting in one cohort, asking for another with a seat: the 409 names both and says My page
     * takes the seat in one step (reason "move"), with and without a script, whichever of the
     * cohorts with a seat was asked for (not only the first, which My page names first); asking
     * for a full cohort keeps the words of leaving first.
     */
    @Test
    void aWaitingAddressAskingForACohortWithASeatIsToldMyPageMovesIt(Moto moto) {
        java.util.List<Mail> sent = new java.util.ArrayList<>();
        SignupHandler handler = handler(moto, () -> UUID.randomUUID().toString(), sent);
        var held = Fixtures.freshCohort(moto.dynamo(), moto.table(), 1);
        DynamoCohortStore cohorts = new DynamoCohortStore(moto.dynamo(), moto.table());
        String seat = held.cohortId() + "-b";
        String later = held.cohortId() + "-c";
        cohorts.create(new org.lcmhub.cohort.model.Cohort(seat, held.pathId(), "Seat", Language.FR,
                held.startDate().plusDays(7), 8, 3, true, 0, 0, java.util.Set.of(Fixtures.LCM_SUB), Instant.now()));
        cohorts.create(new org.lcmhub.cohort.model.Cohort(later, held.pathId(), "Later", Language.FR,
                held.startDate().plusDays(14), 8, 3, true, 0, 0, java.util.Set.of(Fixtures.LCM_SUB), Instant.now()));
        String full = held.cohortId() + "-d";
        cohorts.create(new org.lcmhub.cohort.model.Cohort(full, held.pathId(), "Full", Language.FR,
                held.startDate().plusDays(21), 8, 1, true, 0, 0, java.util.Set.of(Fixtures.LCM_SUB), Instant.now()));
        handler.handleRequest(Fixtures.signupEvent(Fixtures.signupBody("third." + UUID.randomUUID() + "@example.org",
                held.pathId(), full)), null);
        String email = "mina." + UUID.randomUUID() + "@example.org";
        handler.handleRequest(Fixtures.signupEvent(Fixtures.signupBody("first." + email, held.pathId(), held.cohortId())), null);
        assertThat(handler.handleRequest(Fixtures.signupEvent(Fixtures.signupBody(email, held.pathId(), held.cohortId())),
                null).getBody()).contains("\"status\":\"waitlisted\"");

        APIGatewayV2HTTPResponse json = handler.handleRequest(Fixtures.signupEvent(
                Fixtures.signupBody(email, held.pathId(), seat)), null);
        APIGatewayV2HTTPEvent form = Fixtures.signupEvent("name=Mina&email=" + email + "&pathId=" + held.pathId()
                + "&cohortId=" + seat + "&language=fr&timezone=Europe%2FParis&consent=true"
                + "&next=%2Ffr%2Finscrit%2F%7Bresult%7D.html&errorPage=%2Ffr%2Fparcours%2Fp.html%23signup-error"
                + "&problems=name+email+already_on_path+already_on_path_move");
        form.setHeaders(java.util.Map.of("content-type", "application/x-www-form-urlencoded"));
        APIGatewayV2HTTPResponse page = handler.handleRequest(form, null);
        APIGatewayV2HTTPResponse second = handler.handleRequest(Fixtures.signupEvent(
                Fixtures.signupBody(email, held.pathId(), later)), null);
        APIGatewayV2HTTPResponse noSeat = handler.handleRequest(Fixtures.signupEvent(
                Fixtures.signupBody(email, held.pathId(), full)), null);

        assertThat(json.getStatusCode()).isEqualTo(409);
        assertThat(json.getBody()).contains("\"code\":\"already_on_path\"", "\"status\":\"waitlisted\"",
                "\"waitlisted\":\"true\"", "\"reason\":\"move\"", "\"title\":\"" + held.title() + "\"",
                "\"startDate\":\"" + held.startDate() + "\"", "\"wantedCohortId\":\"" + seat + "\"",
                "\"wantedTitle\":\"Seat\"", "\"wantedStartDate\":\"" + held.startDate().plusDays(7) + "\"",
                "POST /api/me/move").doesNotContain("leave that one").doesNotContain(email).doesNotContain("learnerId");
        assertThat(page.getHeaders().get("Location"))
                .isEqualTo("/fr/parcours/p.html?code=already_on_path#signup-error--already_on_path_move");
        assertThat(second.getStatusCode()).isEqualTo(409);
        assertThat(second.getBody()).contains("\"waitlisted\":\"true\"", "\"wantedCohortId\":\"" + later + "\"",
                "\"reason\":\"move\"", "\"wantedTitle\":\"Later\"", "POST /api/me/move").doesNotContain("leave that one");
        assertThat(noSeat.getStatusCode()).isEqualTo(409);
        assertThat(noSeat.getBody()).contains("\"waitlisted\":\"true\"", "\"wantedCohortId\":\"" + full + "\"",
                "leave that one").doesNotContain("\"reason\"");
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), "COHORT#" + seat)).hasSize(2);
    }

    private static org.lcmhub.auth.LearnerKey keyIn(Mail mail) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#key=(\\S+)").matcher(mail.text());
        assertThat(m.find()).isTrue();
        return org.lcmhub.auth.LearnerKey.parse(m.group(1));
    }
}
