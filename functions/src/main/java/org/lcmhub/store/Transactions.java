package org.lcmhub.store;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** What the stores' transactions share: reading why one was cancelled, and waiting before a retry. */
public final class Transactions {
    private Transactions() {
    }

    /** Whether the {@code index}-th item of a cancelled transaction failed its condition. */
    public static boolean failedAt(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        return reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    /**
     * Waits a little longer on each attempt before a transaction that met another one
     * ({@code TransactionConflict}) is tried again.
     */
    public static void backOff(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
