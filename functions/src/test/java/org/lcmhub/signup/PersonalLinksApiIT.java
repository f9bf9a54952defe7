package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.learner.LearnerAuth;
import org.lcmhub.learner.store.dynamodb.DynamoLearnerStore;
import org.lcmhub.signup.store.dynamodb.DynamoRateLimits;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.testing.MovableClock;

/**
 * POST /api/links and the sign-up's outcomes over the real stores on moto: the same answer for
 * any address, the limits per address and per client, the old key retired, and each sign-up
 * outcome named for the page (JSON, and the redirect of a form posted without JavaScript).
 */
@ExtendWith(MotoExtension.class)
class PersonalLinksApiIT {
    private final List<Mail> sent = new ArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.now());
    private Moto moto;
    private SignupHandler handler;

    @BeforeEach
    void handler(Moto moto) {
        this.moto = moto;
        var signups = new DynamoSignupStore(moto.dynamo(), moto.table());
        var cohorts = new DynamoCohortStore(moto.dynamo(), moto.table());
        Messages messages = new Messages("http://hub.test");
        handler = new SignupHandler(
                new SignupService(signups, cohorts, sent::add, messages, clock, () -> UUID.randomUUID().toString(),
                        SignupService.Limits.DEFAULT),
                new PersonalLinks(signups, cohorts, new DynamoRateLimits(moto.dynamo(), moto.table()), messages,
                        clock, PersonalLinks.Limits.DEFAULT));
    }

    private static APIGatewayV2HTTPEvent post(String path, String contentType, String body, String client) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("ANY " + path).withRawPath(path)
                .withHeaders(Map.of("content-type", contentType))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId("req-" + UUID.randomUUID())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("POST").withPath(path).withSourceIp(client).build())
                        .build())
                .withBody(body).withIsBase64Encoded(false).build();
    }

    private APIGatewayV2HTTPResponse askLink(String email, String client) {
        return handler.handleRequest(post("/api/links", "application/json", "{\"email\":\"" + email + "\"}", client), null);
    }

    private APIGatewayV2HTTPResponse signUp(String email, Cohort cohort) {
        return handler.handleRequest(post("/api/signups", "application/json", "{\"name\":\"Awa\",\"email\":\"" + email
                + "\",\"pathId\":\"" + cohort.pathId() + "\",\"cohortId\":\"" + cohort.cohortId()
                + "\",\"language\":\"en\",\"timezone\":\"Etc/UTC\",\"consent\":true}", "192.0.2.1"), null);
    }

    private static String client() {
        return "198.51.100." + (int) (Math.random() * 250);
    }

    private static String keyIn(Mail mail) {
        return mail.text().replaceAll("(?s).*#key=(\\S+).*", "$1");
    }

    /**
     * What was mailed to {@code to}: the first confirmation through the mailer, then each new link,
     * queued in the table by the very transaction that replaced the key.
     */
    private List<Mail> mailsTo(String to) {
        List<Mail> all = new ArrayList<>(sent.stream().filter(m -> m.to().equals(to)).toList());
        moto.dynamo().scanPaginator(r -> r.tableName(moto.table())).items().stream()
                .filter(i -> i.get("PK").s().startsWith(org.lcmhub.mail.MailQueue.PK_PREFIX) && i.get("to").s().equals(to))
                .map(i -> new Mail(i.get("to").s(), i.get("subject").s(), i.get("text").s(), i.get("kind").s()))
                .forEach(all::add);
        return all;
    }

    private void refusedKey(String key) {
        LearnerAuth auth = new LearnerAuth(new DynamoLearnerStore(moto.dynamo(), moto.table()));
        assertThatThrownBy(() -> auth.authenticate(key)).isInstanceOf(LearnerAuth.NotAuthorised.class);
    }

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswerAndOnlyTheKnownOneAMailWithANewKey() {
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5);
        String email = "awa." + UUID.randomUUID() + "@example.org";
        assertThat(signUp(email, cohort).getStatusCode()).isEqualTo(201);
        String old = keyIn(mailsTo(email).get(0));
        clock.advance(Duration.ofMinutes(2));

        APIGatewayV2HTTPResponse known = askLink(email.toUpperCase(), client());
        APIGatewayV2HTTPResponse unknown = askLink("nobody." + UUID.randomUUID() + "@example.org", client());

        assertThat(known.getStatusCode()).isEqualTo(202);
        assertThat(unknown.getStatusCode()).isEqualTo(known.getStatusCode());
        assertThat(unknown.getBody()).isEqualTo(known.getBody()).isEqualTo("{\"status\":\"sent\"}");
        assertThat(mailsTo(email)).hasSize(2);
        Mail again = mailsTo(email).get(1);
        assertThat(again.kind()).isEqualTo("new-link");
        assertThat(again.to()).isEqualTo(email);
        assertThat(again.text()).contains("http://hub.test/en/me.html#key=").doesNotContain("/api/");
        String fresh = keyIn(again);
        new LearnerAuth(new DynamoLearnerStore(moto.dynamo(), moto.table())).authenticate(fresh);
        refusedKey(old);
    }

    @Test
    void theAddressLimitIsTheSameForKnownAndUnknownAddresses() {
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 5);
        String known = "lea." + UUID.randomUUID() + "@example.org";
        signUp(known, cohort);
        for (String email : List.of(known, "ghost." + UUID.randomUUID() + "@example.org")) {
            for (int i = 0; i < PersonalLinks.Limits.DEFAULT.perAddress(); i++) {
                assertThat(askLink(email, client()).getStatusCode()).as(email).isEqualTo(202);
            }
            APIGatewayV2HTTPResponse refused = askLink(email, client());
            assertThat(refused.getStatusCode()).as(email).isEqualTo(429);
            assertThat(refused.getBody()).contains("too_many_requests");
        }
    }

    @Test
    void theClientLimitHoldsAcrossAddresses() {
        String client = "203.0.113." + (int) (Math.random() * 250);
        for (int i = 0; i < PersonalLinks.Limits.DEFAULT.perClient(); i++) {
            assertThat(askLink("x" + i + "." + UUID.randomUUID() + "@example.org", client).getStatusCode()).isEqualTo(202);
        }
        assertThat(askLink("y." + UUID.randomUUID() + "@example.org", client).getStatusCode()).isEqualTo(429);
        assertThat(askLink("y." + UUID.randomUUID() + "@example.org", client()).getStatusCode()).isEqualTo(202);
    }

    @Test
    void aMalformedAddressIsAFieldErrorAndCountsNothing() {
        APIGatewayV2HTTPResponse bad = askLink("not-an-address", client());
        assertThat(bad.getStatusCode()).isEqualTo(400);
        assertThat(bad.getBody()).contains("\"email\"");
    }

    @Test
    void theSignUpSaysEnrolledWaitlistedOrAlreadyAndAFormLandsOnThatOutcomesPage() throws Exception {
        Cohort cohort = Fixtures.freshCohort(moto.dynamo(), moto.table(), 1);
        String first = "kofi." + UUID.randomUUID() + "@example.org";
        String second = "ama." + UUID.randomUUID() + "@example.org";

        APIGatewayV2HTTPResponse seat = signUp(first, cohort);
        assertThat(seat.getStatusCode()).isEqualTo(201);
        assertThat(seat.getBody()).contains("\"result\":\"enrolled\"", "\"startDate\":\"" + cohort.startDate() + "\"");
        APIGatewayV2HTTPResponse again = signUp(first, cohort);
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getBody()).as("within the minute of the first mail")
                .contains("\"result\":\"already\"", "\"linkMailed\":false");
        clock.advance(Duration.ofMinutes(2));
        String form = "name=Ama&email=" + second.replace("@", "%40") + "&pathId=" + cohort.pathId() + "&cohortId="
                + cohort.cohortId() + "&language=en&timezone=UTC&consent=on&next=%2Fen%2Fsigned-up%2F%7Bresult%7D.html"
                + "&errorPage=%2Fen%2Fpaths%2Fx.html%23signup-error";
        APIGatewayV2HTTPResponse waiting = handler.handleRequest(
                post("/api/signups", "application/x-www-form-urlencoded", form, "192.0.2.2"), null);
        assertThat(waiting.getStatusCode()).isEqualTo(303);
        assertThat(waiting.getHeaders().get("Location")).isEqualTo("/en/signed-up/waitlisted.html?status=waitlisted");

        String oldKey = keyIn(sent.get(0));
        assertThat(signUp(first, cohort).getBody()).contains("\"result\":\"already\"", "\"linkMailed\":true");
        refusedKey(oldKey);

        APIGatewayV2HTTPResponse refused = handler.handleRequest(post("/api/signups", "application/x-www-form-urlencoded",
                form.replace("timezone=UTC", "timezone=Mars%2FOlympus"), "192.0.2.3"), null);
        assertThat(refused.getHeaders().get("Location"))
                .isEqualTo("/en/paths/x.html?code=validation_failed&fields=timezone#signup-error");
    }
}
