package org.lcmhub.community;

import java.util.function.Supplier;
import org.lcmhub.cohort.CohortErrors;
import org.lcmhub.community.store.ChannelStore;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiResponse;

/** The community's errors as HTTP answers, for both its functions (channels, webhooks). */
final class CommunityErrors {
    private CommunityErrors() {
    }

    static ApiResponse guarded(Supplier<ApiResponse> action) {
        try {
            return CohortErrors.asTeam(action);
        } catch (ChannelStore.NotOnTeam e) {
            throw new ApiException(403, "forbidden", "Only the cohort's LCM team may do this.");
        } catch (ChannelStore.TooMany e) {
            throw new ApiException(409, "conflict", "The cohort has as many channels or FAQ entries as it keeps.");
        } catch (ChannelStore.NotFound e) {
            throw ApiException.notFound("No such channel, FAQ entry or report.");
        }
    }
}
