package org.lcmhub.http;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/** A store (or other AWS service) that did not answer in time, refused us for load, or failed on its side. */
final class StoreFailure {
    private StoreFailure() {
    }

    static boolean isUnavailable(SdkException e) {
        if (e instanceof SdkClientException) {
            return true; // timeouts, refused or reset connections, no time left in the request
        }
        return e instanceof SdkServiceException s && (s.isThrottlingException() || s.statusCode() >= 500);
    }

    /**
     * Honest about a write: the store may have applied it before going quiet. Sending it again is
     * safe (sign-ups and check-ins are one per learner and week; a transaction retried by the SDK
     * carries its first attempt's token), and the page can check what happened.
     */
    static ApiException unavailable() {
        return new ApiException(503, "store_unavailable",
                "The hub's data store did not answer in time. If you were saving something, it may or may "
                        + "not have been saved: check, or send it again in a moment.");
    }
}
