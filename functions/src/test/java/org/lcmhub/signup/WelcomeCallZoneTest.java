package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Messages;
import org.lcmhub.places.Channel;
import org.lcmhub.places.ChannelKind;
import org.lcmhub.places.WelcomePlaces;
import org.lcmhub.places.store.PlaceStore;
import org.lcmhub.signup.model.SignupRequest;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.InMemorySignups;
import org.lcmhub.testing.RecordingMailer;

/**
 * A learner who signs up in winter for a cohort that starts after the change to summer time reads
 * the weekly call's zone as it will be at the first call they can join: the cohort's, not the next
 * one after the mail.
 */
class WelcomeCallZoneTest {
    private static final ZoneId CENTRAL_EUROPE = ZoneId.of("MET");
    /** Starts on Monday 5 April 2027; its weekly call is on Mondays at 18:00, Central European time. */
    private static final Cohort APRIL = new Cohort("py-2027-04", "python-foundations", "Python", Language.FR,
            LocalDate.parse("2027-04-05"), 8, 30, true, 0, 0, Set.of("lcm-1"), Instant.parse("2026-11-01T00:00:00Z"));
    private static final Channel CALL = new Channel(APRIL.cohortId(), "ch-1", ChannelKind.CALL, "Appel du lundi",
            "https://meet.example.org/python", new Channel.GroupCall("mon", "18:00", CENTRAL_EUROPE.getId(), 60),
            Instant.parse("2026-11-01T00:00:00Z"));

    @Test
    void theSignUpMailNamesTheZoneOfTheCohortsFirstCall() {
        InMemoryCohorts cohorts = new InMemoryCohorts().with(APRIL);
        InMemorySignups store = new InMemorySignups(cohorts);
        RecordingMailer mail = new RecordingMailer();
        store.queue = mail;
        WelcomePlaces places = new WelcomePlaces(stub(PlaceStore.class, "channels", List.of(CALL)), "");
        SignupService service = new SignupService(store, cohorts, mail, new Messages(""),
                Clock.fixed(Instant.parse("2027-01-04T09:00:00Z"), ZoneOffset.UTC), () -> "learner-1",
                new SignupService.Limits(Duration.ofSeconds(60), Duration.ofMinutes(10))).withPlaces(places);

        service.signUp(new SignupRequest("Léa Martin", "lea@example.org", "python-foundations", APRIL.cohortId(), "fr",
                "Europe/Paris", null, null, true));

        String firstCall = Language.FR.zone(CENTRAL_EUROPE, Instant.parse("2027-04-05T16:00:00Z"));
        String afterTheMail = Language.FR.zone(CENTRAL_EUROPE, Instant.parse("2027-01-04T17:00:00Z"));
        assertThat(firstCall).isNotEqualTo(afterTheMail); // summer time against winter time
        assertThat(mail.sent.get(0).text()).contains("chaque lundi à 18\u00A0h, " + firstCall + ")")
                .doesNotContain(afterTheMail + ")");
    }

    /** A store answering {@code answer} to {@code method} and false to anything else. */
    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, String method, Object answer) {
        return (T) Proxy.newProxyInstance(WelcomeCallZoneTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> m.getName().equals(method) ? answer : false);
    }
}
