package org.lcmhub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.cohort.store.dynamodb.DynamoSeats;
import org.lcmhub.domain.Language;
import org.lcmhub.http.Json;
import org.lcmhub.hub.bench.BenchEvents;
import org.lcmhub.hub.bench.DynamoCalls;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.LearnerStore;
import org.lcmhub.learner.store.dynamodb.DynamoLearnerStore;
import org.lcmhub.notes.Note;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.pairing.store.dynamodb.DynamoDepartures;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Keys;
import org.lcmhub.testing.MovableClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The figures a paged view brings up to date from its model (only the learners a write named,
 * read again by key; every verdict judged again as the clock moves) against a whole view that
 * reads every learner, after each step of a random sequence of check-ins, contact and plain
 * notes, withdrawals, sign-ups, a learner's own profile edit (another zone, hours, goals) and
 * the clock moving on (across midnight and into a new ISO week in some learners' zones, and
 * hours on). They must be equal after every step, and the paged view must read the cohort in
 * full only the first time. A view after nothing but the clock moving judges every learner again
 * and stores the figures, but leaves the model as it was (unless the mentors' names it keeps are
 * read again): its parts must not be written again.
 */
@ExtendWith(MotoExtension.class)
class FiguresPatchIT {
    private static final String LCM = "figures-lcm";
    private static final List<String> ZONES = List.of("UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata");

    @Test
    void patchedFiguresEqualAWholeRecomputationAfterEveryWriteAndAsTimePasses(Moto moto) throws Exception {
        for (long seed : new long[] {7, 2027}) {
            run(moto, seed);
        }
    }

    /** Seats added enrol the head of the waitlist: that write names them, so the next page counts them. */
    @Test
    void aLearnerEnrolledFromTheWaitlistCountsOnTheNextPage(Moto moto) throws Exception {
        String table = moto.table();
        DynamoDbClient plain = moto.dynamo();
        String cohortId = "seats-" + UUID.randomUUID().toString().substring(0, 8);
        new DynamoCohortStore(plain, table).create(new Cohort(cohortId, "path-fig", "Seats", Language.EN,
                LocalDate.now(ZoneOffset.UTC).minusWeeks(1), 8, 2, true, 0, 0, Set.of(LCM), Instant.now()));
        DynamoSignupStore signups = new DynamoSignupStore(plain, table);
        for (int i = 0; i < 3; i++) {
            signUp(signups, cohortId, i, Instant.now().minusSeconds(60 - i)); // the third waits
        }
        MovableClock clock = new MovableClock(Instant.now().plus(Duration.ofMinutes(5)));
        DynamoCalls calls = new DynamoCalls();
        try (DynamoDbClient counted = calls.client(moto.endpoint())) {
            DashboardHandler handler = new DashboardHandler(counted, table, null, clock);
            String base = "/api/cohorts/" + cohortId + "/dashboard";
            assertSame(handler, calls, base, cohortId, "the first view", true, false);
            plain.updateItem(u -> u.tableName(table).key(Keys.cohort(cohortId)).updateExpression("SET seats = seats + :one")
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))));
            assertThat(new DynamoSeats(plain, table).fillFreeSeats(cohortId, java.time.Instant.now())).hasSize(1);
            clock.advance(Duration.ofSeconds(5)); // within the snapshot's minute
            assertSame(handler, calls, base, cohortId, "after seats were added", false, false);
            assertThat(view(handler, base, Map.of("limit", "2")).get("enrolled").asInt()).isEqualTo(3);
        }
    }

    private void run(Moto moto, long seed) throws Exception {
        Random random = new Random(seed);
        String table = moto.table();
        DynamoDbClient plain = moto.dynamo();
        // A Sunday evening in the future (the writes stamp the revision with the real time, before it).
        LocalDate sunday = LocalDate.now(ZoneOffset.UTC).plusDays(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        MovableClock clock = new MovableClock(sunday.atTime(22, 40).toInstant(ZoneOffset.UTC));
        LocalDate start = sunday.minusWeeks(3).plusDays(1);
        String cohortId = "figures-" + UUID.randomUUID().toString().substring(0, 8);
        new DynamoCohortStore(plain, table).create(new Cohort(cohortId, "path-fig", "Figures", Language.FR, start, 8, 40,
                true, 0, 0, Set.of(LCM), Instant.now()));
        DynamoSignupStore signups = new DynamoSignupStore(plain, table);
        DynamoCheckInStore checkIns = new DynamoCheckInStore(plain, table);
        DynamoNoteStore notes = new DynamoNoteStore(plain, table);
        DynamoDepartures departures = new DynamoDepartures(plain, table);
        DynamoLearnerStore profiles = new DynamoLearnerStore(plain, table);
        List<String> enrolled = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            enrolled.add(signUp(signups, cohortId, i, start.atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(86_400 - i)));
        }

        DynamoCalls calls = new DynamoCalls();
        try (DynamoDbClient counted = calls.client(moto.endpoint())) {
            DashboardHandler handler = new DashboardHandler(counted, table, null, clock);
            String base = "/api/cohorts/" + cohortId + "/dashboard";
            Instant namesAt = clock.instant();
            assertSame(handler, calls, base, cohortId, "the first view", true, false);
            for (int step = 0; step < 40; step++) {
                String what;
                int kind = random.nextInt(10);
                String someone = enrolled.get(random.nextInt(enrolled.size()));
                if (kind < 3) {
                    LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
                    LocalDate day = today.minusWeeks(random.nextInt(3));
                    checkIns.put(new WeeklyCheckIn(someone, cohortId, IsoWeek.of(day), random.nextInt(101), null,
                            random.nextInt(10), 1 + random.nextInt(5), null, random.nextBoolean(), null, clock.instant()));
                    what = "a check-in";
                } else if (kind == 3) {
                    notes.add(new Note(someone, cohortId, "Called", true, LCM, clock.instant(), "lcm@example.org"));
                    what = "a contact note";
                } else if (kind == 4) {
                    notes.add(new Note(someone, cohortId, "Seen", false, LCM, clock.instant(), "lcm@example.org"));
                    what = "a plain note";
                } else if (kind == 5 && enrolled.size() > 4) {
                    departures.withdraw(someone, java.time.Instant.now());
                    enrolled.remove(someone);
                    what = "a withdrawal";
                } else if (kind == 6) {
                    enrolled.add(signUp(signups, cohortId, 100 + step, clock.instant()));
                    what = "a sign-up";
                } else if (kind == 7) {
                    assertThat(profiles.update(someone, cohortId, "no-key", new LearnerStore.ProfileChanges(null,
                            ZONES.get(random.nextInt(ZONES.size())), 1 + random.nextInt(20), "goals " + step))).isTrue();
                    what = "a profile edit";
                } else {
                    clock.advance(Duration.ofMinutes(kind == 9 ? 61 + random.nextInt(30) : 5 + random.nextInt(40)));
                    what = "the clock moving to " + clock.instant();
                }
                boolean namesRead = !clock.instant().isBefore(namesAt.plus(DashboardService.NAMES_LIFE));
                if (namesRead) {
                    namesAt = clock.instant();
                }
                boolean modelAsItWas = !namesRead && what.startsWith("the clock");
                assertSame(handler, calls, base, cohortId, "seed " + seed + ", step " + step + ", after " + what, false,
                        modelAsItWas);
            }
        }
    }

    private static String signUp(DynamoSignupStore signups, String cohortId, int i, Instant at) {
        String id = UUID.randomUUID().toString();
        signups.place(new Learner(id, "Learner " + i, id + "@example.org", "path-fig", cohortId, Language.EN,
                ZONES.get(i % ZONES.size()), null, 3, LearnerStatus.ENROLLED, null, at), "no-key", Instant.now(), Duration.ZERO);
        return id;
    }

    /**
     * A page of two, then the whole view: the same figures; the page read the cohort in full only
     * if {@code whole} (and stored the new model), and, if {@code modelAsItWas}, stored the
     * figures without writing any part of the model.
     */
    private static void assertSame(DashboardHandler handler, DynamoCalls calls, String base, String cohortId, String when,
                                   boolean whole, boolean modelAsItWas) throws Exception {
        calls.reset();
        JsonNode page = view(handler, base, Map.of("limit", "2"));
        boolean readAll = calls.queriedPartitions().contains("COHORT#" + cohortId);
        List<String> parts = calls.writtenItems().stream().filter(k -> k.contains("FIGURES#MODEL#")).toList();
        if (modelAsItWas) {
            assertThat(calls.writtenItems()).as(when + ": the figures stored").contains("COHORT#" + cohortId + " / FIGURES");
            assertThat(parts).as(when + ": the model's parts written again").isEmpty();
        } else if (whole) {
            assertThat(parts).as(when + ": the new model's parts written").isNotEmpty();
        }
        ObjectNode figures = page.deepCopy();
        figures.remove(List.of("learners", "next", "figuresAt"));
        ObjectNode full = (ObjectNode) view(handler, base, null);
        full.remove("learners");
        assertThat(figures).as(when).isEqualTo(full);
        assertThat(readAll).as(when + ": read the whole cohort").isEqualTo(whole);
    }

    private static JsonNode view(DashboardHandler handler, String path, Map<String, String> query) throws Exception {
        APIGatewayV2HTTPEvent event = BenchEvents.get(path, LCM);
        event.setQueryStringParameters(query);
        var response = handler.handleRequest(event, null);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        return Json.MAPPER.readTree(response.getBody());
    }
}
