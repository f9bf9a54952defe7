package org.lcmhub.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.appointments.CurrentOneToOne;
import org.lcmhub.appointments.store.dynamodb.DynamoAppointmentStore;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.checkin.store.dynamodb.DynamoCheckInStore;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.hub.api.LocalFunction;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.iam.DynamoPolicy;
import org.lcmhub.hub.streams.StreamEvents;
import org.lcmhub.hub.streams.StreamPoller;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.Fixtures;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.dynamodb.DynamoLearnerStore;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.Messages;
import org.lcmhub.me.FollowUps;
import org.lcmhub.me.MeHandler;
import org.lcmhub.me.MeService;
import org.lcmhub.mentoring.MenteeRoutes;
import org.lcmhub.notes.Note;
import org.lcmhub.notes.store.NoteStore;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.pairing.store.dynamodb.DynamoDepartures;
import org.lcmhub.plans.PersonalPlan;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import org.lcmhub.signup.store.SignupStore;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Dynamo;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * A move is acknowledged only with its follow-up marked: when the request's own follow-up fails
 * (or its process dies) right after the move's transaction, the stream function, handed the
 * mark by the table's stream as template.yaml maps it, files the notes and the plan under the new
 * cohort and removes the mark; a follow-up read before a later move never removes that move's mark.
 */
@ExtendWith(MotoExtension.class)
class MoveFollowUpIT {
    private static final Instant NOW = OnePlacePerPathIT.NOW;

    private static Map<String, AttributeValue> item(Moto moto, Map<String, AttributeValue> key) {
        return moto.dynamo().getItem(r -> r.tableName(moto.table()).consistentRead(true).key(key)).item();
    }

    private static Cohort cohort(Moto moto, String path, int seats) {
        return Fixtures.cohort(moto.dynamo(), moto.table(), "c-" + UUID.randomUUID().toString().substring(0, 8), path, seats);
    }

    private static String path() {
        return "path-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A note and a plan the team wrote about {@code learner} in {@code cohort}. */
    private static void written(DynamoNoteStore notes, DynamoPlanStore plans, Learner learner, Cohort cohort, String text) {
        notes.add(new Note(learner.learnerId(), cohort.cohortId(), text, true, Fixtures.LCM_SUB, NOW));
        plans.savePlan(new PlanStore.Author(PlanStore.Author.LCM, Fixtures.LCM_SUB, cohort.cohortId()),
                new PersonalPlan(learner.learnerId(), cohort.cohortId(), 1, List.of(), 3, cohort.endDate().plusWeeks(2),
                        "lcm", null, NOW));
    }

    /** The cohorts the learner's notes name. */
    private static List<String> noteCohorts(Moto moto, Learner learner) {
        return Fixtures.partition(moto.dynamo(), moto.table(), Keys.learnerPk(learner.learnerId())).stream()
                .filter(i -> i.get("SK").s().startsWith(Keys.NOTE)).map(i -> i.get("cohortId").s()).toList();
    }

    private static MeService me(Moto moto, DynamoSignupStore store, NoteStore notes, DynamoPlanStore plans) {
        return me(moto.dynamo(), moto.table(), store, notes, plans);
    }

    private static MeService me(DynamoDbClient dynamo, String table, DynamoSignupStore store, NoteStore notes,
                                DynamoPlanStore plans) {
        List<Mail> sent = new ArrayList<>();
        return new MeService(new DynamoLearnerStore(dynamo, table), store,
                new DynamoDepartures(dynamo, table), new DynamoCohortStore(dynamo, table),
                new DynamoCheckInStore(dynamo, table), notes, sent::add, new Messages("http://hub.test"),
                java.time.Clock.systemUTC(), new CurrentOneToOne(new DynamoAppointmentStore(dynamo, table)))
                .withPlans(plans);
    }

    /** {@code GET /api/me} with the learner's key, through {@code handler}. */
    private static APIGatewayV2HTTPResponse myPage(MeHandler handler, LearnerKey key) {
        var context = APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("r")
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath("/api/me").build());
        return handler.handleRequest(APIGatewayV2HTTPEvent.builder().withRawPath("/api/me")
                .withRequestContext(context.build())
                .withHeaders(Map.of("authorization", "Bearer " + key.token())).build(), null);
    }

    /** Counts the reads of a follow-up mark made through the client it watches. */
    private static final class MarkReads implements ExecutionInterceptor {
        final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof GetItemRequest get && get.key().containsKey("SK")
                    && Keys.FOLLOW_UP.equals(get.key().get("SK").s())) {
                count.incrementAndGet();
            }
        }
    }

    /**
     * My page reads the follow-up mark only when the learner's profile (read anyway) names a move
     * whose follow-up waits: a learner who never moved costs no read; one whose follow-up the
     * function left undone has it finished, the flag gone with the mark, and costs no read after.
     */
    @Test
    void myPageReadsTheMarkOnlyWhenTheProfileSaysAFollowUpWaits(Moto moto) {
        MarkReads reads = new MarkReads();
        DynamoDbClient watched = moto.newClient(reads);
        DynamoSignupStore store = new DynamoSignupStore(watched, moto.table());
        DynamoNoteStore notes = new DynamoNoteStore(watched, moto.table());
        DynamoPlanStore plans = new DynamoPlanStore(watched, moto.table());
        MeHandler handler = new MeHandler(me(watched, moto.table(), store, notes, plans),
                MenteeRoutes.service(watched, moto.table()));
        String path = path();
        Cohort full = cohort(moto, path, 1);
        Cohort other = cohort(moto, path, 2);
        Learner seated = OnePlacePerPathIT.learner(full, OnePlacePerPathIT.email());
        LearnerKey seatedKey = LearnerKey.issue(seated.learnerId());
        store.place(seated, seatedKey.hash(), NOW, Duration.ZERO);
        Learner candidate = OnePlacePerPathIT.learner(full, OnePlacePerPathIT.email());
        LearnerKey key = LearnerKey.issue(candidate.learnerId());
        Learner waiting = store.place(candidate, key.hash(), NOW, Duration.ZERO).learner();
        written(notes, plans, waiting, full, "Called: happy to wait.");
        me(watched, moto.table(), store, failingFollow(notes), plans).moveToSeat(waiting, other.cohortId());
        assertThat(item(moto, Keys.learner(waiting.learnerId())).get(Keys.FOLLOW_UP_MOVE).s())
                .as("the move flagged its follow-up").isEqualTo(store.followUp(waiting.learnerId()).moveId());

        reads.count.set(0);
        assertThat(myPage(handler, seatedKey).getStatusCode()).isEqualTo(200);
        assertThat(reads.count.get()).as("no follow-up waits: no read of a mark").isZero();

        assertThat(myPage(handler, key).getStatusCode()).isEqualTo(200);
        assertThat(reads.count.get()).as("the flagged learner's mark is read").isEqualTo(1);
        assertThat(noteCohorts(moto, waiting)).containsExactly(other.cohortId());
        assertThat(plans.current(waiting.learnerId()).cohortId()).isEqualTo(other.cohortId());
        assertThat(item(moto, Keys.followUp(waiting.learnerId()))).isEmpty();
        assertThat(item(moto, Keys.learner(waiting.learnerId()))).doesNotContainKey(Keys.FOLLOW_UP_MOVE);

        reads.count.set(0);
        assertThat(myPage(handler, key).getStatusCode()).isEqualTo(200);
        assertThat(reads.count.get()).as("finished: no read any more").isZero();
    }

    /** A flag whose mark went without it (a process stopped between the two writes) goes on the next visit. */
    @Test
    void aFlagLeftWithoutItsMarkGoesOnTheNextVisit(Moto moto) {
        MarkReads reads = new MarkReads();
        DynamoDbClient watched = moto.newClient(reads);
        DynamoSignupStore store = new DynamoSignupStore(watched, moto.table());
        DynamoNoteStore notes = new DynamoNoteStore(watched, moto.table());
        DynamoPlanStore plans = new DynamoPlanStore(watched, moto.table());
        MeHandler handler = new MeHandler(me(watched, moto.table(), store, notes, plans),
                MenteeRoutes.service(watched, moto.table()));
        String path = path();
        Cohort full = cohort(moto, path, 1);
        Cohort other = cohort(moto, path, 2);
        store.place(OnePlacePerPathIT.learner(full, OnePlacePerPathIT.email()), "h", NOW, Duration.ZERO);
        Learner candidate = OnePlacePerPathIT.learner(full, OnePlacePerPathIT.email());
        LearnerKey key = LearnerKey.issue(candidate.learnerId());
        Learner waiting = store.place(candidate, key.hash(), NOW, Duration.ZERO).learner();
        me(watched, moto.table(), store, failingFollow(notes), plans).moveToSeat(waiting, other.cohortId());
        moto.dynamo().deleteItem(r -> r.tableName(moto.table()).key(Keys.followUp(waiting.learnerId())));

        assertThat(myPage(handler, key).getStatusCode()).isEqualTo(200);
        assertThat(item(moto, Keys.learner(waiting.learnerId()))).doesNotContainKey(Keys.FOLLOW_UP_MOVE);
        reads.count.set(0);
        assertThat(myPage(handler, key).getStatusCode()).isEqualTo(200);
        assertThat(reads.count.get()).isZero();
    }

    /** The notes' store of a process that fails right after the move: nothing follows. */
    private static NoteStore failingFollow(DynamoNoteStore notes) {
        return new NoteStore() {
            @Override
            public void add(Note note) {
                notes.add(note);
            }

            @Override
            public void follow(String learnerId, String from, String to) {
                throw new IllegalStateException("the store stopped answering");
            }

            @Override
            public Instant lastContact(String learnerId) {
                return notes.lastContact(learnerId);
            }

            @Override
            public Page list(String cohortId, String learnerId, String cursor, int limit) {
                return notes.list(cohortId, learnerId, cursor, limit);
            }
        };
    }

    @Test
    void aFollowUpThatFailedAfterTheMoveIsFinishedByTheStreamFunction(Moto moto) throws Exception {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        DynamoNoteStore notes = new DynamoNoteStore(moto.dynamo(), moto.table());
        DynamoPlanStore plans = new DynamoPlanStore(moto.dynamo(), moto.table());
        String path = path();
        Cohort full = cohort(moto, path, 1);
        Cohort other = cohort(moto, path, 2);
        store.place(OnePlacePerPathIT.learner(full, OnePlacePerPathIT.email()), "h", NOW, Duration.ZERO);
        Learner waiting = store.place(OnePlacePerPathIT.learner(full, OnePlacePerPathIT.email()), "h", NOW, Duration.ZERO)
                .learner();
        written(notes, plans, waiting, full, "Called: happy to wait.");

        try (AutoCloseable env = functionEnvironment(moto); StreamPoller poller = followUpPoller(moto)) {
            poller.drain(); // from here on: the stream's records of this test only

            Learner moved = me(moto, store, failingFollow(notes), plans).moveToSeat(waiting, other.cohortId());

            assertThat(moved.status()).as("the move stands").isEqualTo(LearnerStatus.ENROLLED);
            assertThat(store.find(waiting.learnerId()).cohortId()).isEqualTo(other.cohortId());
            assertThat(noteCohorts(moto, waiting)).as("nothing followed yet").containsExactly(full.cohortId());
            assertThat(plans.current(waiting.learnerId()).cohortId()).isEqualTo(full.cohortId());
            Map<String, AttributeValue> mark = item(moto, Keys.followUp(waiting.learnerId()));
            assertThat(mark.get("toCohortId").s()).isEqualTo(other.cohortId());
            assertThat(mark.get("fromCohortIds").ss()).containsExactly(full.cohortId());

            poller.drain(); // the stream function, as the event source mapping runs it

            assertThat(noteCohorts(moto, waiting)).containsExactly(other.cohortId());
            assertThat(notes.list(other.cohortId(), waiting.learnerId(), null, 10).notes()).extracting(Note::text)
                    .containsExactly("Called: happy to wait.");
            assertThat(plans.current(waiting.learnerId()).cohortId()).isEqualTo(other.cohortId());
            assertThat(plans.forCohort(other.cohortId()).plans()).containsKey(waiting.learnerId());
            assertThat(plans.forCohort(full.cohortId()).plans()).doesNotContainKey(waiting.learnerId());
            assertThat(item(moto, Keys.planRun(waiting.learnerId())).get(Keys.GSI1SK).s())
                    .isEqualTo(Keys.cohortEnd(full.endDate().plusWeeks(2), other.cohortId()));
            assertThat(item(moto, Keys.followUp(waiting.learnerId()))).as("the mark is gone").isEmpty();
            assertThat(item(moto, Keys.learner(waiting.learnerId()))).as("and the profile's flag of it")
                    .doesNotContainKey(Keys.FOLLOW_UP_MOVE);
        }
    }

    /** The stream function gave up (or never ran): the learner's next read of My page finishes it. */
    @Test
    void aMarkLeftIsFinishedByTheLearnersNextVisitToTheirPage(Moto moto) throws Exception {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        DynamoNoteStore notes = new DynamoNoteStore(moto.dynamo(), moto.table());
        DynamoPlanStore plans = new DynamoPlanStore(moto.dynamo(), moto.table());
        String path = path();
        Cohort full = cohort(moto, path, 1);
        Cohort other = cohort(moto, path, 2);
        store.place(OnePlacePerPathIT.learner(full, OnePlacePerPathIT.email()), "h", NOW, Duration.ZERO);
        Learner candidate = OnePlacePerPathIT.learner(full, OnePlacePerPathIT.email());
        LearnerKey key = LearnerKey.issue(candidate.learnerId());
        Learner waiting = store.place(candidate, key.hash(), NOW, Duration.ZERO).learner();
        written(notes, plans, waiting, full, "Called: happy to wait.");
        me(moto, store, failingFollow(notes), plans).moveToSeat(waiting, other.cohortId());
        assertThat(noteCohorts(moto, waiting)).containsExactly(full.cohortId());

        try (AutoCloseable env = functionEnvironment(moto)) {
            var context = APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("r")
                    .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath("/api/me").build());
            APIGatewayV2HTTPResponse page = new MeHandler().handleRequest(APIGatewayV2HTTPEvent.builder()
                    .withRawPath("/api/me").withRequestContext(context.build())
                    .withHeaders(Map.of("authorization", "Bearer " + key.token())).build(), null);
            assertThat(page.getStatusCode()).isEqualTo(200);
        }

        assertThat(noteCohorts(moto, waiting)).containsExactly(other.cohortId());
        assertThat(plans.current(waiting.learnerId()).cohortId()).isEqualTo(other.cohortId());
        assertThat(item(moto, Keys.followUp(waiting.learnerId()))).isEmpty();
    }

    @Test
    void aFollowUpThatDidItsWorkLeavesNoMark(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        DynamoNoteStore notes = new DynamoNoteStore(moto.dynamo(), moto.table());
        DynamoPlanStore plans = new DynamoPlanStore(moto.dynamo(), moto.table());
        String path = path();
        Cohort full = cohort(moto, path, 1);
        Cohort other = cohort(moto, path, 2);
        store.place(OnePlacePerPathIT.learner(full, OnePlacePerPathIT.email()), "h", NOW, Duration.ZERO);
        Learner waiting = store.place(OnePlacePerPathIT.learner(full, OnePlacePerPathIT.email()), "h", NOW, Duration.ZERO)
                .learner();
        written(notes, plans, waiting, full, "Called.");

        me(moto, store, notes, plans).moveToSeat(waiting, other.cohortId());

        assertThat(noteCohorts(moto, waiting)).containsExactly(other.cohortId());
        assertThat(item(moto, Keys.followUp(waiting.learnerId()))).isEmpty();
        assertThat(new FollowUps(store, notes, plans).complete(waiting.learnerId())).as("nothing left to do").isFalse();
    }

    /** The request's follow-up and the function's (or two of the function's) at once: each item moves once, the mark goes. */
    @Test
    void twoFollowUpsAtOnceFileEachItemOnceAndRemoveTheMark(Moto moto) throws Exception {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        DynamoNoteStore notes = new DynamoNoteStore(moto.dynamo(), moto.table());
        DynamoPlanStore plans = new DynamoPlanStore(moto.dynamo(), moto.table());
        String path = path();
        Cohort full = cohort(moto, path, 1);
        Cohort other = cohort(moto, path, 2);
        store.place(OnePlacePerPathIT.learner(full, OnePlacePerPathIT.email()), "h", NOW, Duration.ZERO);
        Learner waiting = store.place(OnePlacePerPathIT.learner(full, OnePlacePerPathIT.email()), "h", NOW, Duration.ZERO)
                .learner();
        written(notes, plans, waiting, full, "First call.");
        notes.add(new Note(waiting.learnerId(), full.cohortId(), "Second call.", false, Fixtures.LCM_SUB, NOW.plusSeconds(60)));
        store.moveToSeat(waiting, other.cohortId(), java.time.Instant.now());

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return new FollowUps(store, notes, plans).complete(waiting.learnerId());
                }));
            }
            go.countDown();
            for (var run : runs) {
                run.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(noteCohorts(moto, waiting)).containsExactly(other.cohortId(), other.cohortId());
        assertThat(plans.current(waiting.learnerId()).cohortId()).isEqualTo(other.cohortId());
        assertThat(plans.current(waiting.learnerId()).version()).isEqualTo(1);
        assertThat(store.followUp(waiting.learnerId())).isNull();
    }

    /**
     * A learner moves from A to B; before that follow-up is done, they leave B, wait there again
     * and move to C. The follow-up read before the second move cannot remove its mark; the second
     * one files what was written in A and in B under C.
     */
    @Test
    void aFollowUpReadBeforeALaterMoveLeavesThatMovesMark(Moto moto) {
        DynamoSignupStore store = new DynamoSignupStore(moto.dynamo(), moto.table());
        DynamoNoteStore notes = new DynamoNoteStore(moto.dynamo(), moto.table());
        DynamoPlanStore plans = new DynamoPlanStore(moto.dynamo(), moto.table());
        DynamoDepartures departures = new DynamoDepartures(moto.dynamo(), moto.table());
        String path = path();
        Cohort a = cohort(moto, path, 1);
        Cohort b = cohort(moto, path, 1);
        Cohort c = cohort(moto, path, 2);
        String email = OnePlacePerPathIT.email();
        store.place(OnePlacePerPathIT.learner(a, OnePlacePerPathIT.email()), "h", NOW, Duration.ZERO);
        Learner learner = store.place(OnePlacePerPathIT.learner(a, email), "h", NOW, Duration.ZERO).learner();
        written(notes, plans, learner, a, "Written in A.");
        store.moveToSeat(learner, b.cohortId(), java.time.Instant.now());
        SignupStore.FollowUp first = store.followUp(learner.learnerId());
        assertThat(first.from()).containsExactly(a.cohortId());

        // Left B, whose seat someone took, then back on B's waitlist, then a seat in C.
        departures.withdraw(learner.learnerId(), java.time.Instant.now());
        store.place(OnePlacePerPathIT.learner(b, OnePlacePerPathIT.email()), "h", NOW, Duration.ZERO);
        Learner again = store.place(OnePlacePerPathIT.learner(b, email), "h", NOW.plusSeconds(120), Duration.ZERO).learner();
        assertThat(again.learnerId()).isEqualTo(learner.learnerId());
        assertThat(again.status()).isEqualTo(LearnerStatus.WAITLISTED);
        store.moveToSeat(again, c.cohortId(), java.time.Instant.now());

        assertThat(store.followedUp(first)).as("the first follow-up's mark was replaced").isFalse();
        SignupStore.FollowUp second = store.followUp(learner.learnerId());
        assertThat(item(moto, Keys.learner(learner.learnerId())).get(Keys.FOLLOW_UP_MOVE).s())
                .as("the later move's flag stays").isEqualTo(second.moveId());
        assertThat(second).isNotNull();
        assertThat(second.moveId()).isNotEqualTo(first.moveId());
        assertThat(second.from()).containsExactlyInAnyOrder(a.cohortId(), b.cohortId());
        assertThat(second.to()).isEqualTo(c.cohortId());

        assertThat(new FollowUps(store, notes, plans).complete(learner.learnerId())).isTrue();
        assertThat(noteCohorts(moto, learner)).containsExactly(c.cohortId());
        assertThat(plans.current(learner.learnerId()).cohortId()).isEqualTo(c.cohortId());
        assertThat(store.followUp(learner.learnerId())).isNull();
        assertThat(item(moto, Keys.learner(learner.learnerId()))).doesNotContainKey(Keys.FOLLOW_UP_MOVE);
    }

    /** The stream function's mapping as template.yaml declares it (mail and marks), read from this test's first drain on. */
    private static StreamPoller followUpPoller(Moto moto) {
        SamTemplate template = SamTemplate.read(Checkout.template());
        SamTemplate.FunctionDef def = template.functions().stream()
                .filter(f -> f.logicalId().equals("StreamFunction")).findFirst().orElseThrow();
        StreamEvents.StreamEvent declared = StreamEvents.read(Checkout.template()).stream()
                .filter(e -> e.functionId().equals("StreamFunction")).findFirst().orElseThrow();
        // The shared store's stream holds every earlier test's writes: this poller starts at its end.
        StreamEvents.StreamEvent event = new StreamEvents.StreamEvent(declared.functionId(), declared.name(),
                declared.table(), "LATEST", declared.batchSize(), declared.filters(), declared.maximumRetryAttempts());
        LocalFunction function = new LocalFunction(def, DynamoPolicy.of(def, Tables.localEnvironment(template)));
        return new StreamPoller(moto.dynamo(), moto.endpoint(), List.of(new StreamPoller.Mapping(event, function, moto.table())));
    }

    /** What a function's no-arg constructor reads, as Lambda's environment gives it, until closed. */
    private static AutoCloseable functionEnvironment(Moto moto) throws java.io.IOException {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(Dynamo.TABLE_ENV, moto.table());
        // The stream function sends the move's mail too: into an outbox, as in the local hub.
        properties.put(org.lcmhub.mail.Mailers.OUTBOX_ENV,
                java.nio.file.Files.createTempDirectory("lcmhub-move-outbox").toString());
        properties.put("aws.endpointUrlDynamoDb", moto.endpoint().toString());
        properties.put("aws.region", LocalEnvironment.REGION);
        properties.put("aws.accessKeyId", "local");
        properties.put("aws.secretAccessKey", "local");
        Map<String, String> before = new LinkedHashMap<>();
        properties.keySet().forEach(k -> before.put(k, System.getProperty(k)));
        properties.forEach(System::setProperty);
        return () -> before.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }
}
