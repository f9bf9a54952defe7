package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.signup.model.SignupOutcome;
import org.lcmhub.signup.model.SignupRequest;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.InMemoryRateLimits;
import org.lcmhub.testing.InMemorySignups;
import org.lcmhub.testing.MovableClock;
import org.lcmhub.testing.RecordingMailer;

/** The personal link mailed again: the same answer for any address, limits, and the old key retired. */
class PersonalLinksTest {
    private final InMemoryCohorts cohorts = new InMemoryCohorts()
            .with(InMemoryCohorts.cohort("py-1", "python", 1, true))
            .with(InMemoryCohorts.cohort("js-1", "javascript", 5, true));
    private final InMemorySignups store = new InMemorySignups(cohorts);
    private final RecordingMailer mail = new RecordingMailer();

    {
        store.queue = mail; // a new key's mail is queued with the key, in the store's transaction
    }
    private final MovableClock clock = new MovableClock(Instant.parse("2027-01-04T09:00:00Z"));
    private final AtomicInteger ids = new AtomicInteger();
    private final Messages messages = new Messages("https://hub.example.org");
    private final SignupService signups = new SignupService(store, cohorts, mail, messages, clock,
            () -> "learner-" + ids.incrementAndGet(), new SignupService.Limits(Duration.ofSeconds(60), Duration.ofMinutes(10)));
    private final PersonalLinks links = new PersonalLinks(store, cohorts, new InMemoryRateLimits(), messages, clock,
            new PersonalLinks.Limits(3, Duration.ofMinutes(15), 5, Duration.ofHours(1), Duration.ofMinutes(1)));

    private SignupOutcome signUp(String email, String cohortId, String path) {
        return signups.signUp(new SignupRequest("Awa Diallo", email, path, cohortId, "fr", "UTC", null, null, true));
    }

    private static String keyOf(Mail m) {
        return m.text().replaceAll("(?s).*#key=(\\S+).*", "$1");
    }

    @Test
    void aKnownAddressGetsANewLinkAndTheOldKeyIsRetired() {
        signUp("awa@example.org", "py-1", "python");
        String old = keyOf(mail.sent.get(0));
        clock.advance(Duration.ofMinutes(2));

        links.mailAgain(" AWA@example.org ", "203.0.113.7");

        assertThat(mail.sent).hasSize(2);
        Mail again = mail.sent.get(1);
        assertThat(again.kind()).isEqualTo("new-link");
        assertThat(again.to()).isEqualTo("awa@example.org");
        assertThat(again.text()).contains("https://hub.example.org/fr/me.html#key=").doesNotContain("/api/");
        String fresh = keyOf(again);
        assertThat(fresh).isNotEqualTo(old);
        String hash = store.keyHashes.get("learner-1");
        assertThat(LearnerKey.parse(fresh).matches(hash)).isTrue();
        assertThat(LearnerKey.parse(old).matches(hash)).as("the old link is refused").isFalse();
    }

    /** Awa signs up to two cohorts, then asks for her link again: the mails are the 3rd and 4th. */
    private void twoSignUpsAskForTheirLinkAgain() {
        signUp("awa@example.org", "py-1", "python");
        clock.advance(Duration.ofMinutes(2));
        signUp("awa@example.org", "js-1", "javascript");
        clock.advance(Duration.ofMinutes(2));

        links.mailAgain("awa@example.org", "203.0.113.7");
    }

    @Test
    void eachLinkMailNamesItsCohortAndItsDatesSoTwoSignUpsAreToldApart() {
        twoSignUpsAskForTheirLinkAgain();

        // In the learner's language (French): both cohorts run 8 weeks from Monday 4 January 2027.
        assertThat(mail.sent.subList(2, mail.sent.size())).extracting(Mail::subject).containsExactlyInAnyOrder(
                "Votre nouveau lien personnel\u00a0: Cohort py-1, début le lundi 4 janvier 2027",
                "Votre nouveau lien personnel\u00a0: Cohort js-1, début le lundi 4 janvier 2027");
        assertThat(mail.sent.get(2).text()).contains("Cette cohorte a lieu du lundi 4 janvier 2027 au dimanche 28 février 2027.");
    }

    @Test
    void aFrenchLearnerInAnEnglishCohortNamedAfterItsPathReadsThePathsFrenchTitleWithTheFirstDay() {
        cohorts.with(new Cohort("da-1", "data-analysis-10-weeks", "Data analysis: from spreadsheets to Python in 10 weeks",
                Language.EN, LocalDate.parse("2027-01-11"), 10, 20, true, 0, 0, Set.of("lcm-1"), Instant.EPOCH));
        String fr = "Analyse de données\u00a0: du tableur à Python en 10\u00a0semaines";
        signUp("awa@example.org", "da-1", "data-analysis-10-weeks");
        clock.advance(Duration.ofMinutes(2));
        links.mailAgain("awa@example.org", "203.0.113.7");

        Mail welcome = mail.sent.get(0);
        assertThat(welcome.subject()).isEqualTo("Votre inscription\u00a0: " + fr + ", début le lundi 11 janvier 2027");
        // The next sentence says the start: the cohort is named once with it.
        assertThat(welcome.text()).contains("dans la cohorte «\u00a0" + fr + "\u00a0». Cette cohorte se déroule en anglais. "
                + "La cohorte commence le lundi 11 janvier 2027.").doesNotContain("Data analysis");
        Mail again = mail.sent.get(1);
        assertThat(again.subject()).isEqualTo("Votre nouveau lien personnel\u00a0: " + fr + ", début le lundi 11 janvier 2027");
        assertThat(again.text()).contains("pour la cohorte «\u00a0" + fr + "\u00a0» (gardez-le").doesNotContain("Data analysis");
    }

    @Test
    void aLinkMailForACohortThatIsOverSaysItEnded() {
        signUp("awa@example.org", "py-1", "python");
        clock.advance(Duration.ofDays(70));

        links.mailAgain("awa@example.org", "203.0.113.7");

        assertThat(mail.sent.get(1).text()).contains("Cette cohorte s’est terminée le dimanche 28 février 2027.")
                .doesNotContain("a lieu du");
    }

    /**
     * Waiting while another cohort of the path has a seat, the learner reads of that seat in the link
     * mailed again, as in the waitlist mail; one with a seat reads nothing of it.
     */
    @Test
    void aWaitingLearnersNewLinkNamesTheSeatElsewhere() {
        cohorts.with(InMemoryCohorts.cohort("py-2", "python", 3, true));
        signUp("ama@example.org", "py-1", "python"); // takes py-1's only seat
        signUp("awa@example.org", "py-1", "python"); // waits
        clock.advance(Duration.ofMinutes(2));

        links.mailAgain("ama@example.org", "203.0.113.7");
        links.mailAgain("awa@example.org", "203.0.113.7");

        Mail waiting = mail.sent.stream().filter(m -> m.kind().equals("new-link") && m.to().equals("awa@example.org"))
                .findFirst().orElseThrow();
        assertThat(waiting.text()).contains("avait encore des places\u00a0: «\u00a0Cohort py-2\u00a0», "
                + "qui commence le lundi 4 janvier 2027 (3 places restantes).", "votre nouveau lien ci-dessus");
        Mail seated = mail.sent.stream().filter(m -> m.kind().equals("new-link") && m.to().equals("ama@example.org"))
                .findFirst().orElseThrow();
        assertThat(seated.text()).doesNotContain("Cohort py-2", "une autre cohorte");
    }

    @Test
    void everySignUpOfTheAddressGetsItsOwnLink() {
        twoSignUpsAskForTheirLinkAgain();

        assertThat(mail.sent.subList(2, mail.sent.size())).extracting(PersonalLinksTest::keyOf)
                .extracting(k -> LearnerKey.parse(k).learnerId()).containsExactlyInAnyOrder("learner-1", "learner-2");
    }

    @Test
    void anUnknownAddressIsAnsweredTheSameAndNothingIsSent() {
        links.mailAgain("nobody@example.org", "203.0.113.7");
        assertThat(mail.sent).isEmpty();
    }

    @Test
    void theAddressLimitHoldsForKnownAndUnknownAddressesAlike() {
        signUp("awa@example.org", "py-1", "python");
        for (String address : new String[] {"awa@example.org", "nobody@example.org"}) {
            for (int i = 0; i < 3; i++) {
                links.mailAgain(address, "client-" + address + i);
            }
            assertThatThrownBy(() -> links.mailAgain(address, "another-client"))
                    .as(address).isInstanceOf(PersonalLinks.TooMany.class);
        }
        clock.advance(Duration.ofMinutes(15));
        links.mailAgain("awa@example.org", "another-client");
    }

    @Test
    void theClientLimitHoldsAcrossAddresses() {
        for (int i = 0; i < 5; i++) {
            links.mailAgain("someone" + i + "@example.org", "198.51.100.1");
        }
        assertThatThrownBy(() -> links.mailAgain("awa@example.org", "198.51.100.1"))
                .isInstanceOf(PersonalLinks.TooMany.class);
        links.mailAgain("awa@example.org", "198.51.100.2");
    }

    @Test
    void oneLearnerGetsAtMostOneMailAMinute() {
        signUp("awa@example.org", "py-1", "python");
        clock.advance(Duration.ofMinutes(2));
        links.mailAgain("awa@example.org", "a");
        links.mailAgain("awa@example.org", "b");
        assertThat(mail.sent).hasSize(2);
        clock.advance(Duration.ofSeconds(61));
        links.mailAgain("awa@example.org", "c");
        assertThat(mail.sent).hasSize(3);
    }

    @Test
    void aMalformedAddressIsAFieldError() {
        assertThatThrownBy(() -> links.mailAgain("not an address", "a")).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).fields()).containsKey("email"));
        assertThatThrownBy(() -> links.mailAgain(null, "a")).isInstanceOf(InvalidInput.class);
    }
}
