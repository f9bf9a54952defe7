package org.lcmhub.community.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.community.ModerationEntry;
import org.lcmhub.community.ProblemReport;
import org.lcmhub.community.store.ChannelStore;
import org.lcmhub.community.store.ModerationStore;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Reports in the learner's partition ({@code PROBLEM#<reportId>}, on GSI1 under
 * {@code PROBLEMS#<cohortId>}), sent in one transaction with the learner's enrolment checked and
 * their day's counter under its cap; the log ({@code MODLOG#}) and the code of conduct
 * ({@code CONDUCT}) in the cohort's partition, each team write checked against {@code LCM#<sub>}.
 */
public final class DynamoModerationStore implements ModerationStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoModerationStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void report(ProblemReport r, LocalDate day, int perDay) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.problemReport(r.learnerId(), r.reportId()));
        item.put(ItemType.ATTRIBUTE, ItemType.PROBLEM_REPORT.value());
        item.put(Keys.GSI1PK, s(Keys.problemsPk(r.cohortId())));
        item.put(Keys.GSI1SK, s(Keys.PROBLEM + r.reportId() + "#" + r.learnerId()));
        item.put("reportId", s(r.reportId()));
        item.put("cohortId", s(r.cohortId()));
        item.put("learnerId", s(r.learnerId()));
        item.put("learnerName", s(r.learnerName()));
        item.put("about", s(r.about()));
        item.put("text", s(r.text()));
        item.put("status", s(r.status()));
        item.put("createdAt", s(r.createdAt().toString()));
        long expires = day.plusDays(2).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        try {
            dynamo.transactWriteItems(t -> t.transactItems(
                    TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.learner(r.learnerId()))
                            .conditionExpression("#status = :enrolled AND cohortId = :cohort")
                            .expressionAttributeNames(Map.of("#status", "status"))
                            .expressionAttributeValues(Map.of(":enrolled", s("enrolled"), ":cohort", s(r.cohortId()))))
                            .build(),
                    TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.problemDay(r.learnerId(), day.toString()))
                            .updateExpression("SET #type = :type, expiresAt = :expires ADD hits :one")
                            .conditionExpression("attribute_not_exists(hits) OR hits < :max")
                            .expressionAttributeNames(Map.of("#type", ItemType.ATTRIBUTE))
                            .expressionAttributeValues(Map.of(":type", ItemType.PROBLEM_DAY.value(), ":one", n(1),
                                    ":max", n(perDay), ":expires", n(expires)))).build(),
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                            .conditionExpression("attribute_not_exists(PK)")).build()));
        } catch (TransactionCanceledException e) {
            if (Transactions.failedAt(e, 0)) {
                throw new NotEnrolled();
            }
            if (Transactions.failedAt(e, 1)) {
                throw new TooMany();
            }
            throw e;
        }
    }

    @Override
    public List<ProblemReport> reports(String cohortId) {
        List<ProblemReport> found = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1).scanIndexForward(false)
                .keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :prefix)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.problemsPk(cohortId)), ":prefix", s(Keys.PROBLEM))))
                .items().forEach(i -> found.add(report(i)));
        return found;
    }

    @Override
    public List<ProblemReport> reportsOf(String learnerId) {
        List<ProblemReport> found = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true).scanIndexForward(false)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.learnerPk(learnerId)), ":prefix", s(Keys.PROBLEM))))
                .items().forEach(i -> found.add(report(i)));
        return found;
    }

    @Override
    public ProblemReport setStatus(String cohortId, String reportId, String status, String outcome,
                                   ModerationEntry entry) {
        ProblemReport current = reports(cohortId).stream().filter(r -> r.reportId().equals(reportId)).findFirst()
                .orElseThrow(ChannelStore.NotFound::new);
        Instant handledAt = "handled".equals(status) ? entry.at() : null;
        String action = handledAt == null ? null : outcome;
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":status", s(status), ":cohort", s(cohortId)));
        String update = "SET #status = :status";
        if (handledAt != null) {
            update += ", handledAt = :at";
            values.put(":at", s(handledAt.toString()));
        }
        if (action != null) {
            update += ", outcome = :outcome";
            values.put(":outcome", s(action));
        }
        if (handledAt == null) {
            update += " REMOVE handledAt, outcome";
        } else if (action == null) {
            update += " REMOVE outcome";
        }
        String expression = update;
        try {
            dynamo.transactWriteItems(t -> t.transactItems(
                    onTeam(cohortId, entry.bySub()),
                    TransactWriteItem.builder().update(u -> u.tableName(table)
                            .key(Keys.problemReport(current.learnerId(), reportId)).updateExpression(expression)
                            .conditionExpression("attribute_exists(PK) AND cohortId = :cohort")
                            .expressionAttributeNames(Map.of("#status", "status"))
                            .expressionAttributeValues(values)).build(),
                    putLog(entry)));
        } catch (TransactionCanceledException e) {
            throw refused(e);
        }
        return new ProblemReport(reportId, cohortId, current.learnerId(), current.learnerName(), current.about(),
                current.text(), status, current.createdAt(), handledAt, action);
    }

    @Override
    public void log(ModerationEntry entry) {
        try {
            dynamo.transactWriteItems(t -> t.transactItems(onTeam(entry.cohortId(), entry.bySub()), putLog(entry)));
        } catch (TransactionCanceledException e) {
            throw refused(e);
        }
    }

    @Override
    public List<ModerationEntry> log(String cohortId, int limit) {
        List<ModerationEntry> found = new ArrayList<>();
        for (var page : dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true).scanIndexForward(false)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)), ":prefix", s(Keys.MODERATION))))) {
            for (var i : page.items()) {
                if (found.size() == limit) {
                    return found;
                }
                found.add(new ModerationEntry(i.get("entryId").s(), cohortId, i.get("action").s(), text(i, "note"),
                        text(i, "reportId"), i.get("bySub").s(), text(i, "byEmail"), text(i, "byName"), Instant.parse(i.get("at").s())));
            }
        }
        return found;
    }

    @Override
    public void setConduct(String cohortId, String text, ModerationEntry entry) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.conduct(cohortId));
        item.put(ItemType.ATTRIBUTE, ItemType.CONDUCT.value());
        item.put("cohortId", s(cohortId));
        item.put("text", s(text));
        item.put("updatedAt", s(entry.at().toString()));
        item.put("updatedBy", s(entry.bySub()));
        try {
            dynamo.transactWriteItems(t -> t.transactItems(onTeam(cohortId, entry.bySub()),
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(item)).build(), putLog(entry)));
        } catch (TransactionCanceledException e) {
            throw refused(e);
        }
    }

    @Override
    public Conduct conduct(String cohortId) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Keys.conduct(cohortId))).item();
        return item == null || item.isEmpty() ? null
                : new Conduct(item.get("text").s(), Instant.parse(item.get("updatedAt").s()));
    }

    private TransactWriteItem putLog(ModerationEntry e) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.moderation(e.cohortId(), e.entryId()));
        item.put(ItemType.ATTRIBUTE, ItemType.MODERATION.value());
        item.put("entryId", s(e.entryId()));
        item.put("cohortId", s(e.cohortId()));
        item.put("action", s(e.action()));
        item.put("bySub", s(e.bySub()));
        item.put("at", s(e.at().toString()));
        if (e.note() != null) {
            item.put("note", s(e.note()));
        }
        if (e.reportId() != null) {
            item.put("reportId", s(e.reportId()));
        }
        if (e.byEmail() != null) {
            item.put("byEmail", s(e.byEmail()));
        }
        if (e.byName() != null) {
            item.put("byName", s(e.byName()));
        }
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(PK)")).build();
    }

    private TransactWriteItem onTeam(String cohortId, String sub) {
        return DynamoChannelStore.onTeam(table, cohortId, sub);
    }

    private static RuntimeException refused(TransactionCanceledException e) {
        if (Transactions.failedAt(e, 0)) {
            return new ChannelStore.NotOnTeam();
        }
        if (Transactions.failedAt(e, 1)) {
            return new ChannelStore.NotFound();
        }
        return e;
    }

    private static ProblemReport report(Map<String, AttributeValue> i) {
        return new ProblemReport(i.get("reportId").s(), i.get("cohortId").s(), i.get("learnerId").s(),
                i.get("learnerName").s(), i.get("about").s(), i.get("text").s(), i.get("status").s(),
                Instant.parse(i.get("createdAt").s()), i.containsKey("handledAt") ? Instant.parse(i.get("handledAt").s()) : null,
                text(i, "outcome"));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? item.get(name).s() : null;
    }
}
