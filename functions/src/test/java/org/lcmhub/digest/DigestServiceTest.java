package org.lcmhub.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.dashboard.store.CohortRecords;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Mailer;
import org.lcmhub.plans.PersonalPlan;
import org.lcmhub.plans.SessionReport;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.testing.InMemoryCohorts;
import org.lcmhub.testing.InMemoryPlans;
import org.lcmhub.testing.RecordingMailer;

/** The digest's rules without a store: what is new, who gets which mail, in which language, and when nothing goes. */
class DigestServiceTest {
    /** Both cohorts start Monday 2027-01-04 for 8 weeks; "now" is the digest's hour on Wednesday of week 5. */
    private static final Instant NOW = Instant.parse("2027-02-03T07:00:00Z");
    private static final LocalDate START = LocalDate.parse("2027-01-04");

    private final InMemoryCohorts cohorts = new InMemoryCohorts();
    private final Map<String, List<Learner>> learners = new HashMap<>();
    private final Map<String, List<WeeklyCheckIn>> checkIns = new HashMap<>();
    private final MemoryDigests digests = new MemoryDigests();
    private final RecordingMailer mailer = new RecordingMailer();
    private final Map<String, List<org.lcmhub.notes.Note>> notes = new HashMap<>();
    private final CohortRecords records = id -> new CohortRecords.Records(learners.getOrDefault(id, List.of()),
            checkIns.getOrDefault(id, List.of()), notes.getOrDefault(id, List.of()));
    private final DigestService service = service(mailer);

    private DigestService service(Mailer m) {
        return new DigestService(cohorts, records, digests, m, new DigestMail("https://hub.example.org/"));
    }

    /** A running cohort in {@code language}, run by {@code lcms}, each with an address unless null. */
    private Cohort cohort(String id, String language, Map<String, String> lcms) {
        return cohort(id, language, START, lcms);
    }

    private Cohort cohort(String id, String language, LocalDate start, Map<String, String> lcms) {
        Cohort c = new Cohort(id, "python", "Python " + id, Language.of(language), start, 8, 30, true, 0, 0, lcms.keySet(),
                Instant.parse("2026-11-01T00:00:00Z"));
        cohorts.with(c);
        digests.ends.put(id, c.endDate());
        lcms.forEach((sub, email) -> cohorts.recordEmail(id, sub, email));
        return c;
    }

    /**
     * A learner of the cohort with weekly check-ins for weeks 1-5, on plan; {@code lowFrom}: from
     * that week on, mood 1, an hour a week and no progress — converging signs, at risk for any model.
     */
    private void learner(String cohortId, String id, int lowFrom) {
        learners.computeIfAbsent(cohortId, k -> new ArrayList<>()).add(new Learner(id, "Name " + id, id + "@example.org",
                "python", cohortId, Language.EN, "Europe/Paris", null, null, LearnerStatus.ENROLLED, null,
                Instant.parse("2026-12-20T10:00:00Z")));
        for (int w = 1; w <= 5; w++) {
            checkIns.computeIfAbsent(cohortId, k -> new ArrayList<>()).add(new WeeklyCheckIn(id, cohortId,
                    IsoWeek.of(START.plusWeeks(w - 1)), 12 * Math.min(w, lowFrom - 1), null, w >= lowFrom ? 1 : 4,
                    w >= lowFrom ? 1 : 4, null, false, null,
                    START.plusWeeks(w - 1).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        }
    }

    /** A learner on plan in good spirits whose check-ins stop after week {@code lastWeek}: silent now. */
    private void silent(String cohortId, String id, int lastWeek) {
        learner(cohortId, id, 99);
        checkIns.get(cohortId).removeIf(c -> c.learnerId().equals(id)
                && c.week().monday().isAfter(START.plusWeeks(lastWeek - 1)));
    }

    private void atRisk(String cohortId, String id) {
        learner(cohortId, id, 4);
    }

    private void fine(String cohortId, String id) {
        learner(cohortId, id, 99);
    }

    private Mail mailTo(String to) {
        List<Mail> to1 = mailer.sent.stream().filter(m -> m.to().equals(to)).toList();
        assertThat(to1).as("mails to " + to).hasSize(1);
        return to1.get(0);
    }

    @Test
    void newlyAtRiskLearnersAreMailedOnceThenNotAgain() {
        cohort("c-en", "en", Map.of("lcm-1", "alice@example.org"));
        atRisk("c-en", "l-1");
        fine("c-en", "l-2");

        DigestService.Report first = service.run(NOW);

        Mail mail = mailTo("alice@example.org");
        assertThat(mail.kind()).isEqualTo("digest");
        assertThat(mail.subject()).isEqualTo("To contact today: 0 · Likely to drop out: 1 (Wednesday 3 February 2027)");
        assertThat(mail.text()).contains("Cohort “Python c-en”", "Likely to drop out\n- Name l-1 (At risk)\n",
                "Mood low lately: 1\u202Fout of\u202F5",
                "Dashboard: https://hub.example.org/en/staff/dashboard.html?cohort=c-en")
                .containsPattern("\n    Chance of dropping out within two weeks: \\d{1,3}%\n")
                .doesNotContain("Name l-2", "Silent now");
        assertThat(first.mails()).singleElement().satisfies(m -> {
            assertThat(m.cohortIds()).containsExactly("c-en");
            assertThat(m.learners()).isEqualTo(1);
        });
        assertThat(digests.sent.get("c-en").learnerIds()).containsExactly("l-1");
        assertThat(digests.sent.get("c-en").date()).isEqualTo(LocalDate.parse("2027-02-03"));

        DigestService.Report again = service.run(NOW.plusSeconds(3600));
        assertThat(again.mails()).isEmpty();
        assertThat(mailer.sent).hasSize(1);
        assertThat(digests.writes).isEqualTo(1);
    }

    @Test
    void onlyLearnersNotInTheLastDigestAreNew() {
        cohort("c-en", "en", Map.of("lcm-1", "alice@example.org"));
        atRisk("c-en", "l-1");
        atRisk("c-en", "l-2");
        digests.sent.put("c-en", new DigestStore.Sent(LocalDate.parse("2027-02-02"), Set.of("l-1"), Set.of(), 3));

        service.run(NOW);

        Mail mail = mailTo("alice@example.org");
        assertThat(mail.text()).contains("Name l-2").doesNotContain("Name l-1");
        assertThat(digests.sent.get("c-en").learnerIds()).containsExactlyInAnyOrder("l-1", "l-2");
        assertThat(digests.sent.get("c-en").version()).isEqualTo(4);
    }

    @Test
    void eachLcmGetsOneMailWithASectionPerCohortTheyRunInTheMailsOneLanguage() {
        cohort("c-en", "en", Map.of("lcm-1", "alice@example.org"));
        cohort("c-fr", "fr", Map.of("lcm-1", "alice@example.org", "lcm-2", "bruno@example.org"));
        cohort("c-other", "en", Map.of("lcm-3", "chloe@example.org"));
        atRisk("c-en", "l-1");
        atRisk("c-fr", "l-2");
        atRisk("c-fr", "l-3");
        fine("c-other", "l-4");

        service.run(NOW);

        assertThat(mailer.sent).hasSize(2);
        Mail alice = mailTo("alice@example.org");
        assertThat(alice.subject()).isEqualTo("To contact today: 0 · Likely to drop out: 3 (Wednesday 3 February 2027)");
        // Alice runs an English cohort too: her whole mail is English, the French cohort's reasons included.
        assertThat(alice.text()).startsWith("Hello,")
                .contains("Cohort “Python c-en”", "Cohort “Python c-fr”", "Name l-2", "Name l-3",
                        "Dashboard: https://hub.example.org/en/staff/dashboard.html?cohort=c-fr")
                .doesNotContain("Cohorte", "Moral", "Tableau de bord");
        assertThat(alice.text().split("Mood low lately: 1\u202Fout of\u202F5", -1)).hasSize(4);
        Mail bruno = mailTo("bruno@example.org");
        assertThat(bruno.subject()).isEqualTo("À contacter aujourd’hui : 0 · Risque d’abandon : 2 (mercredi 3 février 2027)");
        assertThat(bruno.text()).startsWith("Bonjour,").contains("Cohorte «\u00a0Python c-fr\u00a0»", "Moral bas ces derniers temps : 1\u202Fsur\u202F5",
                        "Tableau de bord : https://hub.example.org/fr/staff/tableau-de-bord.html?cohort=c-fr")
                .doesNotContain("Python c-en", "Mood");
        assertThat(mailer.sent).noneMatch(m -> m.to().equals("chloe@example.org"));
    }

    /**
     * Guides suggested from the site since the last digest reach every LCM of the cohorts read: a
     * line beside their learners, or a mail of its own (in their cohorts' language) when nothing
     * else is new; the next run counts only those after it, and none suggested, nothing is said.
     */
    @Test
    void newGuideSuggestionsAreCountedForEveryLcmWithALinkToTheGuidesPage() {
        cohort("c-en", "en", Map.of("lcm-1", "alice@example.org"));
        cohort("c-fr", "fr", Map.of("lcm-2", "bruno@example.org"));
        atRisk("c-en", "l-1");
        fine("c-fr", "l-2");
        List<Instant[]> asked = new ArrayList<>();
        DigestService withSuggestions = service(mailer).withSuggestions((from, to) -> {
            asked.add(new Instant[] {from, to});
            return 2;
        });

        withSuggestions.run(NOW);

        // The first time, the day before the run.
        assertThat(asked).singleElement().satisfies(span -> assertThat(span)
                .containsExactly(NOW.minus(java.time.Duration.ofDays(1)), NOW));
        assertThat(digests.toldUntil).isEqualTo(NOW);
        assertThat(mailTo("alice@example.org").text()).contains("Likely to drop out\n- Name l-1",
                "Visitors suggested 2 guides since the last digest. Read them on the guides page, under “Guides in"
                        + " progress”, and take them up or leave them: https://hub.example.org/en/staff/guides.html");
        Mail bruno = mailTo("bruno@example.org");
        assertThat(bruno.subject()).startsWith("2 guides proposés par des personnes de passage (mercredi 3");
        assertThat(bruno.text()).startsWith("Bonjour,\n\nDes personnes de passage sur le site ont proposé 2 guides")
                .contains("https://hub.example.org/fr/staff/guides.html").doesNotContain("Cohorte");

        // The next run counts from there: a second run the same day tells none of them again.
        mailer.sent.clear();
        Instant later = NOW.plusSeconds(3_600);
        service(mailer).withSuggestions((from, to) -> {
            asked.add(new Instant[] {from, to});
            return 0;
        }).run(later);
        assertThat(asked.get(1)).containsExactly(NOW, later);
        assertThat(mailer.sent).isEmpty();
    }

    @Test
    void nothingNewMeansNoMailAndNoWrite() {
        cohort("c-en", "en", Map.of("lcm-1", "alice@example.org"));
        fine("c-en", "l-1");
        atRisk("c-en", "l-2");
        digests.sent.put("c-en", new DigestStore.Sent(LocalDate.parse("2027-02-02"), Set.of("l-2"), Set.of(), 1));

        DigestService.Report report = service.run(NOW);

        assertThat(report.mails()).isEmpty();
        assertThat(mailer.sent).isEmpty();
        assertThat(digests.writes).isZero();
        assertThat(report.cohorts()).isEqualTo(1);
    }

    @Test
    void aLearnerWhoRecoversIsDroppedFromTheRecordSoAFallAgainIsNew() {
        cohort("c-en", "en", Map.of("lcm-1", "alice@example.org"));
        fine("c-en", "l-1");
        digests.sent.put("c-en", new DigestStore.Sent(LocalDate.parse("2027-01-27"), Set.of("l-1"), Set.of(), 1));

        service.run(NOW);

        assertThat(mailer.sent).isEmpty();
        assertThat(digests.sent.get("c-en").learnerIds()).isEmpty();
    }

    @Test
    void aFailedMailOrAnLcmWithoutAnAddressLeavesTheLearnersNewForTheNextRun() {
        cohort("c-fr", "fr", Map.of("lcm-1", "alice@example.org", "lcm-2", "bruno@example.org"));
        Map<String, String> unknown = new LinkedHashMap<>();
        unknown.put("lcm-9", null);
        cohort("c-en", "en", unknown);
        atRisk("c-fr", "l-1");
        atRisk("c-en", "l-2");
        Mailer failing = m -> {
            if (m.to().equals("bruno@example.org")) {
                throw new IllegalStateException("SES refused");
            }
            mailer.send(m);
        };

        DigestService.Report report = service(failing).run(NOW);

        assertThat(report.failed()).containsExactly("bruno@example.org");
        assertThat(mailer.sent).extracting(Mail::to).containsExactly("alice@example.org");
        assertThat(digests.sent).isEmpty();

        service.run(NOW.plusSeconds(600));
        assertThat(mailer.sent).extracting(Mail::to)
                .containsExactlyInAnyOrder("alice@example.org", "alice@example.org", "bruno@example.org");
        assertThat(digests.sent).containsOnlyKeys("c-fr");
    }

    @Test
    void aMemberWithoutARecordedAddressIsFoundInTheStaffDirectory() {
        Map<String, String> team = new LinkedHashMap<>();
        team.put("lcm-1", "alice@example.org");
        team.put("lcm-9", null);
        team.put("lcm-8", null);
        cohort("c-en", "en", team);
        atRisk("c-en", "l-1");
        List<String> asked = new ArrayList<>();
        DigestService withDirectory = new DigestService(cohorts, records, digests, mailer,
                new DigestMail("https://hub.example.org"), sub -> {
                    asked.add(sub);
                    if (sub.equals("lcm-8")) {
                        throw new IllegalStateException("throttled");
                    }
                    return sub.equals("lcm-9") ? "dave@example.org" : null;
                });

        withDirectory.run(NOW);

        assertThat(mailer.sent).extracting(Mail::to).containsExactlyInAnyOrder("alice@example.org", "dave@example.org");
        assertThat(asked).containsExactlyInAnyOrder("lcm-9", "lcm-8");
        assertThat(digests.sent).containsKey("c-en");
        // The address found goes onto the team item, where the functions without a directory read it.
        assertThat(cohorts.team("c-en")).extracting(CohortStore.TeamMember::email)
                .containsExactly("alice@example.org", null, "dave@example.org");
    }

    @Test
    void cohortsThatHaveNotStartedAreLeftOut() {
        cohort("c-later", "en", START.plusWeeks(6), Map.of("lcm-1", "alice@example.org"));
        atRisk("c-later", "l-1");

        DigestService.Report report = service.run(NOW);

        assertThat(report.cohorts()).isZero();
        assertThat(mailer.sent).isEmpty();
    }

    /**
     * An LCM whose cohorts are all still to come hears of visitors' guide suggestions, and of
     * nothing about learners who are due no check-in yet; told once, as the others.
     */
    @Test
    void anLcmOfCohortsStillToComeHearsOfGuideSuggestionsOnlyAndOnce() {
        cohort("c-later", "en", START.plusWeeks(6), Map.of("lcm-1", "alice@example.org"));
        atRisk("c-later", "l-1");
        DigestService withSuggestions = service(mailer).withSuggestions((from, to) -> 3);

        DigestService.Report report = withSuggestions.run(NOW);

        assertThat(report.cohorts()).as("no learner read").isZero();
        Mail alice = mailTo("alice@example.org");
        assertThat(alice.text()).contains("Visitors suggested 3 guides since the last digest",
                "https://hub.example.org/en/staff/guides.html").doesNotContain("Name l-1", "Python c-later");
        assertThat(digests.toldUntil).isEqualTo(NOW);
        assertThat(digests.sent).isEmpty();

        mailer.sent.clear();
        service(mailer).withSuggestions((from, to) -> from.isBefore(NOW) ? 3 : 0).run(NOW.plusSeconds(3_600));
        assertThat(mailer.sent).as("said once").isEmpty();
    }

    /**
     * A French LCM on an English cohort reads her digest in French, her English colleague in
     * English; one whose language is unknown, in the cohort's.
     */
    @Test
    void eachLcmReadsTheDigestInTheirOwnLanguageTheCohortsWhenUnknown() {
        cohort("c-en", "en", Map.of("lcm-1", "lea@example.org", "lcm-2", "dana@example.org", "lcm-3",
                "sam@example.org"));
        cohorts.recordLanguage("c-en", "lcm-1", Language.FR);
        cohorts.recordLanguage("c-en", "lcm-2", Language.EN);
        atRisk("c-en", "l-1");

        service.run(NOW);

        assertThat(mailTo("lea@example.org").subject()).isEqualTo("À contacter aujourd’hui : 0 · Risque d’abandon : 1 (mercredi 3 février 2027)");
        assertThat(mailTo("lea@example.org").text()).startsWith("Bonjour,").contains("Cohorte «\u00a0Python c-en\u00a0»");
        assertThat(mailTo("dana@example.org").subject()).startsWith("To contact today: 0 · Likely to drop out: 1");
        assertThat(mailTo("sam@example.org").subject()).startsWith("To contact today: 0 · Likely to drop out: 1");
    }

    /** An LCM whose team records their name is greeted by it, as every other mail of the hub greets its reader. */
    @Test
    void eachLcmIsGreetedByTheNameTheirTeamRecords() {
        cohort("c-en", "en", Map.of("lcm-1", "lea@example.org", "lcm-2", "dana@example.org", "lcm-3",
                "sam@example.org"));
        cohorts.recordLanguage("c-en", "lcm-1", Language.FR);
        cohorts.recordEmail("c-en", "lcm-1", "lea@example.org", "Léa Moreau");
        cohorts.recordEmail("c-en", "lcm-2", "dana@example.org", "Dana Levi");
        atRisk("c-en", "l-1");

        service.run(NOW);

        assertThat(mailTo("lea@example.org").text()).startsWith("Bonjour Léa Moreau,\n\n");
        assertThat(mailTo("dana@example.org").text()).startsWith("Hello Dana Levi,\n\n");
        assertThat(mailTo("sam@example.org").text()).startsWith("Hello,\n\n");
    }

    @Test
    void theMailKeepsSilentNowApartFromLikelyToDropOutInTheDashboardsWords() {
        cohort("c-en", "en", Map.of("lcm-1", "alice@example.org"));
        atRisk("c-en", "l-1");
        silent("c-en", "l-2", 3);
        fine("c-en", "l-3");

        DigestService.Report report = service.run(NOW);

        Mail mail = mailTo("alice@example.org");
        assertThat(mail.subject()).isEqualTo("To contact today: 1 · Likely to drop out: 1 (Wednesday 3 February 2027)");
        String text = mail.text();
        assertThat(text).startsWith("Hello,\n\nThe learners to get in touch with today (first those who asked for help), and those who have become "
                        + "likely to drop out, in the cohorts you run (Wednesday 3 February 2027):\n")
                .contains("\nSilent now: get in touch today\n- Name l-2", "    Missed last week’s check-in\n",
                        "    Last check-in: week of Monday 18 January 2027\n",
                        "\nLikely to drop out\n- Name l-1 (At risk)\n", "    Mood low lately: 1\u202Fout of\u202F5\n")
                .containsPattern("Chance of dropping out within two weeks: \\d{1,3}%")
                .endsWith("\nThe LCM Hub team\n")
                .doesNotContain("Name l-3", "2027-W", "2027-01", "at-risk", "AT_RISK", "silentNow", "ewly");
        assertThat(text.indexOf("Name l-2")).as("the silent learner is in the first list only")
                .isLessThan(text.indexOf("Likely to drop out")).isEqualTo(text.lastIndexOf("Name l-2"));
        // Her score stands still while she is silent: next to her missed check-ins it would read as her chance now.
        assertThat(text.substring(text.indexOf("- Name l-2"), text.indexOf("\nLikely to drop out")))
                .as("the silent learner's entry").doesNotContain("Chance of dropping out");
        assertThat(report.newlySilent()).isEqualTo(1);
        assertThat(report.newlyAtRisk()).isEqualTo(1);
        assertThat(digests.sent.get("c-en").learnerIds()).containsExactlyInAnyOrder("l-1", "l-2");
        assertThat(digests.sent.get("c-en").silentIds()).containsExactly("l-2");
    }

    @Test
    void aFrenchMailSaysBothSignalsInFrenchOnly() {
        cohort("c-fr", "fr", Map.of("lcm-1", "alice@example.org"));
        atRisk("c-fr", "l-1");
        silent("c-fr", "l-2", 3);

        service.run(NOW);

        Mail mail = mailTo("alice@example.org");
        assertThat(mail.subject()).isEqualTo("À contacter aujourd’hui : 1 · Risque d’abandon : 1 (mercredi 3 février 2027)");
        assertThat(mail.text()).startsWith("Bonjour,\n\nLes apprenant·es à contacter aujourd’hui")
                .contains("(mercredi 3 février 2027) :", "Cohorte «\u00a0Python c-fr\u00a0»",
                        "\nSilencieux·ses en ce moment : à contacter aujourd’hui\n- Name l-2",
                        "    N’a pas fait le point de la semaine dernière\n",
                        "    Dernier point : semaine du lundi 18 janvier 2027\n",
                        "\nRisque d’abandon\n- Name l-1 (En danger)\n", "    Moral bas ces derniers temps : 1\u202Fsur\u202F5\n",
                        "Tableau de bord : https://hub.example.org/fr/staff/tableau-de-bord.html?cohort=c-fr")
                .containsPattern("Probabilité d’abandon dans les deux semaines : \\d{1,3}\u202f%")
                .endsWith("\nL’équipe LCM Hub\n")
                .doesNotContain("Silent", "Likely", "Missed", "Chance", "Dashboard", "Hello", "2027-W", "en risque");
        assertThat(mail.text().substring(mail.text().indexOf("- Name l-2"), mail.text().indexOf("\nRisque d’abandon\n")))
                .as("the silent learner's entry").doesNotContain("Probabilité d’abandon");
    }

    /**
     * A silent learner the team was in touch with this week is still silent (until they check in),
     * but needs no call today: listed apart, after those still to contact, with the day of the
     * contact and who recorded it; the subject counts only the calls to make.
     */
    @Test
    void aSilentLearnerContactedThisWeekIsListedApartWithWhoRecordedTheContact() {
        cohort("c-fr", "fr", Map.of("lcm-1", "alice@example.org"));
        silent("c-fr", "l-1", 3);
        silent("c-fr", "l-2", 3);
        notes.put("c-fr", List.of(new org.lcmhub.notes.Note("l-1", "c-fr", "Appel", true, "lcm-1",
                Instant.parse("2027-02-02T10:00:00Z"), "alice@example.org", "Alice Martin")));
        service.withContactAuthors((cohortId, learnerId, on) -> notes.getOrDefault(cohortId, List.of()).stream()
                .filter(n -> n.contact() && n.learnerId().equals(learnerId)
                        && n.createdAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate().equals(on))
                .map(org.lcmhub.notes.Note::authorName).findFirst().orElse(null));

        service.run(NOW);

        Mail mail = mailTo("alice@example.org");
        String text = mail.text();
        assertThat(text).contains("\nSilencieux·ses en ce moment\u00a0: à contacter aujourd’hui\n- Name l-2\n",
                "\nSilencieux·ses en ce moment, déjà contacté·es cette semaine\u00a0: pas d’appel aujourd’hui\n- Name l-1\n"
                        + "    N’a pas fait le point de la semaine dernière\n",
                "    Contact pris par Alice Martin le mardi 2 février 2027\u00a0: inutile de relancer cette semaine\n");
        assertThat(text.indexOf("- Name l-1")).as("contacted: under its own heading, after those to contact")
                .isGreaterThan(text.indexOf("déjà contacté·es"));
        assertThat(text.indexOf("déjà contacté·es")).isGreaterThan(text.indexOf("- Name l-2"));
        assertThat(mail.subject()).as("one call to make today, not two")
                .startsWith("À contacter aujourd’hui\u00a0: 1 · Risque d’abandon\u00a0: 0 (");
        assertThat(digests.sent.get("c-fr").silentIds()).as("both silent now all the same").containsExactlyInAnyOrder("l-1", "l-2");
    }

    /**
     * One who fell silent and whom the team was in touch with before the digest ran is no call to
     * make: not new, so alone she sends no mail (the digest's rule for a day with nothing new), and
     * beside someone new she is listed only as already contacted, the subject and the count agreeing.
     */
    @Test
    void aSilentLearnerContactedBeforeTheDigestIsNotNewToContact() {
        cohort("c-en", "en", Map.of("lcm-1", "alice@example.org"));
        silent("c-en", "l-1", 3);
        notes.put("c-en", List.of(new org.lcmhub.notes.Note("l-1", "c-en", "Called", true, "lcm-1",
                Instant.parse("2027-02-02T10:00:00Z"), "alice@example.org", "Alice Martin")));

        DigestService.Report quiet = service.run(NOW);

        assertThat(quiet.mails()).as("nobody to contact, nothing new: no mail").isEmpty();
        assertThat(mailer.sent).isEmpty();
        assertThat(quiet.newlySilent()).isZero();
        assertThat(digests.sent.get("c-en").silentIds()).as("known as silent: the team knows").containsExactly("l-1");

        atRisk("c-en", "l-2");
        DigestService.Report next = service.run(NOW.plusSeconds(3600));

        Mail mail = mailTo("alice@example.org");
        assertThat(mail.subject()).startsWith("To contact today: 0 · Likely to drop out: 1 (");
        assertThat(mail.text()).contains("\nSilent now, already contacted this week: no call needed today\n- Name l-1\n",
                "- Name l-2 (At risk)").doesNotContain("Silent now: get in touch today");
        assertThat(next.newlySilent()).isZero();
        assertThat(next.newlyAtRisk()).isEqualTo(1);
    }

    @Test
    void aLearnerStillSilentIsListedAgainOnlyBesideSomethingNew() {
        cohort("c-en", "en", Map.of("lcm-1", "alice@example.org"));
        silent("c-en", "l-2", 3);
        digests.sent.put("c-en", new DigestStore.Sent(LocalDate.parse("2027-02-02"), Set.of("l-2"), Set.of("l-2"), 1));

        assertThat(service.run(NOW).mails()).as("still silent, nothing new: no mail").isEmpty();
        assertThat(digests.writes).isZero();

        atRisk("c-en", "l-1");
        DigestService.Report report = service.run(NOW);

        assertThat(mailTo("alice@example.org").subject()).startsWith("To contact today: 1 · Likely to drop out: 1 (");
        assertThat(mailTo("alice@example.org").text()).contains("- Name l-2", "- Name l-1 (At risk)");
        assertThat(report.newlySilent()).isZero();
        assertThat(report.newlyAtRisk()).isEqualTo(1);
    }

    @Test
    void aLearnerCountedAsDroppedOutIsNoLongerListedAsSilentNowNorAsLikelyToDropOut() {
        cohort("c-en", "en", Map.of("lcm-1", "alice@example.org"));
        silent("c-en", "l-gone", 0); // no check-in for four whole weeks: counted as dropped out
        silent("c-en", "l-2", 3);

        service.run(NOW);

        String text = mailTo("alice@example.org").text();
        assertThat(mailTo("alice@example.org").subject()).startsWith("To contact today: 1 · Likely to drop out: 0 (");
        assertThat(text).contains("- Name l-2").doesNotContain("Name l-gone");
        assertThat(digests.sent.get("c-en").learnerIds()).containsExactly("l-2");

        mailer.sent.clear();
        silent("c-en", "l-3", 3);
        service.run(NOW);
        assertThat(mailTo("alice@example.org").text()).as("the next day's digest")
                .contains("- Name l-2", "- Name l-3").doesNotContain("Name l-gone");
    }

    @Test
    void aLearnerKnownAsLikelyToDropOutWhoFallsSilentIsNewOnTheSilentList() {
        cohort("c-en", "en", Map.of("lcm-1", "alice@example.org"));
        silent("c-en", "l-2", 3);
        digests.sent.put("c-en", new DigestStore.Sent(LocalDate.parse("2027-01-27"), Set.of("l-2"), Set.of(), 1));

        DigestService.Report report = service.run(NOW);

        assertThat(mailTo("alice@example.org").subject()).startsWith("To contact today: 1 · Likely to drop out: 0 (");
        assertThat(report.newlySilent()).isEqualTo(1);
        assertThat(digests.sent.get("c-en").silentIds()).containsExactly("l-2");
    }

    @Test
    void aRecordFromBeforeTheSignalsWereApartCountsItsLearnersAsKnownInBoth() {
        cohort("c-en", "en", Map.of("lcm-1", "alice@example.org"));
        silent("c-en", "l-2", 3);
        atRisk("c-en", "l-1");
        digests.sent.put("c-en", new DigestStore.Sent(LocalDate.parse("2027-02-02"), Set.of("l-1", "l-2"), null, 1));

        service.run(NOW);

        assertThat(mailer.sent).isEmpty();
        assertThat(digests.sent.get("c-en").silentIds()).as("rewritten once with the lists apart").containsExactly("l-2");
        assertThat(digests.writes).isEqualTo(1);
    }

    /**
     * The cohort ends on Sunday 28 February; l-1's own plan on Sunday 28 March. She checks in every
     * week but her plan's last: the Monday after it, her miss goes out once, and the run after no
     * longer reads the cohort. l-2, whose last day was the cohort's, is not read any more.
     */
    @Test
    void thePersonalPlansLastMissedWeekIsMailedOnceAfterItsEnd() {
        cohort("c-en", "en", Map.of("lcm-1", "alice@example.org"));
        LocalDate ownEnd = LocalDate.parse("2027-03-28");
        digests.ends.put("c-en", ownEnd); // the plan's entry in the index of running cohorts
        silent("c-en", "l-2", 5);
        fine("c-en", "l-1");
        for (int w = 6; w <= 11; w++) {
            checkIns.get("c-en").add(new WeeklyCheckIn("l-1", "c-en", IsoWeek.of(START.plusWeeks(w - 1)), 8 * w, null, 4, 4,
                    null, false, null, START.plusWeeks(w - 1).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        }
        InMemoryPlans plans = new InMemoryPlans().learner("l-1", "c-en", "mentor-1");
        plans.savePlan(new PlanStore.Author(PlanStore.Author.MENTOR, "mentor-1", "c-en"), new PersonalPlan("l-1", "c-en", 1,
                List.of(), 4, ownEnd, "mentor-1", null, NOW));
        DigestService withPlans = new DigestService(cohorts, records, digests, mailer,
                new DigestMail("https://hub.example.org/"), org.lcmhub.auth.StaffDirectory.NONE, plans);
        Instant monday = Instant.parse("2027-03-29T07:00:00Z");

        DigestService.Report report = withPlans.run(monday);

        assertThat(report.cohorts()).isEqualTo(1);
        assertThat(mailTo("alice@example.org").text()).contains("Silent now: get in touch today\n- Name l-1\n    Missed last week’s check-in").doesNotContain("Name l-2");
        assertThat(digests.sent.get("c-en").silentIds()).containsExactly("l-1");
        assertThat(withPlans.run(monday.plusSeconds(86_400)).mails()).as("Tuesday: known, not again").isEmpty();
        assertThat(withPlans.run(monday.plusSeconds(2 * 86_400)).cohorts()).as("Wednesday: no longer read").isZero();
        assertThat(mailer.sent).hasSize(1);
    }

    /** The digest store kept in memory, with the real store's version check. */
    static final class MemoryDigests implements DigestStore {
        final Map<String, LocalDate> ends = new LinkedHashMap<>();
        final Map<String, Sent> sent = new HashMap<>();
        int writes;
        Instant toldUntil;

        @Override
        public Instant suggestionsToldUntil() {
            return toldUntil;
        }

        @Override
        public void suggestionsTold(Instant until) {
            toldUntil = until;
        }

        @Override
        public List<String> cohortsEndingOnOrAfter(LocalDate today) {
            return ends.entrySet().stream().filter(e -> !e.getValue().isBefore(today)).map(Map.Entry::getKey).toList();
        }

        @Override
        public Sent lastSent(String cohortId) {
            return sent.get(cohortId);
        }

        @Override
        public boolean record(String cohortId, LocalDate date, Set<String> learnerIds, Set<String> silentIds,
                              Set<String> helpIds, Sent previous) {
            Sent current = sent.get(cohortId);
            if (current == null ? previous != null : previous == null || current.version() != previous.version()) {
                return false;
            }
            writes++;
            sent.put(cohortId, new Sent(date, learnerIds, silentIds, helpIds, previous == null ? 1 : previous.version() + 1));
            return true;
        }
    }
    /** A learner on plan in good spirits who asked for help in this week's check-in (Tuesday), writing {@code wrote}. */
    private void askedForHelp(String cohortId, String id, String wrote) {
        askedForHelp(cohortId, id, wrote, null);
    }

    /** The same, with blockers ({@code wrote}) and a message to the team. */
    private void askedForHelp(String cohortId, String id, String wrote, String message) {
        fine(cohortId, id);
        List<WeeklyCheckIn> all = checkIns.get(cohortId);
        WeeklyCheckIn week5 = all.stream().filter(c -> c.learnerId().equals(id) && c.week().equals(IsoWeek.of(START.plusWeeks(4))))
                .findFirst().orElseThrow();
        all.remove(week5);
        all.add(new WeeklyCheckIn(id, cohortId, week5.week(), week5.progress(), null, week5.hoursSpent(), week5.mood(),
                wrote, true, message, week5.submittedAt()));
    }

    /**
     * One who asked for help and was not contacted since is the first call of the day: listed first,
     * with when they asked and what they wrote to the team (their message, before their blockers), and counted; one the team called after the request
     * is not listed; the next run, with nobody new, sends nothing.
     */
    @Test
    void whoAskedForHelpAndWasNotContactedIsListedFirstAndCounted() {
        cohort("c-en", "en", Map.of("lcm-1", "alice@example.org"));
        askedForHelp("c-en", "l-1", "Stuck on recursion", "Could we talk before Friday's deadline?");
        askedForHelp("c-en", "l-2", "Lost with the project");
        silent("c-en", "l-3", 3);
        notes.put("c-en", List.of(new org.lcmhub.notes.Note("l-2", "c-en", "Called", true, "lcm-1",
                Instant.parse("2027-02-02T16:00:00Z"), "alice@example.org", "Alice Martin")));

        DigestService.Report report = service.run(NOW);

        Mail mail = mailTo("alice@example.org");
        assertThat(mail.subject()).isEqualTo("To contact today: 2 · Likely to drop out: 0 (Wednesday 3 February 2027)");
        assertThat(mail.text()).contains("\nAsked for help: get in touch\n- Name l-1\n"
                        + "    Asked for help yesterday, not contacted yet\n    They wrote: “Could we talk before Friday's deadline?”\n",
                        "first those who asked for help")
                .doesNotContain("Name l-2", "Lost with the project");
        assertThat(mail.text().indexOf("Asked for help: get in touch")).as("the first list")
                .isLessThan(mail.text().indexOf("Silent now"));
        assertThat(report.newlyAskedHelp()).isEqualTo(1);
        assertThat(report.mails().get(0).learners()).isEqualTo(2);
        assertThat(digests.sent.get("c-en").helpIds()).containsExactly("l-1");

        assertThat(service.run(NOW.plusSeconds(3600)).mails()).as("nothing new: no mail").isEmpty();
        assertThat(mailer.sent).hasSize(1);
    }

    /** The same in French; alone, a learner waiting for a contact makes the day's mail. */
    @Test
    void whoAskedForHelpIsToldInFrench() {
        cohort("c-fr", "fr", Map.of("lcm-1", "alice@example.org"));
        askedForHelp("c-fr", "l-1", "Bloqué·e sur la récursivité");
        askedForHelp("c-fr", "l-2", "");
        askedForHelp("c-fr", "l-3", "Perdu·e");
        notes.put("c-fr", List.of(new org.lcmhub.notes.Note("l-3", "c-fr", "Appel", true, "lcm-1",
                Instant.parse("2027-02-03T06:00:00Z"), "alice@example.org", "Alice Martin")));

        service.run(NOW);

        Mail mail = mailTo("alice@example.org");
        assertThat(mail.subject()).isEqualTo("À contacter aujourd’hui\u00a0: 2 · Risque d’abandon\u00a0: 0 (mercredi 3 février 2027)");
        assertThat(mail.text()).contains("\nA demandé de l’aide\u00a0: à contacter\n",
                        "- Name l-1\n    A demandé de l’aide hier, pas encore contacté·e\n"
                                + "    Son message\u00a0: «\u00a0Bloqué·e sur la récursivité\u00a0»\n",
                        "- Name l-2\n    A demandé de l’aide hier, pas encore contacté·e\n\n")
                .doesNotContain("Name l-3");
    }

    @Test
    void noShowsReportedAfter1To1sPutALearnerOnTheDigestAsTheDashboardDoes() {
        cohort("c-fr", "fr", Map.of("lcm-1", "alice@example.org"));
        fine("c-fr", "l-1");
        InMemoryPlans plans = new InMemoryPlans().learner("l-1", "c-fr", "mentor-1");
        PlanStore.Author mentor = new PlanStore.Author(PlanStore.Author.MENTOR, "mentor-1", "c-fr");
        for (String date : List.of("2027-01-20", "2027-01-27")) {
            plans.saveReport(mentor, new SessionReport("r-" + date, "l-1", "c-fr", "mentor", "mentor-1", "Ines",
                    LocalDate.parse(date), SessionReport.Outcome.NO_SHOW, "", null, List.of(), null, null, null,
                    NOW.minusSeconds(86_400)), null);
        }

        assertThat(service.run(NOW).mails()).as("without plans the check-ins alone look fine").isEmpty();
        new DigestService(cohorts, records, digests, mailer, new DigestMail("https://hub.example.org/"),
                org.lcmhub.auth.StaffDirectory.NONE, plans).run(NOW);

        assertThat(mailTo("alice@example.org").text()).contains("- Name l-1",
                "Absent·e à 2 rendez-vous individuels ces 6 dernières semaines");
        assertThat(mailTo("alice@example.org").text()).as("a mail keeps no word joiner").doesNotContain("\u2060");
        assertThat(digests.sent.get("c-fr").learnerIds()).containsExactly("l-1");
    }
}
