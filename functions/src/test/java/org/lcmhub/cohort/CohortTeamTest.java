package org.lcmhub.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.Caller;
import org.lcmhub.auth.Invitations;
import org.lcmhub.auth.StaffInvitations;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.mail.Messages;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.RecordingMailer;

/**
 * A colleague added to or taken off a team reads which cohort by its title and first day (cohorts of
 * one path share a title).
 */
class CohortTeamTest {
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private final InMemoryCohorts cohorts = new InMemoryCohorts()
            .with(cohort("c1", "Python in 8 weeks", "2026-12-14", Set.of("alice")))
            .with(cohort("c2", "Python in 8 weeks", "2027-03-01", Set.of("alice", "bruno")));
    private final RecordingMailer mailer = new RecordingMailer();
    private final StaffInvitations directory = new StaffInvitations() {
        @Override
        public Invited invite(String email, String group) {
            return invite(email, group, null);
        }

        @Override
        public Invited invite(String email, String group, String name) {
            return new Invited(email.substring(0, email.indexOf('@')), email, false);
        }
    };
    private final Caller alice = new Caller("alice", "alice@example.org", Set.of(Caller.LCM), "Alice Martin");

    private static Cohort cohort(String id, String title, String start, Set<String> lcms) {
        return new Cohort(id, "python-8-weeks", title, Language.EN, LocalDate.parse(start), 8, 20, true, 0, 0, lcms, NOW);
    }

    private CohortTeam team(StaffInvitations staff) {
        return new CohortTeam(cohorts, new Invitations(staff, mailer, new Messages("https://hub.example.org")));
    }

    @Test
    void theAddedAndRemovedColleagueReadsTheCohortsTitleAndFirstDayInTheMailsLanguage() {
        team(directory).add(alice, "c1", "dana@example.org", Language.EN);
        team(directory).add(alice, "c1", "eve@example.org", Language.FR);
        team(directory).remove(alice, "c1", "dana");

        assertThat(mailer.sent.get(0).subject())
                .isEqualTo("You are on the LCM team of “Python in 8 weeks, starting Monday 14 December 2026”");
        assertThat(mailer.sent.get(0).text()).contains("added you to the LCM team of the cohort"
                + " “Python in 8 weeks, starting Monday 14 December 2026” on LCM Hub.");
        assertThat(mailer.sent.get(1).subject()).isEqualTo(
                "Vous rejoignez l’équipe LCM de «\u00a0Python in 8 weeks, début le lundi 14 décembre 2026\u00a0»");
        assertThat(mailer.sent.get(2).subject()).isEqualTo(
                "You are no longer on the LCM team of “Python in 8 weeks, starting Monday 14 December 2026”");
    }
}
