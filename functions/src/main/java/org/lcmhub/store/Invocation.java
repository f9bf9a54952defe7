package org.lcmhub.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The request a thread is serving, as the store sees it: which request it is (so that a
 * transaction's idempotency token can be derived from it) and until when it may still call the
 * store (so that a slow store fails the request before the function's own timeout does).
 * Lambda runs one request at a time per execution environment; the local hub one per thread.
 */
public final class Invocation implements AutoCloseable {
    private static final ThreadLocal<Invocation> CURRENT = new ThreadLocal<>();

    private final String requestId;
    private final String operation;
    private final long deadlineNanos;
    private int transactions;

    private Invocation(String requestId, String operation, long deadlineNanos) {
        this.requestId = requestId;
        this.operation = operation;
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * Opens the scope of one request on this thread; {@code remainingMillis} is the time the
     * function has left (Lambda's {@code Context.getRemainingTimeInMillis()}).
     */
    public static Invocation open(String requestId, String operation, long remainingMillis) {
        Invocation invocation = new Invocation(requestId, operation,
                System.nanoTime() + Math.max(0, remainingMillis) * 1_000_000L);
        CURRENT.set(invocation);
        return invocation;
    }

    /** The request this thread serves, or null outside one (tests, the scheduled digest). */
    public static Invocation current() {
        return CURRENT.get();
    }

    public String requestId() {
        return requestId;
    }

    /** Milliseconds left before the function's timeout. */
    public long remainingMillis() {
        return (deadlineNanos - System.nanoTime()) / 1_000_000L;
    }

    /**
     * The {@code ClientRequestToken} of this request's next transaction: the same request (its id
     * and operation) gives the same tokens in the same order, so a transaction sent again is
     * answered as the first one was instead of being applied twice; two transactions of one
     * request (a retry after a conflict, with fresh reads) get different tokens. At most 36
     * characters, as DynamoDB requires.
     */
    public synchronized String nextTransactionToken() {
        transactions++;
        return token(requestId + '\n' + operation + '\n' + transactions);
    }

    static String token(String seed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            byte[] head = java.util.Arrays.copyOf(digest, 27); // 27 bytes are 36 base64 characters
            return Base64.getUrlEncoder().withoutPadding().encodeToString(head);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }
}
