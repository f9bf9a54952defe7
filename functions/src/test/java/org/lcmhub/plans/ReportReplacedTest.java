package org.lcmhub.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.Caller;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.LearnerStore;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.risk.SessionOutcome;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.InMemoryMentors;
import org.lcmhub.testing.InMemoryPlans;
import org.lcmhub.testing.MapLearners;
import org.lcmhub.testing.RecordingMailer;
import org.lcmhub.mail.Messages;

/**
 * A second report on the same 1:1 corrects the first: the learner reads and answers the later one,
 * so the staff pages must not show the first as waiting for an answer, nor the early warning count it.
 */
class ReportReplacedTest {
    private static final Caller INES = new Caller("sub-ines", "ines@example.org", Set.of("mentor"));
    private static final Learner AWA = new Learner("l-awa", "Awa Diallo", "awa@example.org", "python", "c-1", Language.FR,
            "Africa/Dakar", null, 3, LearnerStatus.ENROLLED, null, Instant.parse("2027-01-02T00:00:00Z"));

    private final InMemoryPlans store = new InMemoryPlans().learner(AWA.learnerId(), "c-1", INES.sub());
    private final InMemoryCohorts cohorts = new InMemoryCohorts().with(InMemoryCohorts.cohort("c-1", "python", 20, true));
    private final MapLearners learners = new MapLearners();

    ReportReplacedTest() {
        learners.stored.put(AWA.learnerId(), new LearnerStore.Stored(AWA, "hash"));
    }

    /** Inès files a report on the 1:1 of {@code date}, correcting the one there if any (she names it). */
    private SessionReport file(String at, String date, String outcome) {
        PlanService service = new PlanService(store, learners, cohorts, Clock.fixed(Instant.parse(at), ZoneOffset.UTC),
                new InMemoryMentors());
        return service.addReport(service.author(INES, null, AWA.learnerId()), AWA.learnerId(), null,
                new ReportInput(date, outcome, "Went through loops.", null, List.of(), null), false, currentOn(date));
    }

    private String currentOn(String date) {
        return SessionReport.current(store.reports(AWA.learnerId())).stream()
                .filter(r -> r.date().toString().equals(date)).map(SessionReport::reportId).findFirst().orElse(null);
    }

    private PlanService mailing(String at, RecordingMailer mailer) {
        return new PlanService(store, learners, cohorts, Clock.fixed(Instant.parse(at), ZoneOffset.UTC),
                new InMemoryMentors(), mailer, new Messages("https://hub.example.org"));
    }

    /**
     * Fatou's 1:1 of 9 February has Inès's report: notes, a plan change, a guide. A report on that
     * 1:1 that does not name it (a form opened on that day and saved as it came) is refused: nothing
     * written, no mail to Awa, and the refusal names the report there. Named, it replaces it; as it
     * changes nothing in the plan, it keeps the version the first one agreed, so the change is still
     * read under the report.
     */
    @Test
    void aReportOnA1To1ThatHasOneIsRefusedUnlessItNamesTheOneItReplaces() {
        RecordingMailer mailer = new RecordingMailer();
        PlanService service = mailing("2027-02-09T18:00:00Z", mailer);
        PlanStore.Author ines = service.author(INES, null, AWA.learnerId());
        SessionReport first = service.addReport(ines, AWA.learnerId(), 0, new ReportInput("2027-02-09", "held",
                "Went through loops.", new PlanInput(List.of(), 4, "2027-03-28"),
                List.of(new SessionReport.Resource(SessionReport.Resource.GUIDE, "catching-up", null)), null));
        mailer.sent.clear();
        PlanService later = mailing("2027-02-10T08:00:00Z", mailer);
        ReportInput again = new ReportInput("2027-02-09", "held", "Loops again, then functions.", null, List.of(), null);

        assertThatThrownBy(() -> later.addReport(ines, AWA.learnerId(), null, again))
                .isInstanceOfSatisfying(PlanService.ReportExists.class,
                        e -> assertThat(e.report().reportId()).isEqualTo(first.reportId()));
        assertThat(store.reports(AWA.learnerId())).containsExactly(first);
        assertThat(mailer.sent).isEmpty();

        SessionReport second = later.addReport(ines, AWA.learnerId(), null, again, false, first.reportId());
        assertThat(SessionReport.current(store.reports(AWA.learnerId()))).containsExactly(second);
        assertThat(second.planVersion()).isEqualTo(first.planVersion()).isEqualTo(1);
        assertThat(mailer.sent).hasSize(1);
    }

    /**
     * Two people correct the same report at once: the second names a report already replaced and is
     * refused, naming the one there now. A report naming one where there is none is bad input.
     */
    @Test
    void aReportNamingAReportNoLongerCurrentIsRefused() {
        SessionReport first = file("2027-02-09T18:00:00Z", "2027-02-09", "held");
        SessionReport second = file("2027-02-09T19:00:00Z", "2027-02-09", "held");
        PlanService service = mailing("2027-02-09T20:00:00Z", new RecordingMailer());
        PlanStore.Author ines = service.author(INES, null, AWA.learnerId());
        ReportInput again = new ReportInput("2027-02-09", "held", "Functions.", null, List.of(), null);

        assertThatThrownBy(() -> service.addReport(ines, AWA.learnerId(), null, again, false, first.reportId()))
                .isInstanceOfSatisfying(PlanService.ReportExists.class,
                        e -> assertThat(e.report().reportId()).isEqualTo(second.reportId()));
        assertThatThrownBy(() -> service.addReport(ines, AWA.learnerId(), null,
                new ReportInput("2027-02-02", "held", "Functions.", null, List.of(), null), false, first.reportId()))
                .isInstanceOfSatisfying(org.lcmhub.domain.InvalidInput.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("replaces"));
        assertThat(store.reports(AWA.learnerId())).hasSize(2);
    }

    /** A {@code replaces} that is no report id is refused on that field with the report's others, nothing written or mailed. */
    @Test
    void aReplacesThatIsNoReportIdIsRefusedOnItsField() {
        RecordingMailer mailer = new RecordingMailer();
        PlanService service = mailing("2027-02-09T18:00:00Z", mailer);
        PlanStore.Author ines = service.author(INES, null, AWA.learnerId());
        assertThatThrownBy(() -> service.addReport(ines, AWA.learnerId(), null,
                new ReportInput("2027-02-09", "held", "Loops.", null, List.of(), null), false, "REPORT-1"))
                .isInstanceOfSatisfying(org.lcmhub.domain.InvalidInput.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("replaces"));
        assertThatThrownBy(() -> service.addReport(ines, AWA.learnerId(), null,
                new ReportInput("2027-02-09", "held", "", null, List.of(), null), false, "REPORT-1"))
                .isInstanceOfSatisfying(org.lcmhub.domain.InvalidInput.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("notes", "replaces"));
        assertThat(store.reports(AWA.learnerId())).isEmpty();
        assertThat(mailer.sent).isEmpty();
    }

    /**
     * A 1:1 that took place is reported with what was said: without notes it is refused on
     * {@code notes} (params: {@code required}), nothing written or mailed. One that did not take place
     * needs none.
     */
    @Test
    void aHeldReportWithoutNotesIsRefusedAMissedOneNeedsNone() {
        RecordingMailer mailer = new RecordingMailer();
        PlanService service = mailing("2027-02-09T18:00:00Z", mailer);
        PlanStore.Author ines = service.author(INES, null, AWA.learnerId());
        for (String blank : java.util.Arrays.asList(null, "", "  \n ")) {
            assertThatThrownBy(() -> service.addReport(ines, AWA.learnerId(), null,
                    new ReportInput("2027-02-09", "held", blank, null, List.of(), null)))
                    .isInstanceOfSatisfying(org.lcmhub.domain.InvalidInput.class, e -> {
                        assertThat(e.fields()).containsOnlyKeys("notes");
                        assertThat(e.params()).containsEntry("notes", "required");
                    });
        }
        assertThat(store.reports(AWA.learnerId())).isEmpty();
        assertThat(mailer.sent).isEmpty();
        Map.of("2027-02-09", "no-show", "2027-02-02", "cancelled-by-learner-late", "2027-01-26", "cancelled-by-mentor")
                .forEach((date, outcome) -> service.addReport(ines, AWA.learnerId(), null,
                        new ReportInput(date, outcome, null, null, List.of(), null)));
        assertThat(store.reports(AWA.learnerId())).hasSize(3);
    }

    @Test
    void aLaterReportOnTheSame1To1ReplacesTheEarlierOneWhichNoLongerCounts() {
        SessionReport first = file("2027-02-09T18:00:00Z", "2027-02-09", "no-show");
        SessionReport other = file("2027-02-09T18:05:00Z", "2027-02-02", "held");
        SessionReport second = file("2027-02-09T19:00:00Z", "2027-02-09", "held");

        List<SessionReport> reports = store.reports(AWA.learnerId());
        assertThat(SessionReport.replaced(reports)).isEqualTo(Map.of(first.reportId(), second.reportId()));
        List<Map<String, Object>> shown = PlanViews.reports(reports);
        assertThat(shown).extracting(v -> v.get("reportId")).containsExactly(second.reportId(), other.reportId(),
                first.reportId());
        assertThat(shown).extracting(v -> v.get("replacedBy")).containsExactly(null, null, second.reportId());
        // The no-show was a mistake the mentor corrected: no missed 1:1.
        assertThat(PlanSigns.outcomes(reports)).extracting(SessionOutcome::kind)
                .containsExactly(SessionOutcome.Kind.HELD, SessionOutcome.Kind.HELD);
    }

    /**
     * Awa confirmed Inès's report on the 1:1 of 9 February. Inès files another on that 1:1: refused,
     * nothing written, naming the confirmed report and when Awa confirmed it; sent again saying it
     * replaces it, it is saved and is the one Awa now answers. A report on another 1:1 is not held back.
     */
    @Test
    void aReportOnA1To1TheLearnerConfirmedReplacesItOnlyWhenTheAuthorSaysSo() {
        SessionReport first = file("2027-02-09T18:00:00Z", "2027-02-09", "held");
        PlanService service = new PlanService(store, learners, cohorts,
                Clock.fixed(Instant.parse("2027-02-10T08:00:00Z"), ZoneOffset.UTC), new InMemoryMentors());
        service.answer(AWA, first.reportId(), "confirmed");
        PlanStore.Author ines = service.author(INES, null, AWA.learnerId());
        ReportInput again = new ReportInput("2027-02-09", "no-show", null, null, List.of(), null);

        assertThatThrownBy(() -> service.addReport(ines, AWA.learnerId(), null, again))
                .isInstanceOfSatisfying(PlanService.ConfirmedReport.class, e -> {
                    assertThat(e.report().reportId()).isEqualTo(first.reportId());
                    assertThat(e.report().answeredAt()).isEqualTo(Instant.parse("2027-02-10T08:00:00Z"));
                });
        assertThat(store.reports(AWA.learnerId())).hasSize(1);
        file("2027-02-10T08:01:00Z", "2027-02-02", "held");

        SessionReport second = service.addReport(ines, AWA.learnerId(), null, again, true, first.reportId());
        List<SessionReport> reports = store.reports(AWA.learnerId());
        assertThat(SessionReport.replaced(reports)).containsEntry(first.reportId(), second.reportId());
        assertThat(SessionReport.current(reports)).extracting(SessionReport::answer).containsOnlyNulls();
    }

    /**
     * Awa's page showed the first report when Inès corrected it: her answer to the first is refused
     * (nothing kept), naming the report that replaces it; the later one she answers.
     */
    @Test
    void anAnswerToAReplacedReportIsRefusedAndLeavesNothingWritten() {
        SessionReport first = file("2027-02-09T18:00:00Z", "2027-02-09", "no-show");
        SessionReport second = file("2027-02-09T19:00:00Z", "2027-02-09", "held");
        PlanService service = new PlanService(store, learners, cohorts,
                Clock.fixed(Instant.parse("2027-02-09T20:00:00Z"), ZoneOffset.UTC), new InMemoryMentors());

        assertThatThrownBy(() -> service.answer(AWA, first.reportId(), "talk-again"))
                .isInstanceOfSatisfying(PlanService.Replaced.class, e -> assertThat(e.by()).isEqualTo(second.reportId()));

        assertThat(store.reports(AWA.learnerId())).extracting(SessionReport::answer).containsOnlyNulls();
        assertThat(service.answer(AWA, second.reportId(), "confirmed").answer()).isEqualTo(SessionReport.Answer.CONFIRMED);
    }
}
