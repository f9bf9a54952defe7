package org.lcmhub.digest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.auth.cognito.CognitoStaffDirectory;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.dashboard.ContactAuthors;
import org.lcmhub.dashboard.store.dynamodb.DynamoCohortRecords;
import org.lcmhub.digest.store.dynamodb.DynamoDigestStore;
import org.lcmhub.guides.GuideService;
import org.lcmhub.guides.store.dynamodb.DynamoGuideStore;
import org.lcmhub.http.PlainJson;
import org.lcmhub.http.RequestLog;
import org.lcmhub.mail.Mailers;
import org.lcmhub.notes.store.dynamodb.DynamoNoteStore;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import org.lcmhub.store.Dynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The daily digest, invoked by its EventBridge schedule (template.yaml), not over HTTP. The event
 * is read as a map: an EventBridge rule's scheduled event carries the scheduled {@code time},
 * which dates the digest (a late retry still counts for its day); without it, the clock does.
 */
public class DigestHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final DigestService service;
    private final Clock clock;

    /** Used by Lambda. */
    public DigestHandler() {
        this(Dynamo.client(), Dynamo.tableName(), Clock.systemUTC());
    }

    private DigestHandler(DynamoDbClient dynamo, String table, Clock clock) {
        this(new DigestService(new DynamoCohortStore(dynamo, table), new DynamoCohortRecords(dynamo, table),
                new DynamoDigestStore(dynamo, table), Mailers.queue(dynamo, table), DigestMail.fromEnv(),
                CognitoStaffDirectory.fromEnv(), new DynamoPlanStore(dynamo, table))
                .withSuggestions(new GuideService(new DynamoGuideStore(dynamo, table), clock)::suggestedBetween)
                .withContactAuthors(ContactAuthors.from(new DynamoNoteStore(dynamo, table))), clock);
    }

    public DigestHandler(DigestService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        DigestService.Report report = service.run(when(event));
        Map<String, Object> out = view(report);
        String line;
        try {
            line = PlainJson.write(out);
        } catch (Exception e) {
            line = out.toString();
        }
        if (context != null && context.getLogger() != null) {
            context.getLogger().log("digest " + line);
        }
        RequestLog.emitMetrics(context, Map.of("NewlySilentLearners", (long) report.newlySilent(),
                "NewlyAtRiskLearners", (long) report.newlyAtRisk(), "NewlyAskedHelpLearners", (long) report.newlyAskedHelp(),
                "DigestMails", (long) report.mails().size(), "DigestMailsFailed", (long) report.failed().size()));
        return out;
    }

    Instant when(Map<String, Object> event) {
        Object time = event == null ? null : event.get("time");
        if (time instanceof String s) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                // not a scheduled event's time: use the clock
            }
        }
        return clock.instant();
    }

    static Map<String, Object> view(DigestService.Report r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("date", r.date().toString());
        v.put("cohorts", r.cohorts());
        List<Map<String, Object>> mails = r.mails().stream().map(m -> {
            Map<String, Object> mail = new LinkedHashMap<>();
            mail.put("to", m.to());
            mail.put("subject", m.subject());
            mail.put("cohorts", m.cohortIds());
            mail.put("learners", m.learners());
            return mail;
        }).toList();
        v.put("mails", mails);
        v.put("failed", r.failed());
        return v;
    }
}
