package org.lcmhub.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.auth.Caller;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.domain.InvalidInput;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.LearnerStore;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.InMemoryMentors;
import org.lcmhub.testing.InMemoryPlans;
import org.lcmhub.testing.MapLearners;
import org.lcmhub.testing.RecordingMailer;

class PlanServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-10T10:00:00Z"), ZoneOffset.UTC);
    private static final Caller INES = new Caller("sub-ines", "ines@example.org", Set.of("mentor"));
    private static final Caller FARID = new Caller("sub-farid", "farid@example.org", Set.of("mentor"));
    private static final Caller ALICE = new Caller("lcm-1", "alice@example.org", Set.of("lcm"));
    private static final Caller BRUNO = new Caller("lcm-2", "bruno@example.org", Set.of("lcm"));
    private static final Learner AWA = new Learner("l-awa", "Awa Diallo", "awa@example.org", "python", "c-1", Language.FR,
            "Africa/Dakar", "Build a small web app\nand more", 3, LearnerStatus.ENROLLED, null,
            Instant.parse("2027-01-02T00:00:00Z"));

    private final InMemoryPlans store = new InMemoryPlans().learner(AWA.learnerId(), "c-1", INES.sub()).team("c-1", "lcm-1");
    private final InMemoryCohorts cohorts = new InMemoryCohorts()
            .with(InMemoryCohorts.cohort("c-1", "python", 20, true)).with(InMemoryCohorts.cohort("c-2", "python", 20, true));
    private final MapLearners learners = new MapLearners();
    private final InMemoryMentors mentors = new InMemoryMentors();
    private final RecordingMailer mailer = new RecordingMailer();
    private final PlanService service = new PlanService(store, learners, cohorts, CLOCK, mentors, mailer,
            new Messages("https://hub.example.org"));

    PlanServiceTest() {
        learners.stored.put(AWA.learnerId(), new LearnerStore.Stored(AWA, "hash"));
        mentors.save(new Mentor(INES.sub(), INES.email(), "Inès Laurent", List.of("python"), List.of(), List.of("fr"),
                "Europe/Paris", 3, 0, false, List.of(), CLOCK.instant(), Language.EN));
    }

    private static PlanInput plan(int hours, String end, PlanInput.ObjectiveInput... objectives) {
        return new PlanInput(List.of(objectives), hours, end);
    }

    private PlanStore.Author ines() {
        return service.author(INES, null, AWA.learnerId());
    }

    @Test
    void beforeAnyChangeThePlanIsTheSignUpsGoalsAndHours() {
        PersonalPlan p = service.own(AWA).plan();
        assertThat(p.version()).isZero();
        assertThat(p.weeklyHours()).isEqualTo(3);
        assertThat(p.endDate()).isEqualTo(cohorts.find("c-1").endDate());
        assertThat(p.objectives()).extracting(Objective::description).containsExactly("Build a small web app");
        assertThat(p.changedBy()).isEqualTo("signup");
    }

    /** The sign-up form asks no hours: the plan starts from the path's estimate, said to come from it. */
    @Test
    void withoutHoursFromTheLearnerThePlanStartsFromThePathsEffort() {
        Learner lea = new Learner("l-lea", "Léa Martin", "lea@example.org", "python-8-weeks", "c-3", Language.FR,
                "Europe/Paris", null, null, LearnerStatus.ENROLLED, null, Instant.parse("2027-01-02T00:00:00Z"));
        cohorts.with(InMemoryCohorts.cohort("c-3", "python-8-weeks", 20, true));
        PersonalPlan p = service.own(lea).plan();
        assertThat(p.weeklyHours()).isEqualTo(4); // content/*/paths/python-in-8-weeks.md: effort=4
        assertThat(p.changedBy()).isEqualTo("path");
        Learner elsewhere = new Learner("l-sam", "Sam", "sam@example.org", "python", "c-1", Language.EN,
                "Europe/Dublin", null, null, LearnerStatus.ENROLLED, null, Instant.parse("2027-01-02T00:00:00Z"));
        assertThat(service.own(elsewhere).plan().weeklyHours()).isEqualTo(PlanService.DEFAULT_HOURS);
    }

    @Test
    void aReportWithAPlanChangeStoresTheNextVersionAndKeepsTheEarlierOnes() {
        service.savePlan(ines(), AWA.learnerId(), 0, plan(4, "2027-03-28",
                new PlanInput.ObjectiveInput("0", "Build a small web app", "2027-03-28", "open")));
        SessionReport r = service.addReport(ines(), AWA.learnerId(), 1, new ReportInput("2027-02-09", "held",
                "Loops are clear now.", plan(3, "2027-04-25",
                        new PlanInput.ObjectiveInput("0", "Build a small web app", "2027-04-25", "open"),
                        new PlanInput.ObjectiveInput(null, "Finish the loops exercises", "2027-02-21", null)),
                List.of(new SessionReport.Resource("guide", "weekly-check-ins", null),
                        new SessionReport.Resource("step", null, 3)), "2027-02-16"));

        assertThat(r.planVersion()).isEqualTo(2);
        PlanService.Folder f = service.folder(ines(), AWA.learnerId());
        assertThat(f.plan().version()).isEqualTo(2);
        assertThat(f.plan().weeklyHours()).isEqualTo(3);
        assertThat(f.plan().reportId()).isEqualTo(r.reportId());
        assertThat(f.plan().objectives()).extracting(Objective::status)
                .containsExactly(Objective.Status.OPEN, Objective.Status.OPEN);
        assertThat(f.versions()).extracting(PersonalPlan::version).containsExactly(2, 1);
        assertThat(f.versions().get(1).weeklyHours()).isEqualTo(4);
        assertThat(f.reports()).extracting(SessionReport::resources).first().asList().hasSize(2);
    }

    @Test
    void aChangeMadeOnAnOlderVersionIsRefused() {
        service.savePlan(ines(), AWA.learnerId(), 0, plan(4, "2027-03-28"));
        assertThatThrownBy(() -> service.savePlan(service.author(ALICE, "c-1", AWA.learnerId()), AWA.learnerId(), 0,
                plan(5, "2027-03-28"))).isInstanceOf(PlanStore.Changed.class);
        assertThat(service.own(AWA).plan().weeklyHours()).isEqualTo(4);
    }

    @Test
    void onlyTheMentorOfThePairAndTheCohortsTeamMayChangeThePlan() {
        assertThatThrownBy(() -> service.author(FARID, null, AWA.learnerId())).isInstanceOf(PlanService.NotFound.class);
        assertThatThrownBy(() -> service.author(BRUNO, "c-1", AWA.learnerId()))
                .isInstanceOf(CohortStore.NotOnTeam.class);
        // Alice runs c-1; c-2 is hers too (InMemoryCohorts), but Awa is not in it.
        assertThatThrownBy(() -> service.folder(service.author(ALICE, "c-2", AWA.learnerId()), AWA.learnerId()))
                .isInstanceOf(PlanService.NotFound.class);
        PersonalPlan saved = service.savePlan(service.author(ALICE, "c-1", AWA.learnerId()), AWA.learnerId(), null,
                plan(2, "2027-05-02"));
        assertThat(saved.changedBy()).isEqualTo("lcm");
    }

    @Test
    void badPlansAndReportsNameEveryWrongField() {
        assertThatThrownBy(() -> service.addReport(ines(), AWA.learnerId(), null, new ReportInput("2027-02-12",
                "maybe", "line\u2028forged", plan(0, "2026-01-01",
                        new PlanInput.ObjectiveInput(null, "", "tomorrow", "done")),
                List.of(new SessionReport.Resource("step", null, 99)), "2027-02-01")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fields()).containsOnlyKeys(
                        "date", "outcome", "notes", "planChange.weeklyHours", "planChange.endDate",
                        "planChange.objectives[0].description", "planChange.objectives[0].targetDate",
                        "planChange.objectives[0].status", "resources[0]", "nextSession"));
        assertThat(store.reports(AWA.learnerId())).isEmpty();
    }

    /** The learner's page, the mentor's and the dashboard say who wrote a report: the role alone is not enough. */
    @Test
    void aReportKeepsWhoWroteItTheMentorByTheirNameAnLcmByTheirAddress() {
        SessionReport byInes = service.addReport(ines(), AWA.learnerId(), null,
                new ReportInput("2027-02-02", "held", "Fine.", null, List.of(), null));
        SessionReport byAlice = service.addReport(service.author(ALICE, "c-1", AWA.learnerId()), AWA.learnerId(), null,
                new ReportInput("2027-02-09", "held", "Fine.", plan(2, "2027-05-02"), List.of(), null));

        assertThat(PlanViews.report(byInes)).containsEntry("author", Map.of("role", "mentor", "name", "Inès Laurent"));
        assertThat(PlanViews.report(byAlice)).containsEntry("author", Map.of("role", "lcm", "name", "alice@example.org"));
        assertThat(store.reports(AWA.learnerId())).extracting(SessionReport::authorName)
                .containsExactly("alice@example.org", "Inès Laurent");
    }

    /** An LCM without a mentor profile is named as their sign-in names them, their address only failing that. */
    @Test
    void anLcmsReportIsNamedByTheNameTheirSignInGave() {
        Caller named = new Caller(ALICE.sub(), ALICE.email(), ALICE.groups(), "Alice Martin");
        SessionReport report = service.addReport(service.author(named, "c-1", AWA.learnerId()), AWA.learnerId(), null,
                new ReportInput("2027-02-09", "held", "Fine.", null, List.of(), null));

        assertThat(PlanViews.report(report)).containsEntry("author", Map.of("role", "lcm", "name", "Alice Martin"));
        assertThat(store.reports(AWA.learnerId())).extracting(SessionReport::authorName).containsExactly("Alice Martin");
    }

    /**
     * Awa meets Inès on Tuesdays (2 and 9 February). A report dated on the 9th speaks of her 1:1 of
     * that day; one dated on a Sunday, when no meeting took place, is worded as a report of that
     * day, never "your 1:1 of Sunday".
     */
    @Test
    void aReportDatedOnNoMeetingOfTheSeriesIsNotMailedAsThatDaysOneToOne() {
        Appointment tuesdays = new Appointment(AWA.learnerId(), INES.sub(), "c-1", "uid-1", 0, java.time.DayOfWeek.TUESDAY,
                java.time.LocalTime.of(18, 30), 30, ZoneId.of("Europe/Paris"), java.time.LocalDate.parse("2027-02-02"), 3,
                null, CLOCK.instant());
        PlanService withSeries = new PlanService(store, learners, cohorts, CLOCK, mentors, mailer,
                new Messages("https://hub.example.org"), id -> id.equals(AWA.learnerId()) ? tuesdays : null);

        withSeries.addReport(ines(), AWA.learnerId(), null, new ReportInput("2027-02-09", "held", "Fine.", null, List.of(), null));
        withSeries.addReport(ines(), AWA.learnerId(), null, new ReportInput("2027-02-07", "held", "Fine.", null, List.of(), null));

        assertThat(mailer.sent.get(0).subject())
                .isEqualTo("Votre rendez-vous du mardi 9 février 2027\u00a0: un compte rendu attend votre réponse");
        assertThat(mailer.sent.get(1).subject()).isEqualTo("Un compte rendu attend votre réponse");
        assertThat(mailer.sent.get(1).text()).contains("Inès Laurent, votre mentor, a rédigé un compte rendu à votre "
                + "intention le dimanche 7 février 2027.").doesNotContain("rendez-vous du dimanche");
    }

    /**
     * Awa reads French, her mentor Inès chose English mails: each is told in their own language. A
     * plan without objectives is not read "with its objectives".
     */
    @Test
    void aPlanTheTeamChangesIsMailedToTheLearnerAndTheirMentorEachInTheirLanguage() {
        PlanStore.Author alice = service.author(ALICE, "c-1", AWA.learnerId());
        service.addReport(alice, AWA.learnerId(), null,
                new ReportInput("2027-02-09", "held", "Fine.", plan(2, "2027-05-02"), List.of(), null));

        // Awa hears of the report and of its plan change in one mail.
        assertThat(mailer.sent).extracting(Mail::to).containsExactly("awa@example.org", "ines@example.org");
        assertThat(mailer.sent.get(0).kind()).isEqualTo("report-filed");
        assertThat(mailer.sent.get(0).subject())
                .isEqualTo("Votre rendez-vous du mardi 9 février 2027\u00a0: un compte rendu attend votre réponse");
        assertThat(mailer.sent.get(0).text()).contains("alice@example.org, de l’équipe LCM de votre cohorte, a rédigé "
                        + "un compte rendu de votre rendez-vous du mardi 9 février 2027.",
                "2\u00a0h par semaine jusqu’au dimanche 2 mai 2027", "https://hub.example.org/fr/me.html#me-plan",
                "dites-nous s’il est exact\u00a0:");
        assertThat(mailer.sent.get(1).subject()).isEqualTo("Awa Diallo’s plan has changed");
        assertThat(mailer.sent.get(1).text()).startsWith("Hello Inès Laurent,").contains(
                "alice@example.org, of the cohort’s LCM team", "2\u00a0h a week until Sunday 2 May 2027",
                "https://hub.example.org/en/staff/mentor.html");

        mailer.sent.clear();
        service.savePlan(alice, AWA.learnerId(), null, plan(3, "2027-05-09",
                new PlanInput.ObjectiveInput(null, "Finish the loops exercises", "2027-04-25", null)));
        assertThat(mailer.sent).hasSize(2);
        assertThat(mailer.sent.get(0).subject()).isEqualTo("Votre plan personnel a changé");
        assertThat(mailer.sent.get(0).text()).contains("alice@example.org, de l’équipe LCM de votre cohorte",
                "3\u00a0h par semaine jusqu’au dimanche 9 mai 2027", "https://hub.example.org/fr/me.html#me-plan");
        // A plan with objectives is read "with its objectives".
        assertThat(mailer.sent.get(0).text()).contains("Retrouvez-le, avec ses objectifs, dans votre espace personnel");
        // Each mail lists what changed, in the sentences a report's summary gives (plans.change.*).
        assertThat(mailer.sent.get(0).text()).contains("Ce qui a changé\u00a0:\n"
                + "– Heures par semaine\u00a0: de 2 à 3.\n"
                + "– Date de fin\u00a0: du dimanche 2 mai 2027 au dimanche 9 mai 2027.\n"
                + "– Objectif ajouté\u00a0: Finish the loops exercises, pour le dimanche 25 avril 2027.\n\n");
        assertThat(mailer.sent.get(1).text()).contains("What changed:\n– Hours a week: from 2 to 3.\n"
                + "– End date: from Sunday 2 May 2027 to Sunday 9 May 2027.\n"
                + "– Objective added: Finish the loops exercises, by Sunday 25 April 2027.\n\n");
        // The pages say the same list under the report or version: worked out once, by the server.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> versions = (List<Map<String, Object>>) PlanViews.folder(service.folder(alice,
                AWA.learnerId())).get("versions");
        assertThat(versions.get(0).get("changes")).isEqualTo(PlanChange.between(store.versions(AWA.learnerId()).get(1),
                store.versions(AWA.learnerId()).get(0)).stream().map(PlanChange::view).toList());
        assertThat(versions.get(0).get("changes")).asList().extracting(c -> (Object) ((Map<?, ?>) c).get("code"))
                .containsExactly("hours", "end", "added");
        // The first saved version is said against the sign-up's plan: its objective removed.
        assertThat(versions.get(1).get("changes")).asList().extracting(c -> (Object) ((Map<?, ?>) c).get("code"))
                .containsExactly("hours", "end", "removed");
        assertThat(mailer.sent.get(0).text()).doesNotContain("retiré");
    }

    /** A report's plan change lists each objective changed, as the page's summary does. */
    @Test
    void aReportsPlanChangeListsTheObjectivesItChanged() {
        PlanStore.Author alice = service.author(ALICE, "c-1", AWA.learnerId());
        service.addReport(alice, AWA.learnerId(), null, new ReportInput("2027-02-09", "held", "Fine.", plan(3, "2027-02-28",
                new PlanInput.ObjectiveInput("0", "Build a small web app", "2027-03-21", "reached")), List.of(), null));
        assertThat(mailer.sent.get(0).text()).contains("Il modifie votre plan personnel\u00a0: désormais 3\u00a0h par semaine jusqu’au dimanche 28 février 2027.",
                "Ce qui a changé\u00a0:\n– Objectif modifié\u00a0: Build a small web app, pour le dimanche 21 mars 2027 "
                        + "(Atteint).\n\n");
        assertThat(mailer.sent.get(1).text()).contains("What changed:\n– Objective changed: Build a small web app, "
                + "by Sunday 21 March 2027 (Reached).");
    }

    /**
     * The learner hears a report waits for their answer, from whoever wrote it, with its plan change
     * if any (the mentor's too: the learner reads it from the mail, not from the keyboard it was
     * typed at); the mentor is not told of their own change.
     */
    @Test
    void everyReportIsMailedToTheLearnerWithItsPlanChangeAndAPlanTheMentorChangesToNobodyElse() {
        service.addReport(ines(), AWA.learnerId(), null,
                new ReportInput("2027-02-09", "held", "Fine.", plan(2, "2027-05-02"), List.of(), null));
        service.addReport(service.author(ALICE, "c-1", AWA.learnerId()), AWA.learnerId(), null,
                new ReportInput("2027-02-02", "held", "Fine.", null, List.of(), null));
        assertThat(mailer.sent).extracting(Mail::to).containsExactly("awa@example.org", "awa@example.org");
        assertThat(mailer.sent).extracting(Mail::kind).containsOnly("report-filed");
        assertThat(mailer.sent.get(0).text()).startsWith("Bonjour Awa Diallo,").contains(
                "Inès Laurent, votre mentor, a rédigé un compte rendu de votre rendez-vous du mardi 9 février 2027.",
                "https://hub.example.org/fr/me.html#me-plan", "désormais 2\u00a0h par semaine",
                "– Heures par semaine\u00a0: de 3 à 2.", "– Objectif retiré\u00a0: Build a small web app.");
        assertThat(mailer.sent.get(1).text()).doesNotContain("désormais");
        assertThat(mailer.sent.get(1).text()).contains("alice@example.org, de l’équipe LCM de votre cohorte, "
                + "a rédigé un compte rendu de votre rendez-vous du mardi 2 février 2027.");
    }

    /** The mentor's own change of the plan: the learner hears of it in their language, with what changed; the mentor does not. */
    @Test
    void aPlanTheMentorChangesIsMailedToTheLearner() {
        service.savePlan(ines(), AWA.learnerId(), 0, plan(4, "2027-03-28",
                new PlanInput.ObjectiveInput("0", "Build a small web app", "2027-03-28", "open")));
        assertThat(mailer.sent).extracting(Mail::to).containsExactly("awa@example.org");
        Mail awa = mailer.sent.get(0);
        assertThat(awa.kind()).isEqualTo("plan-changed");
        assertThat(awa.subject()).isEqualTo("Votre plan personnel a changé");
        assertThat(awa.text()).startsWith("Bonjour Awa Diallo,").contains(
                "Inès Laurent, votre mentor, a modifié votre plan personnel\u00a0: désormais 4\u00a0h par semaine "
                        + "jusqu’au dimanche 28 mars 2027.",
                "Ce qui a changé\u00a0:\n– Heures par semaine\u00a0: de 3 à 4.\n",
                "https://hub.example.org/fr/me.html#me-plan").doesNotContain("de l’équipe LCM");
    }

    /**
     * The report form, on the mentor page and on the dashboard alike, starts on the day of the
     * series' latest meeting begun and not cancelled (worked out once: Appointment.lastBegun), not today.
     */
    @Test
    void theFolderGivesTheDayOfTheSeriesLatestMeetingSoFar() {
        // Tuesdays 18:00 in Paris from 26 January, four weeks; 9 February cancelled. Today: 10 February.
        Appointment a = new Appointment(AWA.learnerId(), INES.sub(), "c-1", "uid-1", 1, java.time.DayOfWeek.TUESDAY,
                java.time.LocalTime.of(18, 0), 30, ZoneId.of("Europe/Paris"), java.time.LocalDate.parse("2027-01-26"), 4,
                null, CLOCK.instant());
        Appointment series = a.with(org.lcmhub.pairing.Occurrence.cancelled(java.time.LocalDate.parse("2027-02-09")),
                CLOCK.instant());
        PlanService withSeries = new PlanService(store, learners, cohorts, CLOCK, mentors, mailer,
                new Messages("https://hub.example.org"), id -> series);
        assertThat(withSeries.folder(ines(), AWA.learnerId()).lastMeeting()).isEqualTo(java.time.LocalDate.parse("2027-02-02"));
        assertThat(withSeries.folder(withSeries.author(ALICE, "c-1", AWA.learnerId()), AWA.learnerId()).lastMeeting())
                .as("the team's folder too").isEqualTo(java.time.LocalDate.parse("2027-02-02"));
        assertThat(PlanViews.folder(withSeries.folder(ines(), AWA.learnerId())).get("lastMeeting")).isEqualTo("2027-02-02");
        assertThat(service.folder(ines(), AWA.learnerId()).lastMeeting()).as("no series").isNull();
        // Whether there is a series at all: without one, the form asks for the day naming none.
        assertThat(PlanViews.folder(withSeries.folder(ines(), AWA.learnerId())).get("oneToOne")).isEqualTo(true);
        assertThat(PlanViews.folder(service.folder(ines(), AWA.learnerId())).get("oneToOne")).as("no series").isEqualTo(false);
    }

    /**
     * At 23:30 UTC on 10 February, Inès (Paris) is on the 11th, Farid (New York) on the 10th, as is
     * an LCM without a mentor profile reporting on Awa (their day is hers: Dakar, UTC): a report is
     * refused a date after its author's own today, naming the latest day; the folder gives that day
     * for the form's max.
     */
    @Test
    void aReportIsRefusedADateAfterItsAuthorsOwnToday() {
        Clock late = Clock.fixed(Instant.parse("2027-02-10T23:30:00Z"), ZoneOffset.UTC);
        mentors.save(new Mentor(FARID.sub(), FARID.email(), "Farid", List.of("python"), List.of(), List.of("en"),
                "America/New_York", 3, 0, false, List.of(), CLOCK.instant()));
        PlanService at = new PlanService(store, learners, cohorts, late, mentors);
        ReportInput on11th = new ReportInput("2027-02-11", "held", "Fine.", null, List.of(), null);

        assertThat(at.addReport(ines(), AWA.learnerId(), null, on11th).date()).hasToString("2027-02-11");
        store.learner(AWA.learnerId(), "c-1", FARID.sub());
        PlanStore.Author farid = at.author(FARID, null, AWA.learnerId());
        PlanStore.Author alice = at.author(ALICE, "c-1", AWA.learnerId());
        for (PlanStore.Author author : List.of(farid, alice)) {
            assertThatThrownBy(() -> at.addReport(author, AWA.learnerId(), null, on11th))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.fields()).containsOnlyKeys("date");
                        assertThat(e.params()).containsEntry("date", "after-today").containsEntry("latestDate", "2027-02-10");
                    });
            assertThat(PlanViews.folder(at.folder(author, AWA.learnerId()))).containsEntry("latestDate", "2027-02-10");
        }
    }

    /**
     * An LCM without a mentor profile has no zone of their own: the day they report is the learner's.
     * Léa (Montreal) asked for help at 20:00 her time on 10 February (01:00 UTC on the 11th); the
     * LCM held a 1:1 with her at 21:00 and reports it on the 10th: her whole 10th, which the request
     * falls in, so it answers it. On UTC's calendar the 10th ended before she asked.
     */
    @Test
    void anLcmWithoutAProfileReportsOnTheLearnersCalendar() {
        Learner lea = new Learner("l-lea", "Léa Martin", "lea@example.org", "python", "c-1", Language.FR,
                "America/Montreal", "Build a small web app", 3, LearnerStatus.ENROLLED, null,
                Instant.parse("2027-01-02T00:00:00Z"));
        learners.stored.put(lea.learnerId(), new LearnerStore.Stored(lea, "hash"));
        store.learner(lea.learnerId(), "c-1", INES.sub());
        Clock evening = Clock.fixed(Instant.parse("2027-02-11T02:30:00Z"), ZoneOffset.UTC);
        PlanService at = new PlanService(store, learners, cohorts, evening, mentors);
        PlanStore.Author alice = at.author(ALICE, "c-1", lea.learnerId());

        assertThat(PlanViews.folder(at.folder(alice, lea.learnerId()))).containsEntry("latestDate", "2027-02-10");
        SessionReport held = at.addReport(alice, lea.learnerId(), null,
                new ReportInput("2027-02-10", "held", "Went through loops.", null, List.of(), null));

        assertThat(held.heldFrom()).isEqualTo(Instant.parse("2027-02-10T05:00:00Z"));
        assertThat(held.heldUntil()).isEqualTo(Instant.parse("2027-02-11T05:00:00Z"));
        assertThat(org.lcmhub.risk.Contacts.heldSince(PlanSigns.outcomes(store.reports(lea.learnerId())),
                Instant.parse("2027-02-11T01:00:00Z"), evening.instant(), ZoneId.of("America/Montreal"))).isTrue();
    }

    /**
     * When the 1:1 began, as closely as the report knows: the series meeting of that day (18:30 in
     * Paris), else its author's whole day on their clock (Inès: Paris), whatever the learner's (Dakar).
     */
    @Test
    void aReportKeepsWhenItsOneToOneBeganOnItsAuthorsClockOrTheSeriesMeeting() {
        Appointment tuesdays = new Appointment(AWA.learnerId(), INES.sub(), "c-1", "uid-1", 0, java.time.DayOfWeek.TUESDAY,
                java.time.LocalTime.of(18, 30), 30, ZoneId.of("Europe/Paris"), java.time.LocalDate.parse("2027-02-02"), 3,
                null, CLOCK.instant());
        PlanService withSeries = new PlanService(store, learners, cohorts, CLOCK, mentors, mailer,
                new Messages("https://hub.example.org"), id -> tuesdays);

        SessionReport meeting = withSeries.addReport(ines(), AWA.learnerId(), null,
                new ReportInput("2027-02-09", "held", "Fine.", null, List.of(), null));
        SessionReport sunday = withSeries.addReport(ines(), AWA.learnerId(), null,
                new ReportInput("2027-02-07", "held", "Fine.", null, List.of(), null));

        assertThat(meeting.heldFrom()).isEqualTo(Instant.parse("2027-02-09T17:30:00Z")).isEqualTo(meeting.heldUntil());
        assertThat(sunday.heldFrom()).isEqualTo(Instant.parse("2027-02-06T23:00:00Z"));
        assertThat(sunday.heldUntil()).isEqualTo(Instant.parse("2027-02-07T23:00:00Z"));
        assertThat(PlanSigns.outcomes(store.reports(AWA.learnerId()))).extracting(o -> o.from())
                .containsExactlyInAnyOrder(meeting.heldFrom(), sunday.heldFrom());
    }

    /**
     * The dashboard's form names the 1:1 the learner reads as their next: the series' next meeting
     * not cancelled (16 February, 9 February being cancelled and past anyway), its instant and its
     * day and time on the learner's clock (Dakar, UTC); none without a series or a meeting to come.
     */
    @Test
    void theFolderGivesTheSeriesNextMeeting() {
        Appointment a = new Appointment(AWA.learnerId(), INES.sub(), "c-1", "uid-1", 1, java.time.DayOfWeek.TUESDAY,
                java.time.LocalTime.of(18, 0), 30, ZoneId.of("Europe/Paris"), java.time.LocalDate.parse("2027-01-26"), 4,
                null, CLOCK.instant());
        PlanService withSeries = new PlanService(store, learners, cohorts, CLOCK, mentors, mailer,
                new Messages("https://hub.example.org"), id -> a);
        Map<String, Object> view = PlanViews.folder(withSeries.folder(service.author(ALICE, "c-1", AWA.learnerId()),
                AWA.learnerId()));
        assertThat(view.get("nextMeeting")).isEqualTo(Map.of("start", "2027-02-16T18:00+01:00",
                "learnerLocal", "2027-02-16T17:00"));
        assertThat(PlanViews.folder(service.folder(ines(), AWA.learnerId()))).doesNotContainKey("nextMeeting");
        Appointment over = new Appointment(AWA.learnerId(), INES.sub(), "c-1", "uid-1", 1, java.time.DayOfWeek.TUESDAY,
                java.time.LocalTime.of(18, 0), 30, ZoneId.of("Europe/Paris"), java.time.LocalDate.parse("2027-01-19"), 3,
                null, CLOCK.instant());
        assertThat(new PlanService(store, learners, cohorts, CLOCK, mentors, mailer, new Messages("https://hub.example.org"),
                id -> over).folder(ines(), AWA.learnerId()).nextMeeting()).as("the last one was on 2 February").isNull();
    }

    @Test
    void theLearnerAnswersAReportOnce() {
        SessionReport r = service.addReport(ines(), AWA.learnerId(), null,
                new ReportInput("2027-02-09", "no-show", null, null, List.of(), null));
        assertThat(service.answer(AWA, r.reportId(), "talk-again").answer()).isEqualTo(SessionReport.Answer.TALK_AGAIN);
        assertThatThrownBy(() -> service.answer(AWA, r.reportId(), "confirmed"))
                .isInstanceOf(PlanStore.AlreadyAnswered.class);
        assertThatThrownBy(() -> service.answer(AWA, "0000000000000abc", "confirmed"))
                .isInstanceOf(PlanStore.NoSuchReport.class);
        assertThatThrownBy(() -> service.answer(AWA, r.reportId(), "yes")).isInstanceOf(InvalidInput.class);
    }

    /**
     * Asked to talk about a report again, its author hears it, as My page tells the learner: the
     * mentor in their mail language, an LCM (no mentor profile) at the address their team keeps, in
     * the cohort's language. A confirmed report mails nobody.
     */
    @Test
    void askingToTalkAgainMailsWhoWroteTheReport() {
        SessionReport byInes = service.addReport(ines(), AWA.learnerId(), null,
                new ReportInput("2027-02-09", "held", "Fine.", null, List.of(), null));
        SessionReport byAlice = service.addReport(service.author(ALICE, "c-1", AWA.learnerId()), AWA.learnerId(), null,
                new ReportInput("2027-02-08", "held", "Fine.", null, List.of(), null));
        SessionReport confirmed = service.addReport(ines(), AWA.learnerId(), null,
                new ReportInput("2027-02-07", "held", "Fine.", null, List.of(), null));
        mailer.sent.clear(); // the learner's mails of the reports

        service.answer(AWA, confirmed.reportId(), "confirmed");
        assertThat(mailer.sent).isEmpty();
        service.answer(AWA, byInes.reportId(), "talk-again");
        service.answer(AWA, byAlice.reportId(), "talk-again");

        assertThat(mailer.sent).extracting(Mail::to).containsExactly("ines@example.org", "alice@example.org");
        Mail ines = mailer.sent.get(0);
        assertThat(ines.subject()).isEqualTo("Awa Diallo would like to talk about your 1:1 report again");
        assertThat(ines.text()).startsWith("Hello Inès Laurent,")
                .contains("Awa Diallo read your report of the 1:1 of Tuesday 9 February 2027 and would like to talk about it again",
                        "https://hub.example.org/en/staff/mentor.html");
        Mail alice = mailer.sent.get(1);
        assertThat(alice.subject()).isEqualTo("Awa Diallo aimerait reparler de votre compte rendu");
        assertThat(alice.text()).startsWith("Bonjour,").contains("Awa Diallo a lu votre compte rendu du rendez-vous du lundi 8 février 2027",
                "https://hub.example.org/fr/staff/tableau-de-bord.html?cohort=c-1");
    }
}
