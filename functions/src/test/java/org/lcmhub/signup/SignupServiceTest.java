package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.signup.model.LearnerStatus;
import org.lcmhub.signup.model.SignupRequest;
import org.lcmhub.signup.model.SignupResult;

class SignupServiceTest {
    private final InMemorySignupStore store = new InMemorySignupStore();
    private final AtomicInteger ids = new AtomicInteger();
    private final SignupService service = new SignupService(store,
            Clock.fixed(Instant.parse("2027-01-04T09:00:00Z"), ZoneOffset.UTC), () -> "learner-" + ids.incrementAndGet());

    private static SignupRequest valid() {
        return new SignupRequest("Awa Diallo", " Awa.Diallo@Example.org ", "python-foundations", "py-2027-01",
                "fr", "Africa/Dakar", true);
    }

    @Test
    void signsUpANewLearnerWithANormalisedEmail() {
        SignupResult result = service.signUp(valid());

        assertThat(result.created()).isTrue();
        assertThat(result.learner().learnerId()).isEqualTo("learner-1");
        assertThat(result.learner().email()).isEqualTo("awa.diallo@example.org");
        assertThat(result.learner().status()).isEqualTo(LearnerStatus.REGISTERED);
        assertThat(result.learner().createdAt()).isEqualTo(Instant.parse("2027-01-04T09:00:00Z"));
        assertThat(store.saved).hasSize(1);
    }

    @Test
    void theSameEmailInAnotherCaseIsTheSameLearner() {
        SignupResult first = service.signUp(valid());
        SignupResult again = service.signUp(new SignupRequest("Awa D.", "AWA.DIALLO@example.org",
                "python-foundations", "py-2027-01", "fr", "Africa/Dakar", true));

        assertThat(again.created()).isFalse();
        assertThat(again.learner().learnerId()).isEqualTo(first.learner().learnerId());
        assertThat(store.saved).hasSize(1);
    }

    @Test
    void reportsEveryInvalidFieldAtOnceAndSavesNothing() {
        InvalidInput error = catchThrowableOfType(InvalidInput.class, () -> service.signUp(
                new SignupRequest(null, "awa@", "Python!", null, "de", "Mars/Olympus", false)));

        assertThat(error.fields()).containsOnlyKeys("name", "email", "pathId", "cohortId", "language", "timezone", "consent");
        assertThat(error.fields().get("timezone")).contains("IANA");
        assertThat(store.saved).isEmpty();
    }

    @Test
    void acceptsRealTimeZonesAndRejectsOffsetsAndAbbreviations() {
        assertThat(SignupRules.check(withZone("America/Sao_Paulo"))).doesNotContainKey("timezone");
        assertThat(SignupRules.check(withZone("UTC"))).containsKey("timezone");
        assertThat(SignupRules.check(withZone("+02:00"))).containsKey("timezone");
        assertThat(SignupRules.check(withZone("CET"))).containsKey("timezone");
    }

    @Test
    void limitsNameLengthAndControlCharacters() {
        assertThat(SignupRules.check(withName("x".repeat(100)))).isEmpty();
        assertThat(SignupRules.check(withName("x".repeat(101)))).containsKey("name");
        assertThat(SignupRules.check(withName("Awa\u0000"))).containsKey("name");
    }

    @Test
    void checksEmailShape() {
        assertThat(SignupRules.check(withEmail("lea.martin+lcm@univ-lyon.fr"))).isEmpty();
        for (String bad : new String[] {"lea", "lea@", "@x.org", "lea@x", "lea martin@x.org", "lea@-x.org"}) {
            assertThat(SignupRules.check(withEmail(bad))).as(bad).containsKey("email");
        }
    }

    private static SignupRequest withZone(String zone) {
        SignupRequest v = valid();
        return new SignupRequest(v.name(), "awa@example.org", v.pathId(), v.cohortId(), v.language(), zone, true);
    }

    private static SignupRequest withName(String name) {
        SignupRequest v = valid();
        return new SignupRequest(name, "awa@example.org", v.pathId(), v.cohortId(), v.language(), v.timezone(), true);
    }

    private static SignupRequest withEmail(String email) {
        SignupRequest v = valid();
        return new SignupRequest(v.name(), email, v.pathId(), v.cohortId(), v.language(), v.timezone(), true);
    }
}
