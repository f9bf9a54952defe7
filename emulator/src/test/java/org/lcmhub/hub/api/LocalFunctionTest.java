package org.lcmhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.template.SamTemplate.FunctionDef;

class LocalFunctionTest {
    /** Counts its instances; waits on a latch when the path says so; fails or sleeps on request. */
    public static final class Probe implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
        static final AtomicInteger INSTANCES = new AtomicInteger();
        static volatile CountDownLatch inside = new CountDownLatch(0);
        static volatile CountDownLatch release = new CountDownLatch(0);

        public Probe() {
            INSTANCES.incrementAndGet();
        }

        @Override
        public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            switch (event.getRawPath()) {
                case "/fail" -> throw new IllegalStateException("boom");
                case "/slow" -> sleep(5_000);
                case "/wait" -> {
                    inside.countDown();
                    await(release);
                }
                case "/at-deadline" -> endAsTheCallerWakesAtTheDeadline(context);
                default -> {
                }
            }
            return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                    .withBody(context.getFunctionName() + " " + (context.getRemainingTimeInMillis() > 0)).build();
        }

        /** The thread waiting for this invocation (the test's), watched by "/at-deadline". */
        static volatile Thread caller;

        /**
         * Returns the moment the caller, parked until the deadline, wakes up: it is then between
         * its wait running out and its decision that the call timed out, the window where both
         * sides decide what becomes of the instance.
         */
        private static void endAsTheCallerWakesAtTheDeadline(Context context) {
            while (context.getRemainingTimeInMillis() > 50) {
                sleep(10);
            }
            Thread waiting = caller;
            // (interrupted: the caller gave up already, and the instance is being dropped)
            while (waiting.getState() != Thread.State.TIMED_WAITING && !Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            while (waiting.getState() == Thread.State.TIMED_WAITING && !Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        }

        private static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A scheduled function: takes the event as a map and answers with what it read. */
    public static final class Scheduled implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            return Map.of("time", event.get("time"), "function", context.getFunctionName());
        }
    }

    @Test
    void aScheduledFunctionGetsItsEventAsTheTypeItDeclares() throws Throwable {
        LocalFunction f = new LocalFunction(new FunctionDef("DailyFunction", Scheduled.class.getName() + "::handleRequest",
                1, 512, Map.of(), List.of()));
        Object result = f.invokeEvent(Map.of("time", "2027-02-03T07:00:00Z", "detail-type", "Scheduled Event"));
        assertThat(result).isEqualTo(Map.of("time", "2027-02-03T07:00:00Z", "function", "DailyFunction"));
        assertThatThrownBy(() -> f.invoke(event("/"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static LocalFunction function() {
        return new LocalFunction(new FunctionDef("ProbeFunction", Probe.class.getName() + "::handleRequest",
                1, 512, Map.of(), List.of()));
    }

    private static APIGatewayV2HTTPEvent event(String path) {
        return APIGatewayV2HTTPEvent.builder().withRawPath(path).build();
    }

    @Test
    void oneWarmInstanceServesRequestsOneAfterAnother() throws Throwable {
        int before = Probe.INSTANCES.get();
        LocalFunction f = function();
        for (int i = 0; i < 5; i++) {
            assertThat(f.invoke(event("/")).getBody()).isEqualTo("ProbeFunction true");
        }
        assertThat(Probe.INSTANCES.get() - before).isEqualTo(1);
    }

    @Test
    void aBusyInstanceIsNeverSharedAnotherIsBuilt() throws Throwable {
        LocalFunction f = function();
        int before = Probe.INSTANCES.get();
        Probe.inside = new CountDownLatch(1);
        Probe.release = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            try {
                f.invoke(event("/wait"));
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        });
        first.start();
        Probe.inside.await();
        f.invoke(event("/"));
        Probe.release.countDown();
        first.join();
        assertThat(Probe.INSTANCES.get() - before).isEqualTo(1);
    }

    @Test
    void handlerExceptionsReachTheGatewayAndTheInstanceStaysWarm() throws Throwable {
        LocalFunction f = function();
        int before = Probe.INSTANCES.get();
        assertThatThrownBy(() -> f.invoke(event("/fail"))).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        f.invoke(event("/"));
        assertThat(Probe.INSTANCES.get()).isEqualTo(before);
    }

    @Test
    void aPreparedInvocationAnswersThroughItsResultOnceItsFunctionEnds() throws Throwable {
        LocalFunction f = function();
        Probe.inside = new CountDownLatch(1);
        Probe.release = new CountDownLatch(1);
        LocalFunction.Invocation call = f.prepare(event("/wait"));
        Thread runner = new Thread(call::run);
        runner.start();
        Probe.inside.await();
        // Still running: nothing decided yet, and the gateway's watch leaves it be before its timeout.
        assertThat(call.result()).isNotDone();
        assertThat(call.abandonIfLate()).isFalse();
        Probe.release.countDown();
        APIGatewayV2HTTPResponse response = call.response(call.result().join());
        assertThat(response.getBody()).isEqualTo("ProbeFunction true");
        runner.join();
    }

    @Test
    void anInvocationPastTheTimeoutFailsAndItsInstanceIsDropped() throws Throwable {
        LocalFunction f = function();
        int before = Probe.INSTANCES.get();
        long start = System.nanoTime();
        assertThatThrownBy(() -> f.invoke(event("/slow"))).isInstanceOf(TimeoutException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4_000);
        f.invoke(event("/"));
        assertThat(Probe.INSTANCES.get() - before).isEqualTo(1);
    }

    @Test
    void aFunctionEndingAtItsDeadlineIsEitherAnsweredAndKeptOrTimedOutAndDropped() throws Throwable {
        // The function ends while its caller is between its wait running out and its verdict: one
        // side decides. A caller told "timed out" must never have its instance serve a later
        // request, and an instance kept warm must have given its answer. Each round lands on either
        // side of the race (about half the rounds broke this when the two sides decided apart).
        for (int round = 0; round < 8; round++) {
            LocalFunction f = function();
            Probe.caller = Thread.currentThread();
            boolean answered;
            try {
                answered = f.invoke(event("/at-deadline")).getStatusCode() == 200;
            } catch (TimeoutException e) {
                answered = false;
            }
            int before = Probe.INSTANCES.get();
            f.invoke(event("/"));
            boolean reused = Probe.INSTANCES.get() == before;
            assertThat(reused).as("round %d: answered %s, instance reused %s", round, answered, reused).isEqualTo(answered);
        }
    }

    @Test
    void anInvocationRunOnItsCallersThreadIsAbandonedOnlyOnceItsTimeoutHasPassed() throws Throwable {
        LocalFunction f = function();
        int before = Probe.INSTANCES.get();
        LocalFunction.Invocation call = f.prepare(event("/slow"));
        Thread runner = new Thread(call::run);
        runner.start();
        assertThat(call.abandonIfLate()).isFalse();
        assertThat(call.result()).isNotDone();
        long start = System.nanoTime();
        while (!call.abandonIfLate()) {
            Thread.sleep(20); // as the gateway's watch looks
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
        assertThatThrownBy(() -> call.result().join()).hasCauseInstanceOf(TimeoutException.class);
        assertThat(call.abandonIfLate()).isFalse();
        // The function's thread was interrupted out of its five seconds; its instance is dropped.
        runner.join(2_000);
        assertThat(runner.isAlive()).isFalse();
        f.invoke(event("/"));
        assertThat(Probe.INSTANCES.get() - before).isEqualTo(1);
    }

    @Test
    void aHandlerWithoutTheRightMethodIsRefusedAtStart() {
        assertThatThrownBy(() -> new LocalFunction(new FunctionDef("Bad", String.class.getName() + "::handleRequest",
                1, 128, Map.of(), List.of()))).hasMessageContaining("has no method handleRequest");
        assertThatThrownBy(() -> new LocalFunction(new FunctionDef("Missing", "org.example.Nope::handleRequest",
                1, 128, Map.of(), List.of()))).hasMessageContaining("is not on the class path");
    }
}
