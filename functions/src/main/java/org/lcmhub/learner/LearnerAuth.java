package org.lcmhub.learner;

import java.util.Locale;
import java.util.function.Supplier;
import org.lcmhub.auth.LearnerKey;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.learner.store.LearnerStore;

/**
 * Finds the learner a personal key belongs to, for every route a learner reaches with their key
 * ({@code /api/me*}, {@code /api/checkins}). A missing, malformed or foreign key looks the same: 401.
 */
public final class LearnerAuth {
    private final LearnerStore learners;

    public LearnerAuth(LearnerStore learners) {
        this.learners = learners;
    }

    /** The learner whose key this is; the stored hash is compared in constant time. */
    public LearnerStore.Stored authenticate(String token) {
        LearnerKey key = LearnerKey.parse(token);
        if (key == null) {
            throw new NotAuthorised();
        }
        LearnerStore.Stored stored = learners.find(key.learnerId());
        if (stored == null || !key.matches(stored.keyHash())) {
            throw new NotAuthorised();
        }
        return stored;
    }

    /** The key of {@code Authorization: Bearer <key>}, or null. */
    public static String bearer(ApiRequest request) {
        String header = request.header("authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return null;
        }
        return header.substring(7).strip();
    }

    /**
     * The Bearer key, else the form's {@code key} field: a form of the site posted without
     * JavaScript (the check-in, leaving) cannot send a header, so the learner pastes their key.
     */
    public static String bearerOrForm(ApiRequest request) {
        String bearer = bearer(request);
        if (bearer != null || !request.isForm()) {
            return bearer;
        }
        var field = request.bodyObject().get("key");
        return field == null || !field.isTextual() ? null : field.asText().strip();
    }

    /** Runs an operation that needs a learner, answering 401 when the key is not theirs. */
    public static ApiResponse guarded(Supplier<ApiResponse> action) {
        try {
            return action.get();
        } catch (NotAuthorised e) {
            throw new ApiException(401, "unauthorized",
                    "Open the personal link from your confirmation email; it carries your key.");
        }
    }

    /** The key is missing, malformed, or not this learner's (any of these looks the same). */
    public static final class NotAuthorised extends RuntimeException {
        public NotAuthorised() {
            super("No valid personal key");
        }
    }
}
