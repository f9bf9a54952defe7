package org.lcmhub.hub.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.lcmhub.hub.iam.DynamoAccess;
import org.lcmhub.hub.iam.DynamoPolicy;
import org.lcmhub.hub.template.SamTemplate.FunctionDef;

/**
 * One function of template.yaml, run as Lambda runs it: the handler class is built with its
 * no-arg constructor and each instance serves one request at a time. Instances are kept warm and
 * reused; a new one is built only when all are busy, as Lambda adds execution environments.
 */
public final class LocalFunction {
    private final FunctionDef def;
    /** Checked on each of its DynamoDB calls (null: not checked). */
    private final DynamoPolicy policy;
    private final Class<?> type;
    private final Method method;
    private static final ExecutorService INVOKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lambda-invoke");
        t.setDaemon(true);
        return t;
    });

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConcurrentLinkedDeque<Object> warm = new ConcurrentLinkedDeque<>();

    /** A function whose DynamoDB calls are not checked. */
    public LocalFunction(FunctionDef def) {
        this(def, null);
    }

    /** A function whose DynamoDB calls, from its constructor on, are checked against {@code policy}. */
    public LocalFunction(FunctionDef def, DynamoPolicy policy) {
        this.def = def;
        this.policy = policy;
        String[] parts = def.handler().split("::", 2);
        try {
            this.type = Class.forName(parts[0]);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Handler class " + parts[0] + " of " + def.logicalId()
                    + " is not on the class path", e);
        }
        String name = parts.length == 2 ? parts[1] : "handleRequest";
        // Lambda calls handleRequest(<event>, Context): an HTTP API event, or any other event
        // (a schedule's) that the runtime reads from JSON into the declared type.
        this.method = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && !m.isBridge() && m.getParameterCount() == 2
                        && m.getParameterTypes()[1] == Context.class)
                // an HTTP handler's own method first, should a class have both
                .min(Comparator.comparingInt(m -> m.getParameterTypes()[0] == APIGatewayV2HTTPEvent.class ? 0 : 1))
                .orElseThrow(() -> new IllegalStateException(def.handler()
                        + " has no method " + name + "(<event>, Context)"));
        warm.push(newInstance());
    }

    public FunctionDef definition() {
        return def;
    }

    /**
     * Invokes one instance with the function's timeout. An instance that timed out is dropped, as
     * Lambda drops an execution environment that timed out, and the caller gets a {@link TimeoutException}.
     */
    public APIGatewayV2HTTPResponse invoke(APIGatewayV2HTTPEvent event) throws Throwable {
        return response(invokeWith(event));
    }

    /** What an HTTP function returned, which must be an HTTP response. */
    private APIGatewayV2HTTPResponse response(Object result) {
        if (!(result instanceof APIGatewayV2HTTPResponse response)) {
            throw new IllegalStateException(def.handler() + " returned " + result);
        }
        return response;
    }

    /**
     * Invokes the function with any event, as Lambda does for a non-HTTP trigger: an event that is
     * not of the handler's declared type is converted through JSON, as the runtime reads it.
     */
    public Object invokeEvent(Object event) throws Throwable {
        Class<?> declared = method.getParameterTypes()[0];
        return invokeWith(declared.isInstance(event) ? event : JSON.convertValue(event, declared));
    }

    private Object invokeWith(Object event) throws Throwable {
        Invocation call = new Invocation(event);
        INVOKER.execute(call::run);
        return call.await();
    }

    /**
     * One invocation of the HTTP handler, not started: the caller runs it on its own thread
     * ({@link Invocation#run}) while another watches its deadline ({@link Invocation#abandonIfLate}),
     * so a request crosses no thread between the HTTP front and the function.
     */
    public Invocation prepare(APIGatewayV2HTTPEvent event) {
        return new Invocation(event);
    }

    /**
     * What became of an invocation, decided once by whichever side comes first: the function that
     * ends (its result is the answer and its instance serves again) or the deadline seen passed by
     * its caller or a watch (the caller is told it timed out and the instance is dropped), never both.
     */
    private enum Outcome { RUNNING, ENDED, ABANDONED }

    /** One invocation. */
    public final class Invocation {
        private final Object event;
        private final Object handler;
        private final LocalContext context;
        private final long deadline;
        private final AtomicReference<Outcome> outcome = new AtomicReference<>(Outcome.RUNNING);
        private final CompletableFuture<Object> result = new CompletableFuture<>();
        /** The thread running the function, while it runs (guarded by this). */
        private Thread runner;

        private Invocation(Object event) {
            Object instance = warm.poll();
            this.handler = instance == null ? newInstance() : instance;
            this.event = event;
            this.context = new LocalContext(def.logicalId(), def.memoryMb(), def.timeoutSeconds());
            this.deadline = System.nanoTime() + def.timeoutSeconds() * 1_000_000_000L;
        }

        /** Runs the function on this thread; returns once it has ended, even if it was abandoned meanwhile. */
        public void run() {
            synchronized (this) {
                runner = Thread.currentThread();
            }
            Object value = null;
            Throwable failure = null;
            DynamoPolicy outer = DynamoAccess.enter(policy);
            try {
                value = method.invoke(handler, event, context);
            } catch (InvocationTargetException e) {
                failure = e.getCause();
            } catch (Throwable e) {
                failure = e;
            } finally {
                DynamoAccess.leave(outer);
                // Ended before its deadline was seen passed: back to the warm ones. Otherwise it
                // is dropped, as Lambda drops an execution environment that timed out.
                if (outcome.compareAndSet(Outcome.RUNNING, Outcome.ENDED)) {
                    warm.push(handler);
                    if (failure == null) {
                        result.complete(value);
                    } else {
                        result.completeExceptionally(failure);
                    }
                }
                synchronized (this) {
                    runner = null;
                }
                Thread.interrupted(); // an abandoning interrupt must not outlive the function
            }
        }

        /**
         * Abandons the invocation if its deadline has passed and it has not ended: the function's
         * thread is interrupted, its instance will be dropped, and its result is a
         * {@link TimeoutException}. Returns whether it did.
         */
        public boolean abandonIfLate() {
            if (deadline - System.nanoTime() > 0 || !outcome.compareAndSet(Outcome.RUNNING, Outcome.ABANDONED)) {
                return false;
            }
            synchronized (this) {
                if (runner != null) {
                    runner.interrupt();
                }
            }
            context.getLogger().log(String.format("Task timed out after %d.00 seconds", def.timeoutSeconds()));
            result.completeExceptionally(new TimeoutException("Task timed out after " + def.timeoutSeconds() + " seconds"));
            return true;
        }

        /** The function's result once decided: its value, what it threw, or a {@link TimeoutException}. */
        public CompletableFuture<Object> result() {
            return result;
        }

        /** The HTTP response in a result, which must be one. */
        public APIGatewayV2HTTPResponse response(Object value) {
            return LocalFunction.this.response(value);
        }

        /**
         * The function's result, waited for until its timeout at most; throws what the function
         * threw, or a {@link TimeoutException} once its timeout has passed (the instance is then
         * dropped, as Lambda drops an execution environment that timed out).
         */
        private Object await() throws Throwable {
            try {
                while (true) {
                    try {
                        return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    } catch (TimeoutException e) {
                        if (deadline - System.nanoTime() <= 0) {
                            abandonIfLate();
                            // Abandoned now, or it ended as the wait ran out (its instance is back
                            // with the warm ones): either way the result is decided.
                            return result.get();
                        }
                    }
                }
            } catch (ExecutionException e) {
                throw e.getCause();
            }
        }
    }

    private Object newInstance() {
        // Lambda runs a function's initialisation under its role too.
        DynamoPolicy outer = DynamoAccess.enter(policy);
        try {
            return type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Initialising " + def.handler() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(def.handler() + " needs a public no-arg constructor", e);
        } finally {
            DynamoAccess.leave(outer);
        }
    }
}
