package org.lcmhub.store;

import java.time.Duration;
import java.util.UUID;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Shapes every store call of a request, once per call (the SDK's own retries of that call reuse
 * what is decided here):
 * <ul>
 * <li>a transaction gets a {@code ClientRequestToken}, so a retry of a transaction that committed
 * although its answer was lost is answered as the original instead of meeting its own writes;</li>
 * <li>a call may not outlive the request: its overall timeout is cut to the time the function has
 * left minus a margin, and a call with no time left fails at once, so the caller gets a 503 and
 * not the function's timeout.</li>
 * </ul>
 */
final class StoreCalls implements ExecutionInterceptor {
    /** Kept back from the function's timeout to answer the caller and write the log line. */
    static final Duration MARGIN = Duration.ofSeconds(2);
    /** Below this, a call is not started at all. */
    static final Duration SHORTEST_CALL = Duration.ofMillis(250);

    private final Duration callTimeout;

    StoreCalls(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        Invocation invocation = Invocation.current();
        if (request instanceof TransactWriteItemsRequest tx && tx.clientRequestToken() == null) {
            // Outside a request (the scheduled digest) a random token still covers the SDK's retries.
            String token = invocation == null ? UUID.randomUUID().toString() : invocation.nextTransactionToken();
            request = tx.toBuilder().clientRequestToken(token).build();
        }
        if (invocation != null && request instanceof DynamoDbRequest dynamo) {
            Duration left = Duration.ofMillis(invocation.remainingMillis()).minus(MARGIN);
            if (left.compareTo(SHORTEST_CALL) < 0) {
                throw SdkClientException.create("No time left in request " + invocation.requestId()
                        + " to call the store.");
            }
            if (left.compareTo(callTimeout) < 0) {
                request = dynamo.toBuilder()
                        .overrideConfiguration(o -> o.apiCallTimeout(left))
                        .build();
            }
        }
        return request;
    }
}
