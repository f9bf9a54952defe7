package org.lcmhub.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;

/**
 * A report's 1:1 on the learner's clock: the mentor in Paris reports the meeting of Tuesday
 * 1 December 2026 at 19:00; for Fatou in Auckland it was Wednesday 2 December, the day her page
 * names beside her next 1:1, which it also gives on her clock.
 */
class ReportLearnerDateTest {
    private static final Instant TUESDAY_EVENING_IN_PARIS = Instant.parse("2026-12-01T18:00:00Z");

    private static SessionReport report(Instant from, Instant until) {
        return new SessionReport("r-1", "l-1", "c-1", "mentor", "m-1", "Inès", LocalDate.parse("2026-12-01"),
                SessionReport.Outcome.NO_SHOW, "", null, List.of(), null, null, null,
                Instant.parse("2026-12-01T19:00:00Z"), from, until);
    }

    @Test
    void aReportOnASeriesMeetingIsOnTheLearnersDay() {
        List<Map<String, Object>> views = PlanViews.reports(
                List.of(report(TUESDAY_EVENING_IN_PARIS, TUESDAY_EVENING_IN_PARIS)), ZoneId.of("Pacific/Auckland"));
        assertThat(views.get(0)).containsEntry("date", "2026-12-01").containsEntry("learnerDate", "2026-12-02");
        // Johannesburg is an hour ahead of Paris: still Tuesday there.
        assertThat(PlanViews.reports(List.of(report(TUESDAY_EVENING_IN_PARIS, TUESDAY_EVENING_IN_PARIS)),
                ZoneId.of("Africa/Johannesburg")).get(0)).containsEntry("learnerDate", "2026-12-01");
    }

    @Test
    void theReportsMailNamesTheLearnersDayToo() {
        Learner fatou = new Learner("l-1", "Fatou Ndiaye", "fatou@example.org", "python", "c-1", Language.FR,
                "Pacific/Auckland", null, 3, LearnerStatus.ENROLLED, null, Instant.parse("2026-11-01T00:00:00Z"));
        Mail mail = new PlanMails(new Messages("https://hub.example.org")).reportFiled(fatou,
                report(TUESDAY_EVENING_IN_PARIS, TUESDAY_EVENING_IN_PARIS), null, null, false);
        assertThat(mail.subject() + mail.text()).contains("mercredi 2 décembre 2026").doesNotContain("mardi 1er décembre");
    }

    @Test
    void aReportOnADayWithoutAKnownTimeKeepsItsDate() {
        Instant from = Instant.parse("2026-11-30T23:00:00Z");
        Instant until = Instant.parse("2026-12-01T23:00:00Z");
        assertThat(PlanViews.reports(List.of(report(from, until)), ZoneId.of("Pacific/Auckland")).get(0))
                .containsEntry("learnerDate", "2026-12-01");
        assertThat(PlanViews.reports(List.of(report(null, null)), ZoneId.of("Pacific/Auckland")).get(0))
                .containsEntry("learnerDate", "2026-12-01");
    }
}
