package org.lcmhub.store;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * What the stores' transactions share: reading why one was cancelled, and the one retry policy.
 * Every write that depends on what it read is a read then a conditioned transaction; when the
 * transaction is cancelled by another one (a conflict) or by a condition on what was read, the
 * store reads again and writes again, with a growing, jittered pause in between.
 */
public final class Transactions {
    /** Tries before giving up; enough for 200 sign-ups at once on one cohort. */
    public static final int ATTEMPTS = 25;

    private Transactions() {
    }

    /** Asks {@link #retry} for another try without a cancelled transaction in hand. */
    public static final class Again extends RuntimeException {
        private final boolean pause;

        private Again(boolean pause) {
            super(pause ? "conflict" : "again", null, false, false);
            this.pause = pause;
        }
    }

    private static final Again AGAIN = new Again(false);
    private static final Again CONFLICT = new Again(true);

    /** Thrown from an attempt whose read is stale (a condition on it failed): read again at once. */
    public static Again again() {
        return AGAIN;
    }

    /** Thrown from an attempt that met another transaction: pause, then read again. */
    public static Again conflict() {
        return CONFLICT;
    }

    /**
     * Runs {@code attempt} (read, then write with conditions on what was read) until it returns.
     * An attempt settles the refusals it understands itself (returns, or throws its own error);
     * {@link #again()} leaving it means read again at once, a {@link TransactionCanceledException}
     * or {@link #conflict()} means pause (longer each time), then read again.
     *
     * @param what for the error after the last attempt: "Could not {what} after 25 attempts"
     */
    public static <T> T retry(String what, Supplier<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (TransactionCanceledException | Again e) {
                if (n == ATTEMPTS) {
                    throw new IllegalStateException("Could not " + what + " after " + ATTEMPTS + " attempts", e);
                }
                if (!(e instanceof Again again) || again.pause) {
                    backOff(n);
                }
            }
        }
    }

    /** Why the {@code index}-th item of a cancelled transaction was refused, or null when not told. */
    public static CancellationReason reason(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        return reasons.size() > index ? reasons.get(index) : null;
    }

    /** Whether the {@code index}-th item of a cancelled transaction failed its condition. */
    public static boolean failedAt(TransactionCanceledException e, int index) {
        CancellationReason reason = reason(e, index);
        return reason != null && "ConditionalCheckFailed".equals(reason.code());
    }

    /** Whether another transaction on the same items cancelled this one. */
    public static boolean conflicted(TransactionCanceledException e) {
        return e.hasCancellationReasons()
                && e.cancellationReasons().stream().anyMatch(r -> "TransactionConflict".equals(r.code()));
    }

    /**
     * A transaction's update made on its own, outside any transaction: the same table, key,
     * expressions and condition, and the same item handed back when the condition fails, so that a
     * store writing one item alone or with others words its update once.
     */
    public static UpdateItemRequest alone(Update u) {
        return UpdateItemRequest.builder().tableName(u.tableName()).key(u.key()).updateExpression(u.updateExpression())
                .conditionExpression(u.conditionExpression()).expressionAttributeNames(u.expressionAttributeNames())
                .expressionAttributeValues(u.expressionAttributeValues())
                .returnValuesOnConditionCheckFailure(u.returnValuesOnConditionCheckFailureAsString()).build();
    }

    /** 10, 20, 40 ... 160 ms, then 200 ms, plus up to 10 ms at random so that rivals do not meet again. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(200, 5L << Math.min(attempt, 5)) + ThreadLocalRandom.current().nextLong(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
