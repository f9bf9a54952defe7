package org.lcmhub.plans.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.plans.PersonalPlan;
import org.lcmhub.plans.SessionReport;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.store.Gsi1;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Refile;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Plans and reports in {@code HubTable} ({@link PlanItems}). A new plan version is four writes in
 * one transaction after the author's two checks: the current plan (only if it is still the version
 * the change was made on), the version item (never overwritten), the plan's entry in the index of
 * running cohorts, and the report when there is one.
 */
public final class DynamoPlanStore implements PlanStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final Gsi1 index;

    public DynamoPlanStore(DynamoDbClient dynamo, String table) {
        this(Gsi1.of(dynamo, table));
    }

    /** {@code index}: how a cohort's plans are read, page by page. */
    public DynamoPlanStore(Gsi1 index) {
        this.dynamo = index.dynamo();
        this.table = index.table();
        this.index = index;
    }

    @Override
    public String mentorOf(String learnerId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(Keys.match(learnerId))).item();
        return item == null || !item.containsKey("mentorId") ? null : item.get("mentorId").s();
    }

    @Override
    public PersonalPlan current(String learnerId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(Keys.plan(learnerId))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? null : PlanItems.plan(item);
    }

    @Override
    public List<PersonalPlan> versions(String learnerId) {
        return query(learnerId, Keys.PLAN_VERSION).stream().map(PlanItems::plan).toList();
    }

    @Override
    public List<SessionReport> reports(String learnerId) {
        return query(learnerId, Keys.REPORT).stream().map(PlanItems::report).toList();
    }

    private List<Map<String, AttributeValue>> query(String learnerId, String prefix) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).scanIndexForward(false)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :p)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.learnerPk(learnerId)), ":p", s(prefix))))
                .items().forEach(items::add);
        return items;
    }

    @Override
    public void savePlan(Author author, PersonalPlan plan) {
        write(author, plan, null, false, null);
    }

    @Override
    public void saveReport(Author author, SessionReport report, PersonalPlan plan, boolean replaceConfirmed,
                           String replaces) {
        write(author, plan, report, replaceConfirmed, replaces);
    }

    private void write(Author author, PersonalPlan plan, SessionReport report, boolean replaceConfirmed,
                       String replaces) {
        String learnerId = plan != null ? plan.learnerId() : report.learnerId();
        List<TransactWriteItem> items = new ArrayList<>(checks(author, learnerId));
        int checks = items.size();
        int planAt = -1;
        if (plan != null) {
            planAt = items.size();
            items.add(TransactWriteItem.builder().put(p -> {
                p.tableName(table).item(PlanItems.current(plan));
                if (plan.version() == 1) {
                    p.conditionExpression("attribute_not_exists(PK)");
                } else {
                    p.conditionExpression("version = :previous")
                            .expressionAttributeValues(Map.of(":previous", n(plan.version() - 1)));
                }
            }).build());
            items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(PlanItems.version(plan))
                    .conditionExpression("attribute_not_exists(PK)")).build());
            // The plan's entry among the running cohorts, moved with each version: the daily
            // digest reads the cohort until the last of its learners' plans ends.
            items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(PlanItems.run(plan))).build());
        }
        int confirmedAt = -1;
        if (report != null) {
            items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(PlanItems.report(report))
                    .conditionExpression("attribute_not_exists(PK)")).build());
            // The 1:1's confirmed report: replaced knowingly, its mark goes (the learner confirms
            // the new one, or not); else its mark, put with the learner's answer, refuses this one.
            confirmedAt = items.size();
            Map<String, AttributeValue> mark = Keys.confirmedReport(report.learnerId(), report.date());
            items.add(replaceConfirmed
                    ? TransactWriteItem.builder().delete(d -> d.tableName(table).key(mark)).build()
                    : TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(mark)
                            .conditionExpression("attribute_not_exists(PK)")).build());
            // The 1:1's current report: none yet, or the one this report says it replaces. A mark
            // missing where a report was filed before marks were kept counts as none (the service
            // reads those reports first).
            items.add(TransactWriteItem.builder().put(p -> {
                p.tableName(table).item(PlanItems.reported(report));
                if (replaces == null) {
                    p.conditionExpression("attribute_not_exists(PK)");
                } else {
                    p.conditionExpression("attribute_not_exists(PK) OR reportId = :replaces")
                            .expressionAttributeValues(Map.of(":replaces", s(replaces)));
                }
            }).build());
        }
        int planIndex = planAt;
        int confirmedIndex = confirmedAt;
        Transactions.retry("save the plan of learner " + learnerId, () -> {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(items));
                return null;
            } catch (TransactionCanceledException e) {
                for (int i = 0; i < checks; i++) {
                    if (Transactions.failedAt(e, i)) {
                        throw new NotAllowed();
                    }
                }
                if (planIndex >= 0 && (Transactions.failedAt(e, planIndex) || Transactions.failedAt(e, planIndex + 1))) {
                    throw new Changed();
                }
                if (confirmedIndex >= 0 && Transactions.failedAt(e, confirmedIndex)) {
                    throw new Confirmed();
                }
                if (confirmedIndex >= 0 && Transactions.failedAt(e, confirmedIndex + 1)) {
                    throw new Exists();
                }
                throw e;
            }
        });
    }

    /** The author's right to write about the learner, checked in the write's own transaction. */
    private List<TransactWriteItem> checks(Author author, String learnerId) {
        if (Author.MENTOR.equals(author.role())) {
            return List.of(
                    TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.match(learnerId))
                            .conditionExpression("mentorId = :me")
                            .expressionAttributeValues(Map.of(":me", s(author.sub())))).build(),
                    TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.learner(learnerId))
                            .conditionExpression("attribute_exists(PK)")).build());
        }
        return List.of(
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(table)
                        .key(Keys.teamMember(author.cohortId(), author.sub()))
                        .conditionExpression("attribute_exists(PK)")).build(),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.learner(learnerId))
                        .conditionExpression("cohortId = :c")
                        .expressionAttributeValues(Map.of(":c", s(author.cohortId())))).build());
    }

    @Override
    public SessionReport answer(String learnerId, String reportId, SessionReport.Answer answer, Instant at) {
        if (answer == SessionReport.Answer.CONFIRMED) {
            return confirm(learnerId, reportId, at);
        }
        try {
            Map<String, AttributeValue> item = dynamo.updateItem(r -> r.tableName(table)
                    .key(Keys.key(Keys.learnerPk(learnerId), Keys.REPORT + reportId))
                    .updateExpression("SET answer = :a, answeredAt = :at")
                    .conditionExpression("attribute_exists(PK) AND attribute_not_exists(answer)")
                    .expressionAttributeValues(Map.of(":a", s(answer.wire()), ":at", s(at.toString())))
                    .returnValues(ReturnValue.ALL_NEW))
                    .attributes();
            return PlanItems.report(item);
        } catch (ConditionalCheckFailedException e) {
            // Only to say which refusal it was: the condition already kept the first answer.
            Map<String, AttributeValue> old = dynamo.getItem(r -> r.tableName(table)
                    .key(Keys.key(Keys.learnerPk(learnerId), Keys.REPORT + reportId))).item();
            if (old != null && !old.isEmpty()) {
                throw new AlreadyAnswered();
            }
            throw new NoSuchReport();
        }
    }

    /**
     * The learner confirms: the answer and the mark of their 1:1's confirmed report in one
     * transaction, so that a report on that 1:1 filed after it knows (its condition reads the mark).
     * The report's date never changes: read first only to name the mark.
     */
    private SessionReport confirm(String learnerId, String reportId, Instant at) {
        Map<String, AttributeValue> key = Keys.key(Keys.learnerPk(learnerId), Keys.REPORT + reportId);
        Map<String, AttributeValue> old = dynamo.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item();
        if (old == null || old.isEmpty()) {
            throw new NoSuchReport();
        }
        SessionReport confirmed = PlanItems.report(old).answered(SessionReport.Answer.CONFIRMED, at);
        return Transactions.retry("confirm report " + reportId, () -> {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(
                        TransactWriteItem.builder().update(u -> u.tableName(table).key(key)
                                .updateExpression("SET answer = :a, answeredAt = :at")
                                .conditionExpression("attribute_exists(PK) AND attribute_not_exists(answer)")
                                .expressionAttributeValues(Map.of(":a", s(confirmed.answer().wire()), ":at", s(at.toString()))))
                                .build(),
                        TransactWriteItem.builder().put(p -> p.tableName(table).item(PlanItems.confirmed(confirmed))).build()));
                return confirmed;
            } catch (TransactionCanceledException e) {
                if (Transactions.failedAt(e, 0)) {
                    throw new AlreadyAnswered(); // it was there when read: answered since
                }
                throw e;
            }
        });
    }

    @Override
    public void follow(String learnerId, String from, String to) {
        Refile.items(dynamo, table, learnerId, "", from, to, item -> {
            ItemType type = ItemType.of(item);
            if (type == ItemType.PLAN || type == ItemType.SESSION_REPORT) {
                return Map.of(Keys.GSI1PK, Keys.plansPk(to));
            }
            if (type == ItemType.PLAN_RUN) {
                return Map.of(Keys.GSI1PK, Keys.COHORTS,
                        Keys.GSI1SK, Keys.cohortEnd(java.time.LocalDate.parse(item.get("endDate").s()), to));
            }
            return null; // the versions keep the cohort they were written in; other capabilities' items are theirs
        });
    }

    @Override
    public CohortPlans forCohort(String cohortId) {
        Map<String, PersonalPlan> plans = new HashMap<>();
        Map<String, List<SessionReport>> reports = new HashMap<>();
        index.forEach(Keys.plansPk(cohortId), item -> {
            if (ItemType.of(item) == ItemType.PLAN) {
                PersonalPlan p = PlanItems.plan(item);
                plans.put(p.learnerId(), p);
            } else if (ItemType.of(item) == ItemType.SESSION_REPORT) {
                SessionReport rep = PlanItems.report(item);
                reports.computeIfAbsent(rep.learnerId(), k -> new ArrayList<>()).add(rep);
            }
        });
        reports.values().forEach(list -> list.sort((a, b) -> b.reportId().compareTo(a.reportId())));
        return new CohortPlans(plans, reports);
    }
}
