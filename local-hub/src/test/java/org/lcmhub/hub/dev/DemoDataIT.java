package org.lcmhub.hub.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.hub.auth.LocalIssuer;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.HubClient;
import org.lcmhub.hub.testing.LocalHubTest;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.matching.MatchingProfiles;
import org.lcmhub.matching.model.MentorProfile;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.store.dynamodb.DynamoMentorStore;
import org.lcmhub.plans.SessionReport;
import org.lcmhub.store.Keys;

/**
 * {@code ./hub serve --demo}: a living community from the paths in content/, seeded once, with
 * weeks of check-ins behind each running cohort so that its dashboard, read through the hub's API,
 * shows a mix of learners on track, on watch, at risk, dropped out and finished.
 */
class DemoDataIT extends LocalHubTest {
    private static DemoData.Summary first;
    private static DemoData.Summary second;
    private static String siteUrl;
    /** A running cohort, two in English and two in French still to come. */
    private static final int PER_PATH = 5;

    /** Seeds the run's moto once, on today's date (the hub's functions judge with the real clock). */
    private synchronized void seeded(Moto moto) {
        if (first == null) {
            DemoSeed.Seeded seeded = DemoSeed.first(moto, "http://localhost:8080");
            first = seeded.summary();
            siteUrl = seeded.siteUrl();
            second = new DemoData(Checkout.root(), moto.dynamo(), moto.table(), siteUrl).seed();
        }
    }

    @Test
    void seedsARunningFullCohortAndUpcomingOnesPerPathOnlyOnce(Moto moto) {
        seeded(moto);
        assertThat(first.cohorts()).isGreaterThanOrEqualTo(PER_PATH).isEqualTo(pathIds().size() * PER_PATH);
        assertThat(first.learners()).isEqualTo(first.cohorts() / PER_PATH * 46);
        assertThat(first.checkIns()).isPositive();
        // The link opens My page in the demo learner's own language, as their mail's link does.
        String token = first.learnerLink().substring(first.learnerLink().indexOf("#key=") + 5);
        String lang = new org.lcmhub.learner.store.dynamodb.DynamoLearnerStore(moto.dynamo(), moto.table())
                .find(token.substring(0, token.lastIndexOf('.'))).learner().language().code();
        assertThat(first.learnerLink()).startsWith(siteUrl + "/" + lang + "/me.html#key=");
        assertThat(first.toString()).contains(first.checkIns() + " weekly check-ins");
        assertThat(second.cohorts()).isZero();
        assertThat(second.checkIns()).isZero();
        assertThat(second.toString()).contains("already there");

        DynamoCohortStore cohorts = new DynamoCohortStore(moto.dynamo(), moto.table());
        List<String> alicesCohorts = cohortsRunBy(cohorts, LocalIssuer.subFor("alice@example.org"));
        assertThat(alicesCohorts).isNotEmpty();
        Cohort running = cohorts.find(alicesCohorts.stream().filter(id -> id.endsWith("-running")).findFirst().orElseThrow());
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(running.startDate()).isEqualTo(monday.minusWeeks(Math.min(running.weeks() - 1, 6)));
        assertThat(running.enrolled()).isEqualTo(12);
        assertThat(running.waitlisted()).isEqualTo(4);
        // Its waitlist reads in the order of sign-up, as the team's list says it is.
        assertThat(new org.lcmhub.cohort.store.dynamodb.DynamoSeats(moto.dynamo(), moto.table())
                .waiting(running.cohortId(), null, 10).waiting()).extracting(w -> w.since()).hasSize(4).isSorted();
        assertThat(Fixtures.partition(moto.dynamo(), moto.table(), "COHORT#" + running.cohortId(), "EMAIL#")).hasSize(16);
        Cohort next = cohorts.find(running.cohortId().replace("-running", "-next"));
        assertThat(next.enrolled()).isEqualTo(7);
        assertThat(next.seatsLeft()).isEqualTo(13);
        // Its places and a first FAQ, once however often the demo is seeded.
        var community = new org.lcmhub.community.store.dynamodb.DynamoChannelStore(moto.dynamo(), moto.table());
        assertThat(community.list(running.cohortId())).extracting(c -> c.kind().wire())
                .containsExactly("discord", "docs", "call");
        assertThat(community.faq(running.cohortId())).hasSize(2);
    }

    /**
     * On the day the demo starts, a newcomer on any path is offered cohorts in English and in French
     * with seats left, and full ones: signing up to a full one puts them on its waitlist, and an
     * English sign-up that chooses no cohort (the form without script) gets an English seat.
     */
    @Test
    void everyPathOffersCohortsWithSeatsAndFullOnesInEnglishAndFrench(Moto moto) throws Exception {
        seeded(moto);
        for (String pathId : pathIds()) {
            for (String lang : List.of("en", "fr")) {
                JsonNode offered = HubClient.parse(client.json("GET", "/api/cohorts?pathId=" + pathId + "&language=" + lang,
                        null, null)).get("cohorts");
                List<JsonNode> inLang = java.util.stream.StreamSupport.stream(offered.spliterator(), false)
                        .filter(c -> lang.equals(c.get("language").asText())).toList();
                assertThat(inLang).as(pathId + " in " + lang + " with seats")
                        .anySatisfy(c -> assertThat(c.get("seatsLeft").asInt()).isPositive());
                assertThat(inLang).as(pathId + " in " + lang + ", full")
                        .anySatisfy(c -> assertThat(c.get("seatsLeft").asInt()).isZero());
            }
        }
        String pathId = pathIds().get(0);
        JsonNode english = HubClient.parse(client.json("GET", "/api/cohorts?pathId=" + pathId + "&language=en", null, null))
                .get("cohorts");
        String full = java.util.stream.StreamSupport.stream(english.spliterator(), false)
                .filter(c -> c.get("seatsLeft").asInt() == 0 && "en".equals(c.get("language").asText()))
                .findFirst().orElseThrow().get("cohortId").asText();
        String run = Long.toString(System.nanoTime(), 36);
        JsonNode waitlisted = HubClient.parse(client.json("POST", "/api/signups", null, signup("Wanjiru Kamau", run, pathId,
                ",\"cohortId\":\"" + full + "\"")));
        assertThat(waitlisted.get("result").asText()).isEqualTo("waitlisted");
        JsonNode placed = HubClient.parse(client.json("POST", "/api/signups", null, signup("Kamau Wanjiru", run, pathId, "")));
        assertThat(placed.get("result").asText()).isEqualTo("enrolled");
        Cohort chosen = new DynamoCohortStore(moto.dynamo(), moto.table()).find(placed.get("cohortId").asText());
        assertThat(chosen.language().code()).isEqualTo("en");
    }

    private static String signup(String name, String run, String pathId, String cohort) {
        return "{\"name\":\"" + name + "\",\"email\":\"" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "."
                + run + "@example.org\",\"pathId\":\"" + pathId + "\"" + cohort
                + ",\"language\":\"en\",\"timezone\":\"Africa/Nairobi\",\"consent\":true}";
    }

    /**
     * Each demo learner has a name of their own in the whole demo (not the README's example
     * learner's), and an address with every letter of it, accents dropped: "Inès" gives "ines".
     */
    @Test
    void everyDemoLearnerHasTheirOwnNameAndAnAddressWithAllItsLetters(Moto moto) {
        seeded(moto);
        var signups = new org.lcmhub.signup.store.dynamodb.DynamoSignupStore(moto.dynamo(), moto.table());
        DynamoCohortStore cohorts = new DynamoCohortStore(moto.dynamo(), moto.table());
        List<org.lcmhub.learner.Learner> learners = pathIds().stream().flatMap(p -> cohorts.byPath(p).stream())
                .filter(c -> c.cohortId().startsWith("demo-"))
                .flatMap(c -> signups.learnersOf(c.cohortId()).stream())
                .filter(l -> l.email().endsWith("@example.net")).toList();
        assertThat(learners).hasSize(first.learners());
        assertThat(learners).extracting(org.lcmhub.learner.Learner::name).doesNotHaveDuplicates()
                .doesNotContain("Awa Diallo");
        assertThat(learners).allSatisfy(l -> {
            String local = l.email().substring(0, l.email().indexOf('@')).replaceAll("\\.\\d+$", "");
            assertThat(local).as(l.name()).matches("[a-z]+(\\.[a-z]+)*");
            assertThat(local.replace(".", "")).as(l.name()).hasSize(l.name().replaceAll("\\P{L}", "").length());
        });
    }

    /**
     * The code of conduct the demo sets is credited to an LCM of the running cohort's team, by name, when
     * the cohort was set up before its start, not to the hub's start.
     */
    @Test
    void theCodeOfConductIsLoggedAsWrittenByItsTeamBeforeTheStart(Moto moto) throws Exception {
        seeded(moto);
        String lcm = DemoData.LCMS.get(0);
        DynamoCohortStore cohorts = new DynamoCohortStore(moto.dynamo(), moto.table());
        Cohort running = cohorts.find(cohortsRunBy(cohorts, LocalIssuer.subFor(lcm)).stream()
                .filter(id -> id.endsWith("-running")).findFirst().orElseThrow());
        JsonNode log = HubClient.parse(client.json("GET", "/api/cohorts/" + running.cohortId() + "/moderation-log",
                token(lcm, "lcm"), null)).get("entries");
        JsonNode conduct = java.util.stream.StreamSupport.stream(log.spliterator(), false)
                .filter(e -> "conduct-updated".equals(e.get("action").asText())).findFirst().orElseThrow();
        assertThat(DemoData.LCMS).contains(conduct.get("by").asText());
        assertThat(running.lcms()).contains(LocalIssuer.subFor(conduct.get("by").asText()));
        // Every seeded entry names its LCM as the page header would, never "the LCM team".
        assertThat(log).allSatisfy(e -> assertThat(e.get("byName").asText()).isIn(DemoData.NAMES.values()));
        assertThat(conduct.get("byName").asText()).isEqualTo(DemoData.NAMES.get(conduct.get("by").asText()));
        assertThat(Instant.parse(conduct.get("at").asText()))
                .isBefore(running.startDate().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void theRunningCohortsPostToTheirChannelsAndTheLogShowsIt(Moto moto) throws Exception {
        seeded(moto);
        String lcm = DemoData.LCMS.get(0);
        String running = cohortsRunBy(new DynamoCohortStore(moto.dynamo(), moto.table()), LocalIssuer.subFor(lcm)).stream()
                .filter(id -> id.endsWith("-running")).findFirst().orElseThrow();
        JsonNode hooks = HubClient.parse(client.json("GET", "/api/cohorts/" + running + "/webhooks", token(lcm, "lcm"), null));
        assertThat(hooks.get("webhooks")).extracting(h -> h.get("audience").asText()).containsExactlyInAnyOrder("learners", "staff");
        assertThat(hooks.toString()).doesNotContain("hooks.slack.com/services"); // last characters only
        JsonNode log = HubClient.parse(client.json("GET", "/api/cohorts/" + running + "/deliveries", token(lcm, "lcm"), null));
        assertThat(log.get("deliveries")).extracting(d -> d.get("event").asText())
                .contains("checkin-reminder", "kudos", "asked-for-help", "digest");
        assertThat(log.get("deliveries")).extracting(d -> d.get("status").asText()).contains("sent", "failed");
    }

    @Test
    void theDemoLearnerReadsWhatBecameOfTheirReports(Moto moto) throws Exception {
        seeded(moto);
        String key = first.learnerLink().substring(first.learnerLink().indexOf("#key=") + 5);
        JsonNode reports = HubClient.parse(client.json("GET", "/api/me/problem-reports", "Bearer " + key, null)).get("reports");
        assertThat(reports).extracting(r -> r.get("status").asText()).containsExactly("open", "handled");
        assertThat(reports.get(1).get("outcome").asText()).isEqualTo("talked-to");
    }

    @Test
    void everyRunningCohortsDashboardShowsAMixOfStandingsAndOutcomes(Moto moto) throws Exception {
        seeded(moto);
        DynamoCohortStore cohorts = new DynamoCohortStore(moto.dynamo(), moto.table());
        int runningCohorts = 0;
        int droppedOut = 0;
        int succeeded = 0;
        Set<String> seen = new java.util.HashSet<>();
        Set<String> levels = new java.util.HashSet<>();
        Set<String> codes = new java.util.HashSet<>();
        for (String lcm : DemoData.LCMS) {
            for (String id : cohortsRunBy(cohorts, LocalIssuer.subFor(lcm))) {
                if (!id.endsWith("-running") || !seen.add(id)) {
                    continue; // each running cohort once, whichever LCM of its team reads it
                }
                runningCohorts++;
                HttpResponse<String> r = client.json("GET", "/api/cohorts/" + id + "/dashboard", token(lcm, "lcm"), null);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                JsonNode d = HubClient.parse(r);
                int enrolled = d.get("enrolled").asInt();
                int listed = d.get("atRisk").size();
                assertThat(enrolled).as(id).isEqualTo(12);
                // Learners on track are not listed: some are, whatever the cohort's week.
                assertThat(listed).as(id).isBetween(2, enrolled - 3);
                assertThat(d.get("succeeded").asInt()).as(id).isGreaterThanOrEqualTo(1);
                assertThat(d.get("averagePace").isNull()).as(id).isFalse();
                d.get("atRisk").forEach(l -> {
                    levels.add(l.get("level").asText());
                    l.get("reasons").forEach(reason -> codes.add(reason.get("code").asText()));
                });
                droppedOut += d.get("droppedOut").asInt();
                succeeded += d.get("succeeded").asInt();
            }
        }
        assertThat(runningCohorts).isEqualTo(first.cohorts() / PER_PATH);
        assertThat(levels).contains("watch", "at-risk");
        assertThat(codes).contains("missed-check-ins", "silent-dropped-out", "mood-low");
        // The learner going at 40 % of the plan's pace: one of the signs read against the plan.
        assertThat(codes).containsAnyOf("behind-plan", "below-plan-pace", "progress-stalled");
        assertThat(succeeded).isGreaterThanOrEqualTo(runningCohorts);
        assertThat(droppedOut).isPositive();
    }

    /**
     * 1:1s and reports only for a learner paired with a mentor, by that mentor, and the pair
     * published before them: a learner's page never tells of a 1:1 and of "no mentor yet" at once.
     */
    @Test
    void everyOneToOneAndReportBelongsToAPairPublishedBeforeIt(Moto moto) throws java.io.IOException {
        seeded(moto);
        var signups = new org.lcmhub.signup.store.dynamodb.DynamoSignupStore(moto.dynamo(), moto.table());
        var plans = new org.lcmhub.plans.store.dynamodb.DynamoPlanStore(moto.dynamo(), moto.table());
        var series = new org.lcmhub.appointments.store.dynamodb.DynamoAppointmentStore(moto.dynamo(), moto.table());
        DynamoCohortStore cohorts = new DynamoCohortStore(moto.dynamo(), moto.table());
        Set<String> learnerGuides = learnerGuideKeys();
        int reports = 0;
        int paired = 0;
        for (String lcm : DemoData.LCMS) {
            for (String id : cohortsRunBy(cohorts, LocalIssuer.subFor(lcm))) {
                for (org.lcmhub.learner.Learner l : signups.learnersOf(id)) {
                    var match = moto.dynamo().getItem(r -> r.tableName(moto.table())
                            .key(Keys.match(l.learnerId()))).item();
                    var filed = plans.reports(l.learnerId());
                    var oneToOne = series.find(l.learnerId());
                    if (match == null || match.isEmpty()) {
                        assertThat(filed).as(l.name() + " has no mentor").isEmpty();
                        assertThat(oneToOne).as(l.name() + " has no mentor").isNull();
                        continue;
                    }
                    paired++;
                    String mentor = match.get("mentorId").s();
                    Instant matchedAt = Instant.parse(match.get("matchedAt").s());
                    assertThat(DemoData.MENTORS.stream().map(LocalIssuer::subFor)).contains(mentor);
                    for (var r : filed) {
                        reports++;
                        assertThat(r.authorSub()).as(l.name()).isEqualTo(mentor);
                        assertThat(r.date().atStartOfDay(ZoneOffset.UTC).toInstant()).as(l.name()).isAfter(matchedAt);
                        // A mentor recommends what the learner can use: guides written for learners.
                        r.resources().stream().filter(g -> SessionReport.Resource.GUIDE.equals(g.kind()))
                                .forEach(g -> assertThat(learnerGuides).as(l.name()).contains(g.slug()));
                    }
                    if (oneToOne != null) {
                        assertThat(oneToOne.mentorId()).as(l.name()).isEqualTo(mentor);
                        assertThat(oneToOne.firstDate().atStartOfDay(ZoneOffset.UTC).toInstant()).isAfter(matchedAt);
                        filed.forEach(r -> assertThat(oneToOne.plannedDates()).as(l.name()).contains(r.date()));
                    }
                }
            }
        }
        assertThat(paired).isPositive();
        assertThat(reports).isPositive();
    }

    /** The translation keys of the site's guides written for learners ({@code audience=learner}). */
    private static Set<String> learnerGuideKeys() throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(Checkout.root().resolve("content"))) {
            return files.filter(f -> f.toString().endsWith(".md") && f.getParent().getFileName().toString().equals("guides"))
                    .map(f -> {
                        try {
                            return java.nio.file.Files.readAllLines(f);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .filter(lines -> lines.contains("audience=learner"))
                    .flatMap(lines -> lines.stream().filter(line -> line.startsWith("translationKey=")))
                    .map(line -> line.substring("translationKey=".length()).strip())
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void givesTheDemoMentorsProfilesCoveringEveryPathTwiceAndKeepsTheirEdits(Moto moto) {
        Clock clock = Clock.fixed(Instant.parse("2031-05-14T10:00:00Z"), ZoneOffset.UTC);
        DynamoMentorStore store = new DynamoMentorStore(moto.dynamo(), moto.table());
        // Another test of this run may have seeded already; start this mentor set from nothing.
        DemoData.MENTORS.forEach(email -> moto.dynamo().deleteItem(r -> r.tableName(moto.table())
                .key(Keys.mentor(LocalIssuer.subFor(email)))));
        DemoData demo = new DemoData(Checkout.root(), moto.dynamo(), moto.table(), "http://localhost:8080", clock);

        DemoMentors seeder = new DemoMentors(moto.dynamo(), moto.table(), clock);

        assertThat(seeder.seed(demo.paths())).isEqualTo(3);
        List<Mentor> mentors = DemoData.MENTORS.stream().map(e -> store.find(LocalIssuer.subFor(e))).toList();
        assertThat(mentors).allSatisfy(m -> {
            assertThat(m.capacity()).isBetween(1, 30);
            assertThat(m.assigned()).isZero();
            assertThat(m.availability()).isNotEmpty();
            assertThat(m.skills()).isNotEmpty();
        });
        List<String> pathIds = DemoDataIT.pathIds();
        assertThat(pathIds).hasSizeGreaterThanOrEqualTo(3);
        for (String pathId : pathIds) {
            assertThat(mentors.stream().filter(m -> m.paths().contains(pathId))).as(pathId).hasSize(2);
        }
        assertThat(mentors).flatExtracting(Mentor::languages).contains("en", "fr");
        MentorProfile dmitri = MatchingProfiles.of(mentors.get(0));
        assertThat(dmitri.remaining()).isEqualTo(8);
        assertThat(dmitri.timezone()).hasToString("Europe/Berlin");

        Mentor edited = store.save(new Mentor(mentors.get(0).sub(), null, "Dmitri V.", List.of(pathIds.get(0)),
                List.of(), List.of("en"), "Europe/Berlin", 2, 0, true, List.of(), clock.instant()));
        assertThat(seeder.seed(demo.paths())).isZero();
        assertThat(store.find(edited.sub()).name()).isEqualTo("Dmitri V.");
    }

    /** The pathIds of content/en/paths, read from the front matter as the site does. */
    private static List<String> pathIds() {
        try (var files = java.nio.file.Files.list(Checkout.root().resolve("content/en/paths"))) {
            return files.filter(f -> f.toString().endsWith(".md")).map(f -> {
                try {
                    return java.nio.file.Files.readAllLines(f).stream().filter(l -> l.startsWith("pathId="))
                            .findFirst().map(l -> l.substring("pathId=".length()).strip()).orElseThrow();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The cohorts whose LCM team includes {@code sub}. */
    private static List<String> cohortsRunBy(CohortStore cohorts, String sub) {
        return cohorts.teamSeatsOf(sub).stream().map(CohortStore.TeamSeat::cohortId).toList();
    }
}
