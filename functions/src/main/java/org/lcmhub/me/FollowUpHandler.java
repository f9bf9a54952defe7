package org.lcmhub.me;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import org.lcmhub.domain.Log;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import org.lcmhub.signup.store.dynamodb.DynamoSignupStore;
import org.lcmhub.store.Dynamo;
import org.lcmhub.store.Keys;
import org.lcmhub.store.StreamBatch;

/**
 * The follow-up function: the table's stream hands it each move's follow-up mark
 * ({@code LEARNER#<id> / FOLLOWUP}, template.yaml's filter) and it finishes what the request that
 * moved did not ({@link FollowUps}). Usually that request did it all and the mark is gone: nothing
 * to do. It answers with the first record it could not finish ({@code ReportBatchItemFailures}):
 * the stream hands that record and the ones after it over again.
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
        for (StreamBatch.Change change : StreamBatch.changes(event)) {
            String pk = change.pk();
            if (pk == null || !pk.startsWith(Keys.LEARNER) || !Keys.FOLLOW_UP.equals(change.sk())) {
                continue; // not a follow-up mark (the template's filter lets none through)
            }
            String learnerId = pk.substring(Keys.LEARNER.length());
            try {
                followUps.complete(learnerId);
            } catch (RuntimeException e) {
                Log.warn("The follow-up of learner " + learnerId + "'s move failed, to be tried again: " + e.getMessage());
                return StreamBatch.again(change);
            }
        }
        return StreamBatch.allDone();
    }
}
