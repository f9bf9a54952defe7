package org.lcmhub.me;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.Map;
import org.lcmhub.domain.Log;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Dynamo;
import org.lcmhub.store.Keys;

/**
 * The follow-up function: the table's stream hands it each move's follow-up mark
 * ({@code LEARNER#<id> / FOLLOWUP}, template.yaml's filter) and it finishes what the request that
 * moved did not ({@link FollowUps}). Usually that request did it all and the mark is gone: nothing
 * to do. It answers with the first record it could not finish ({@code ReportBatchItemFailures}):
 * the stream hands that record and the ones after it over again. The event is read as a map, as
 * the runtime reads any JSON, so no event class ships.
 */
public class FollowUpHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final FollowUps followUps;

    /** Used by Lambda (and by the local hub, which polls its store's stream the same way). */
    public FollowUpHandler() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    private FollowUpHandler(software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo, String table) {
        this(new FollowUps(new DynamoSignupStore(dynamo, table), new DynamoNoteStore(dynamo, table),
                new DynamoPlanStore(dynamo, table)));
    }

    public FollowUpHandler(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        for (Object r : list(event.get("Records"))) {
            Map<?, ?> dynamodb = map(map(r).get("dynamodb"));
            Map<?, ?> keys = map(dynamodb.get("Keys"));
            String pk = string(map(keys.get("PK")).get("S"));
            String sk = string(map(keys.get("SK")).get("S"));
            if (pk == null || !pk.startsWith(Keys.LEARNER) || !Keys.FOLLOW_UP.equals(sk)) {
                continue; // not a follow-up mark (the template's filter lets none through)
            }
            String learnerId = pk.substring(Keys.LEARNER.length());
            try {
                followUps.complete(learnerId);
            } catch (RuntimeException e) {
                Log.warn("The follow-up of learner " + learnerId + "'s move failed, to be tried again: " + e.getMessage());
                return Map.of("batchItemFailures", List.of(Map.of("itemIdentifier",
                        String.valueOf(dynamodb.get("SequenceNumber")))));
            }
        }
        return Map.of("batchItemFailures", List.of());
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    private static String string(Object o) {
        return o instanceof String s ? s : null;
    }
}
