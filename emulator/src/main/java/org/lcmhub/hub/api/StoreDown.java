package org.lcmhub.hub.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The local hub's answers while its store does not answer (stopped or hung), in the API's error
 * shape. Each says only what is known: a request that never reached a function changed nothing;
 * one that was running may still complete if the store resumes.
 */
final class StoreDown {
    private StoreDown() {
    }

    static ApiGateway.Reply notTried() {
        return reply("The data store is not answering right now; nothing was done. Try again in a moment.");
    }

    static ApiGateway.Reply unsure() {
        return reply("The data store stopped answering while this request ran: it may or may not have been"
                + " saved. Check before trying again.");
    }

    private static ApiGateway.Reply reply(String message) {
        String body = "{\"error\":{\"code\":\"store_unavailable\",\"message\":\"" + message + "\"}}";
        return new ApiGateway.Reply(503, Map.of("Content-Type", List.of("application/json; charset=utf-8"),
                "Cache-Control", List.of("no-store"), "Retry-After", List.of("2")),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
