package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.Messages;
import org.lcmhub.signup.model.SignupRequest;
import org.lcmhub.signup.model.SignupOutcome;
import org.lcmhub.signup.store.SignupStore;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.InMemorySignups;
import org.lcmhub.testing.RecordingMailer;

class SignupServiceTest {
    private final InMemoryCohorts cohorts = new InMemoryCohorts()
            .with(InMemoryCohorts.cohort("py-2027-01", "python-foundations", 1, true))
            .with(InMemoryCohorts.cohort("py-closed", "python-foundations", 5, false))
            .with(InMemoryCohorts.cohort("js-2027-01", "javascript-basics", 5, true));
    private final InMemorySignups store = new InMemorySignups(cohorts);
    private final RecordingMailer mail = new RecordingMailer();

    {
        store.queue = mail; // a new key's mail is queued with the key, in the store's transaction
    }
    private final AtomicInteger ids = new AtomicInteger();
    private final SignupService service = new SignupService(store, cohorts, mail, new Messages("https://hub.example.org"),
            Clock.fixed(Instant.parse("2027-01-04T09:00:00Z"), ZoneOffset.UTC), () -> "learner-" + ids.incrementAndGet(),
            new SignupService.Limits(Duration.ofSeconds(60), Duration.ofMinutes(10)));

    private static SignupRequest valid() {
        return new SignupRequest("Awa Diallo", " Awa.Diallo@Example.org ", "python-foundations", "py-2027-01",
                "fr", "Africa/Dakar", "Build a small tool for my job", 4, true);
    }

    @Test
    void signsUpANewLearnerWithANormalisedEmail() {
        SignupOutcome result = service.signUp(valid());

        assertThat(result.created()).isTrue();
        assertThat(result.learner().learnerId()).isEqualTo("learner-1");
        assertThat(result.learner().email()).isEqualTo("awa.diallo@example.org");
        assertThat(result.learner().status()).isEqualTo(LearnerStatus.ENROLLED);
        assertThat(result.learner().goals()).isEqualTo("Build a small tool for my job");
        assertThat(result.learner().createdAt()).isEqualTo(Instant.parse("2027-01-04T09:00:00Z"));
        assertThat(store.saved).hasSize(1);
    }

    @Test
    void theSameEmailInAnotherCaseIsTheSameLearner() {
        SignupOutcome first = service.signUp(valid());
        SignupOutcome again = service.signUp(new SignupRequest("Awa D.", "AWA.DIALLO@example.org",
                "python-foundations", "py-2027-01", "fr", "Africa/Dakar", null, null, true));

        assertThat(again.created()).isFalse();
        assertThat(again.learner().learnerId()).isEqualTo(first.learner().learnerId());
        assertThat(store.saved).hasSize(1);
    }

    @Test
    void reportsEveryInvalidFieldAtOnceAndSavesNothing() {
        InvalidInput error = catchThrowableOfType(InvalidInput.class, () -> service.signUp(
                new SignupRequest(null, "awa@", "Python!", "bad id!", "de", "Mars/Olympus", "x".repeat(1001), 0, false)));

        assertThat(error.fields()).containsOnlyKeys("name", "email", "pathId", "cohortId", "language", "timezone",
                "goals", "hoursPerWeek", "consent");
        assertThat(error.fields().get("timezone")).contains("time zone").doesNotContain("IANA");
        assertThat(store.saved).isEmpty();
    }

    @Test
    void acceptsRealTimeZonesAndRejectsOffsetsAndAbbreviations() {
        assertThat(SignupRules.check(withZone("America/Sao_Paulo"), new java.util.HashMap<>())).doesNotContainKey("timezone");
        assertThat(SignupRules.check(withZone("UTC"), new java.util.HashMap<>())).doesNotContainKey("timezone");
        assertThat(SignupRules.check(withZone("Etc/UTC"), new java.util.HashMap<>())).doesNotContainKey("timezone");
        assertThat(SignupRules.check(withZone("Etc/GMT+2"), new java.util.HashMap<>())).containsKey("timezone");
        assertThat(SignupRules.check(withZone("+02:00"), new java.util.HashMap<>())).containsKey("timezone");
        assertThat(SignupRules.check(withZone("CET"), new java.util.HashMap<>())).containsKey("timezone");
    }

    @Test
    void limitsNameLengthAndControlCharacters() {
        assertThat(SignupRules.check(withName("x".repeat(100)), new java.util.HashMap<>())).isEmpty();
        assertThat(SignupRules.check(withName("x".repeat(101)), new java.util.HashMap<>())).containsKey("name");
        assertThat(SignupRules.check(withName("Awa\u0000"), new java.util.HashMap<>())).containsKey("name");
    }

    /** Counted as a reader counts them: 60 emoji are 60 characters, not the 120 UTF-16 units Java's length gives. */
    @Test
    void namesAndGoalsAreMeasuredInCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00"; // one character outside the basic plane
        assertThat(SignupRules.check(withName(emoji.repeat(60)), new java.util.HashMap<>())).isEmpty();
        assertThat(SignupRules.check(withName("\u00c9" + emoji.repeat(99)), new java.util.HashMap<>())).isEmpty();
        java.util.Map<String, String> why = new java.util.HashMap<>();
        assertThat(SignupRules.check(withName(emoji.repeat(101)), why)).containsKey("name");
        assertThat(why).containsEntry("name", SignupRules.TOO_LONG);
        SignupRequest v = valid();
        SignupRequest goals = new SignupRequest(v.name(), v.email(), v.pathId(), v.cohortId(), v.language(), v.timezone(),
                emoji.repeat(1000), v.hoursPerWeek(), v.consent());
        assertThat(SignupRules.check(goals, new java.util.HashMap<>())).doesNotContainKey("goals");
    }

    @Test
    void checksEmailShape() {
        assertThat(SignupRules.check(withEmail("lea.martin+lcm@univ-lyon.fr"), new java.util.HashMap<>())).isEmpty();
        for (String bad : new String[] {"lea", "lea@", "@x.org", "lea@x", "lea martin@x.org", "lea@-x.org"}) {
            assertThat(SignupRules.check(withEmail(bad), new java.util.HashMap<>())).as(bad).containsKey("email");
        }
    }

    private static SignupRequest withZone(String zone) {
        SignupRequest v = valid();
        return new SignupRequest(v.name(), "awa@example.org", v.pathId(), v.cohortId(), v.language(), zone, null, null, true);
    }

    private static SignupRequest withName(String name) {
        SignupRequest v = valid();
        return new SignupRequest(name, "awa@example.org", v.pathId(), v.cohortId(), v.language(), v.timezone(), null, null, true);
    }

    private static SignupRequest withEmail(String email) {
        SignupRequest v = valid();
        return new SignupRequest(v.name(), email, v.pathId(), v.cohortId(), v.language(), v.timezone(), null, null, true);
    }

    @Test
    void fillsTheSeatsThenTheWaitlistAndMailsAPersonalLinkWithTheKey() {
        SignupOutcome first = service.signUp(valid());
        SignupOutcome second = service.signUp(new SignupRequest("Léa Martin", "lea@example.org", "python-foundations",
                "py-2027-01", "fr", "Europe/Paris", null, null, true));

        assertThat(first.learner().status()).isEqualTo(LearnerStatus.ENROLLED);
        assertThat(second.learner().status()).isEqualTo(LearnerStatus.WAITLISTED);
        assertThat(second.waitlistPosition()).isEqualTo(1);
        assertThat(mail.sent).hasSize(2);
        assertThat(mail.sent.get(1).text()).contains("liste d’attente", "position 1");
        // The seat's mail says when the cohort starts; the waitlist's says so from its subject on.
        assertThat(mail.sent.get(0).text()).contains("lundi 4 janvier 2027");
        assertThat(mail.sent.get(0).subject()).isEqualTo("Votre inscription : Cohort py-2027-01, début le lundi 4 janvier 2027");
        assertThat(mail.sent.get(1).subject()).isEqualTo("Liste d’attente : Cohort py-2027-01, début le lundi 4 janvier 2027");
        // Which cohort's waitlist (cohorts of a path may share a title), never that they can join in.
        assertThat(mail.sent.get(1).text()).contains("La cohorte a commencé le lundi 4 janvier 2027.")
                .doesNotContain("rejoindre");
        String token = mail.sent.get(0).text().replaceAll("(?s).*#key=(\\S+).*", "$1");
        LearnerKey key = LearnerKey.parse(token);
        assertThat(key.learnerId()).isEqualTo(first.learner().learnerId());
        assertThat(key.matches(store.keyHashes.get(key.learnerId()))).isTrue();
        assertThat(store.keyHashes.get(key.learnerId())).doesNotContain(key.secret());
    }

    @Test
    void theSignUpMailSaysWhetherTheCohortHasStartedOnTheLearnersOwnDate() {
        // 23:30 UTC on Sunday 3 January: already Monday 4 January, the cohort's first day, in Paris.
        SignupService sunday = new SignupService(store, cohorts, mail, new Messages("https://hub.example.org"),
                Clock.fixed(Instant.parse("2027-01-03T23:30:00Z"), ZoneOffset.UTC), () -> "learner-" + ids.incrementAndGet(),
                new SignupService.Limits(Duration.ofSeconds(60), Duration.ofMinutes(10)));
        sunday.signUp(new SignupRequest("Léa Martin", "lea@example.org", "python-foundations", "py-2027-01", "fr",
                "Europe/Paris", null, null, true));
        assertThat(mail.sent.get(0).text()).contains("La cohorte a commencé le lundi 4 janvier 2027");
    }

    @Test
    void withoutACohortTheLearnerJoinsThePathsNextOpenCohort() {
        SignupOutcome result = service.signUp(new SignupRequest("Awa", "awa@example.org", "javascript-basics", null,
                "fr", "Africa/Dakar", null, null, true));
        assertThat(result.learner().cohortId()).isEqualTo("js-2027-01");
    }

    @Test
    void refusesUnknownPathsWrongOrClosedCohortsFieldByField() {
        assertThat(fieldsOf(new SignupRequest("Awa", "awa@example.org", "no-such-path", null, "fr", "Africa/Dakar",
                null, null, true))).containsOnlyKeys("pathId");
        assertThat(fieldsOf(new SignupRequest("Awa", "awa@example.org", "python-foundations", "js-2027-01", "fr",
                "Africa/Dakar", null, null, true))).containsOnlyKeys("cohortId");
        assertThat(fieldsOf(new SignupRequest("Awa", "awa@example.org", "python-foundations", "py-closed", "fr",
                "Africa/Dakar", null, null, true)).get("cohortId")).contains("closed");
        assertThat(fieldsOf(new SignupRequest("Awa", "awa@example.org", "python-foundations", "nope", "fr",
                "Africa/Dakar", null, null, true)).get("cohortId")).contains("not a known cohort");
        assertThat(store.saved).isEmpty();
        assertThat(mail.sent).isEmpty();
    }

    @Test
    void theOutcomeSaysEnrolledWaitlistedOrAlreadySignedUpAndWhetherTheLinkWasMailedAgain() {
        org.lcmhub.testing.MovableClock clock = new org.lcmhub.testing.MovableClock(Instant.parse("2027-01-04T09:00:00Z"));
        SignupService moving = new SignupService(store, cohorts, mail, new Messages("https://hub.example.org"), clock,
                () -> "learner-" + ids.incrementAndGet(), new SignupService.Limits(Duration.ofSeconds(60), Duration.ofMinutes(10)));
        SignupOutcome seat = moving.signUp(valid());
        assertThat(seat.kind()).isEqualTo(SignupOutcome.Kind.ENROLLED);
        assertThat(seat.cohort().startDate()).isEqualTo(LocalDate.parse("2027-01-04"));
        clock.advance(Duration.ofMinutes(2));
        SignupOutcome waiting = moving.signUp(new SignupRequest("Léa Martin", "lea@example.org", "python-foundations",
                "py-2027-01", "fr", "Etc/UTC", null, null, true));
        assertThat(waiting.kind()).isEqualTo(SignupOutcome.Kind.WAITLISTED);
        assertThat(waiting.waitlistPosition()).isEqualTo(1);

        SignupOutcome soon = moving.signUp(valid());
        assertThat(soon.kind()).isEqualTo(SignupOutcome.Kind.ALREADY);
        assertThat(soon.linkMailed()).as("within the mail cool-down").isFalse();
        assertThat(mail.sent).hasSize(2);

        clock.advance(Duration.ofMinutes(11));
        SignupOutcome later = moving.signUp(valid());
        assertThat(later.kind()).isEqualTo(SignupOutcome.Kind.ALREADY);
        assertThat(later.linkMailed()).isTrue();
        assertThat(mail.sent).hasSize(3);
        LearnerKey old = LearnerKey.parse(mail.sent.get(0).text().replaceAll("(?s).*#key=(\\S+).*", "$1"));
        LearnerKey fresh = LearnerKey.parse(mail.sent.get(2).text().replaceAll("(?s).*#key=(\\S+).*", "$1"));
        assertThat(fresh.matches(store.keyHashes.get(old.learnerId()))).isTrue();
        assertThat(old.matches(store.keyHashes.get(old.learnerId()))).isFalse();
    }

    /**
     * Left on a full cohort's waitlist, the learner hears of the path's cohort that still has a seat:
     * in their language first (even a later one), never a closed one or one of another path; none
     * for a learner with a seat.
     */
    @Test
    void aLearnerLeftOnAWaitlistIsOfferedTheSeatOfAnotherCohortOfThePath() {
        InMemoryCohorts path = new InMemoryCohorts()
                .with(InMemoryCohorts.cohort("py-full", "python-foundations", 1, true))
                .with(new Cohort("py-en", "python-foundations", "Python in English", Language.EN, LocalDate.parse("2027-01-04"),
                        8, 5, true, 0, 0, java.util.Set.of(), Instant.EPOCH))
                .with(new Cohort("py-feb", "python-foundations", "Python février", Language.FR, LocalDate.parse("2027-02-01"),
                        6, 3, true, 1, 0, java.util.Set.of(), Instant.EPOCH))
                .with(InMemoryCohorts.cohort("py-shut", "python-foundations", 9, false))
                .with(InMemoryCohorts.cohort("js-open", "javascript-basics", 9, true));
        InMemorySignups signups = new InMemorySignups(path);
        SignupService signing = new SignupService(signups, path, mail, new Messages("https://hub.example.org"),
                InMemoryCohorts.BEFORE_START, () -> "learner-" + ids.incrementAndGet(), SignupService.Limits.DEFAULT);
        SignupOutcome seat = signing.signUp(new SignupRequest("Awa Diallo", "awa@example.org", "python-foundations",
                "py-full", "fr", "Africa/Dakar", null, null, true));
        assertThat(seat.kind()).isEqualTo(SignupOutcome.Kind.ENROLLED);
        assertThat(seat.elsewhere()).as("a seat: nothing else to offer").isNull();

        SignupOutcome waiting = signing.signUp(new SignupRequest("Léa Martin", "lea@example.org", "python-foundations",
                "py-full", "fr", "Europe/Paris", null, null, true));
        assertThat(waiting.kind()).isEqualTo(SignupOutcome.Kind.WAITLISTED);
        assertThat(waiting.elsewhere()).as("her language first, then the earliest").isNotNull()
                .satisfies(c -> {
                    assertThat(c.cohortId()).isEqualTo("py-feb");
                    assertThat(c.seatsLeft()).isEqualTo(2);
                });
        // The mail names it too: the page that said so may be closed before anyone reads it.
        assertThat(mail.sent.get(mail.sent.size() - 1).text()).contains("Léa", "«\u00a0Python février\u00a0», "
                + "qui commence le lundi 1er février 2027 (2 places restantes)");
        assertThat(mail.sent.get(0).text()).as("a seat: nothing else to offer").doesNotContain("autre cohorte");

        SignupOutcome english = signing.signUp(new SignupRequest("Yaw Mensah", "yaw@example.org", "python-foundations",
                "py-full", "en", "Africa/Accra", null, null, true));
        assertThat(english.elsewhere().cohortId()).isEqualTo("py-en");
        path.with(new Cohort("py-feb", "python-foundations", "Python février", Language.FR, LocalDate.parse("2027-02-01"),
                6, 3, true, 3, 0, java.util.Set.of(), Instant.EPOCH));
        SignupOutcome later = signing.signUp(new SignupRequest("Inès Moreau", "ines@example.org", "python-foundations",
                "py-full", "fr", "Europe/Paris", null, null, true));
        assertThat(later.elsewhere().cohortId()).as("a full one is not offered: another language is").isEqualTo("py-en");
    }

    @Test
    void signingUpAgainAfterTheSignUpCoolDownMailsTheLinkAtTheLinkAgainFormsPace() {
        org.lcmhub.testing.MovableClock clock = new org.lcmhub.testing.MovableClock(Instant.parse("2027-01-04T09:00:00Z"));
        SignupService service = new SignupService(store, cohorts, mail, new Messages("https://hub.example.org"), clock,
                () -> "learner-" + ids.incrementAndGet(), SignupService.Limits.DEFAULT);
        service.signUp(valid());
        clock.advance(Duration.ofSeconds(90));

        SignupOutcome again = service.signUp(valid());

        assertThat(again.kind()).isEqualTo(SignupOutcome.Kind.ALREADY);
        assertThat(again.linkMailed()).as("the pages promise at most one a minute, not one in ten").isTrue();
        assertThat(mail.sent).hasSize(2);
    }

    @Test
    void withoutACohortALearnerJoinsOneInTheirLanguageWhenThereIsOne() {
        LocalDate today = LocalDate.parse("2027-03-01");
        Cohort english = new Cohort("en-1", "p", "en-1", Language.EN, LocalDate.parse("2027-03-01"), 8, 5, true, 0, 0,
                java.util.Set.of(), Instant.EPOCH);
        Cohort french = new Cohort("fr-1", "p", "fr-1", Language.FR, LocalDate.parse("2027-03-15"), 8, 5, true, 5, 0,
                java.util.Set.of(), Instant.EPOCH);
        assertThat(SignupService.nextOpen(List.of(english, french), today, Language.FR)).map(Cohort::cohortId).hasValue("fr-1");
        assertThat(SignupService.nextOpen(List.of(english, french), today, Language.EN)).map(Cohort::cohortId).hasValue("en-1");
        Cohort halfGone = new Cohort("en-old", "p", "en-old", Language.EN, LocalDate.parse("2027-01-25"), 8, 5, true, 0, 0,
                java.util.Set.of(), Instant.EPOCH);
        assertThat(SignupService.nextOpen(List.of(halfGone, french), today, Language.EN)).map(Cohort::cohortId).hasValue("fr-1");
    }

    @Test
    void theNextOpenCohortIsTheEarliestNotOverPreferringFreeSeats() {
        LocalDate today = LocalDate.parse("2027-03-01");
        Cohort over = withStart("a-over", "2026-12-01", 5, 0);
        Cohort full = withStart("b-full", "2027-03-08", 1, 1);
        Cohort later = withStart("c-later", "2027-04-05", 5, 0);
        assertThat(SignupService.nextOpen(List.of(later, full, over), today, Language.FR)).map(Cohort::cohortId).hasValue("c-later");
        assertThat(SignupService.nextOpen(List.of(full, over), today, Language.FR)).map(Cohort::cohortId).hasValue("b-full");
        assertThat(SignupService.nextOpen(List.of(over), today, Language.FR)).isEmpty();
    }

    @Test
    void aSecondSignupElsewhereWithinTheCoolDownIsRefused() {
        service.signUp(valid());
        assertThatThrownBy(() -> service.signUp(new SignupRequest("Awa", "awa.diallo@example.org", "javascript-basics",
                "js-2027-01", "fr", "Africa/Dakar", null, null, true))).isInstanceOf(SignupStore.CoolingDown.class);
    }

    private static Cohort withStart(String id, String start, int seats, int enrolled) {
        return new Cohort(id, "p", id, Language.EN, LocalDate.parse(start), 8, seats, true, enrolled, 0, java.util.Set.of(),
                Instant.EPOCH);
    }

    private java.util.Map<String, String> fieldsOf(SignupRequest request) {
        return catchThrowableOfType(InvalidInput.class, () -> service.signUp(request)).fields();
    }
}
