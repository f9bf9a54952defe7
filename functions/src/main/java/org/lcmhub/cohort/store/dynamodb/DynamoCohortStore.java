package org.lcmhub.cohort.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.cohort.Offers;
import org.lcmhub.cohort.model.Begun;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.cohort.model.CohortChanges;
import org.lcmhub.cohort.store.CohortStore;
import org.lcmhub.domain.Language;
import org.lcmhub.risk.RiskPolicy;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Cohorts in {@code HubTable}: the cohort item {@code COHORT#<id> / META} (on GSI1 under
 * {@code PATH#<pathId>}, by start date) and one team item {@code COHORT#<id> / LCM#<sub>} per LCM
 * (on GSI1 under {@code STAFF#<sub>}). The team is also a string set on the cohort item, so an
 * authorisation check is one read and a change is conditioned on it. Each cohort also has an
 * index entry {@code COHORTS / COHORT#<id>} (on GSI1 under {@code COHORTS}, by end date), written
 * in the same transaction as the cohort and moved with its dates, so running cohorts are listed
 * without a scan.
 */
public final class DynamoCohortStore implements CohortStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoCohortStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void create(Cohort cohort, String creatorEmail) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(CohortItems.toItem(cohort))
                .conditionExpression("attribute_not_exists(PK)")).build());
        items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(
                CohortItems.indexItem(cohort.cohortId(), cohort.endDate()))).build());
        cohort.lcms().forEach(sub -> items.add(TransactWriteItem.builder()
                .put(p -> p.tableName(table).item(teamItem(cohort.cohortId(), sub, creatorEmail))).build()));
        try {
            dynamo.transactWriteItems(t -> t.transactItems(items));
        } catch (TransactionCanceledException e) {
            if (Transactions.failedAt(e, 0)) {
                throw new AlreadyExists(cohort.cohortId());
            }
            throw e;
        }
    }

    @Override
    public Cohort find(String cohortId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.cohort(cohortId))).item();
        return item == null || item.isEmpty() ? null : CohortItems.fromItem(item);
    }

    @Override
    public List<Cohort> byPath(String pathId) {
        List<Cohort> cohorts = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :start)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.pathPk(pathId)), ":start", s(Keys.START))))
                .items().forEach(item -> cohorts.add(CohortItems.fromItem(item)));
        return cohorts;
    }

    @Override
    public List<TeamMember> team(String cohortId) {
        List<TeamMember> team = new ArrayList<>();
        // Consistent: the team is shown right after a member is added or removed.
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :lcm)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(cohortId)), ":lcm", s(Keys.LCM))))
                .items().forEach(item -> team.add(new TeamMember(item.get("sub").s(), text(item, "email"),
                        text(item, "name"), language(item))));
        return team;
    }

    @Override
    public List<TeamSeat> teamSeatsOf(String sub) {
        List<TeamSeat> seats = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("GSI1PK = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.staffPk(sub)))))
                .items().forEach(item -> seats.add(new TeamSeat(item.get("cohortId").s(), text(item, "email"),
                        text(item, "name"), language(item))));
        return seats;
    }

    private static Language language(Map<String, AttributeValue> item) {
        String code = text(item, "language");
        return code == null ? null : Language.parse(code).orElse(null);
    }

    private static String text(Map<String, AttributeValue> item, String attribute) {
        return item.containsKey(attribute) ? item.get(attribute).s() : null;
    }

    @Override
    public Cohort update(String cohortId, String sub, CohortChanges changes, LocalDate today, LocalDate dayAnywhere) {
        List<String> sets = new ArrayList<>();
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":sub", s(sub));
        String condition = "attribute_exists(PK) AND contains(lcms, :sub)";
        if (changes.title() != null) {
            sets.add("title = :title");
            values.put(":title", s(changes.title()));
        }
        if (changes.startDate() != null) {
            sets.add("startDate = :start");
            sets.add("GSI1SK = :gsi1sk");
            values.put(":start", s(changes.startDate().toString()));
            values.put(":gsi1sk", s(Keys.cohortStart(changes.startDate(), cohortId)));
            // Begun: the first day stays (sent again as it is, it changes nothing). ISO dates compare as strings.
            condition += " AND (startDate > :anywhere OR startDate = :start)";
            values.put(":anywhere", s(dayAnywhere.toString()));
        }
        if (changes.weeks() != null) {
            sets.add("weeks = :weeks");
            values.put(":weeks", n(changes.weeks()));
            // Longer is always allowed; shorter only while the new length still reaches the day begun.
            condition += " AND (weeks <= :weeks OR startDate >= :reaching)";
            values.put(":reaching", s(Begun.earliestStartReaching(dayAnywhere, changes.weeks()).toString()));
        }
        if (changes.seats() != null) {
            sets.add("seats = :seats");
            values.put(":seats", n(changes.seats()));
            condition += " AND enrolled <= :seats";
        }
        if (changes.open() != null) {
            sets.add("isOpen = :open");
            values.put(":open", AttributeValue.fromBool(changes.open()));
        }
        if (sets.isEmpty()) {
            Cohort current = find(cohortId);
            if (current == null) {
                throw new NotFound(cohortId);
            }
            if (!current.isRunBy(sub)) {
                throw new NotOnTeam();
            }
            return current;
        }
        String update = "SET " + String.join(", ", sets);
        if (changes.startDate() != null || changes.weeks() != null) {
            return updateDates(cohortId, sub, changes, today, dayAnywhere, update, condition, values);
        }
        if (Boolean.TRUE.equals(changes.open())) {
            // Opened sign-ups must offer the cohort to someone: the day the cohort stops being
            // offered, kept on the item, is compared with today by the write itself. Open already:
            // nothing changes.
            condition += " AND (isOpen = :open OR " + CohortItems.LAST_OFFERED + " >= :today)";
            values.put(":today", s(today.toString()));
        }
        String finalCondition = condition;
        for (int attempt = 0; ; attempt++) {
            try {
                return CohortItems.fromItem(dynamo.updateItem(r -> r.tableName(table).key(Keys.cohort(cohortId))
                        .updateExpression(update).conditionExpression(finalCondition)
                        .expressionAttributeValues(values)
                        .returnValues(ReturnValue.ALL_NEW)
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).attributes());
            } catch (ConditionalCheckFailedException e) {
                if (attempt == 0 && Boolean.TRUE.equals(changes.open()) && recordLastOffered(cohortId, e.item())) {
                    continue; // a cohort saved before the day was kept: kept now, the write is tried again
                }
                throw whyRefused(cohortId, sub, e.item(), changes, today, dayAnywhere);
            }
        }
    }

    /**
     * Writes the last day offered on a cohort item saved before it was kept there, conditioned on
     * its dates being those it was computed from; true when written.
     */
    private boolean recordLastOffered(String cohortId, Map<String, AttributeValue> old) {
        if (old == null || old.isEmpty() || old.containsKey(CohortItems.LAST_OFFERED)) {
            return false;
        }
        Cohort cohort = CohortItems.fromItem(old);
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Keys.cohort(cohortId))
                    .updateExpression("SET " + CohortItems.LAST_OFFERED + " = :last")
                    .conditionExpression("attribute_not_exists(" + CohortItems.LAST_OFFERED
                            + ") AND startDate = :start AND weeks = :weeks")
                    .expressionAttributeValues(Map.of(":last", CohortItems.lastOffered(cohort.startDate(), cohort.weeks()),
                            ":start", s(cohort.startDate().toString()), ":weeks", n(cohort.weeks()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return true; // written meanwhile, or its dates changed: the next try reads the item anew
        }
    }

    /**
     * A change of dates moves the cohort's index entry in the same transaction. The new end date
     * needs the dates it does not change, so the cohort is read first and the transaction is
     * conditioned on them being unchanged; a concurrent change of dates means a fresh try. The
     * last day offered moves with the dates; sign-ups opened with dates that would offer the
     * cohort to no one are refused unless they are open already (a condition, too).
     */
    private Cohort updateDates(String cohortId, String sub, CohortChanges changes, LocalDate today,
                               LocalDate dayAnywhere, String update, String condition,
                               Map<String, AttributeValue> values) {
        return Transactions.retry("change the dates of cohort " + cohortId, () -> {
            Cohort current = find(cohortId);
            if (current == null) {
                throw new NotFound(cohortId);
            }
            if (!current.isRunBy(sub)) {
                throw new NotOnTeam();
            }
            LocalDate start = changes.startDate() != null ? changes.startDate() : current.startDate();
            int weeks = changes.weeks() != null ? changes.weeks() : current.weeks();
            Map<String, AttributeValue> guarded = new HashMap<>(values);
            guarded.put(":wasStart", s(current.startDate().toString()));
            guarded.put(":wasWeeks", n(current.weeks()));
            guarded.put(":last", CohortItems.lastOffered(start, weeks));
            String guard = condition + " AND startDate = :wasStart AND weeks = :wasWeeks";
            boolean offeredIfOpen = !today.isAfter(Offers.lastOfferedDay(start, weeks));
            if (Boolean.TRUE.equals(changes.open()) && !offeredIfOpen) {
                guard += " AND isOpen = :open";
            }
            String finalGuard = guard;
            try {
                dynamo.transactWriteItems(t -> t.transactItems(
                        TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.cohort(cohortId))
                                .updateExpression(update + ", " + CohortItems.LAST_OFFERED + " = :last")
                                .conditionExpression(finalGuard)
                                .expressionAttributeValues(guarded)
                                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build(),
                        TransactWriteItem.builder().put(p -> p.tableName(table).item(
                                CohortItems.indexItem(cohortId, start.plusWeeks(weeks).minusDays(1)))).build()));
                return find(cohortId);
            } catch (TransactionCanceledException e) {
                if (!Transactions.failedAt(e, 0)) {
                    throw e; // a conflict: nothing was written
                }
                Map<String, AttributeValue> old = Transactions.reason(e, 0).item();
                boolean datesMoved = old != null && !old.isEmpty()
                        && (!current.startDate().toString().equals(old.get("startDate").s())
                        || !Integer.toString(current.weeks()).equals(old.get("weeks").n()));
                if (!datesMoved) {
                    throw whyRefused(cohortId, sub, old, changes, today, dayAnywhere);
                }
                throw Transactions.again(); // the dates changed since they were read
            }
        });
    }

    @Override
    public void recordEmail(String cohortId, String sub, String email, String name) {
        if (email == null || email.isBlank()) {
            return;
        }
        boolean named = name != null && !name.isBlank();
        Map<String, AttributeValue> values = named ? Map.of(":email", s(email), ":name", s(name)) : Map.of(":email", s(email));
        try {
            dynamo.updateItem(r -> {
                r.tableName(table).key(Keys.teamMember(cohortId, sub)).expressionAttributeValues(values);
                if (named) {
                    r.updateExpression("SET email = :email, #name = :name")
                            .conditionExpression("attribute_exists(PK) AND (attribute_not_exists(email) OR email <> :email"
                                    + " OR attribute_not_exists(#name) OR #name <> :name)")
                            .expressionAttributeNames(Map.of("#name", "name"));
                } else {
                    r.updateExpression("SET email = :email")
                            .conditionExpression("attribute_exists(PK) AND (attribute_not_exists(email) OR email <> :email)");
                }
            });
        } catch (ConditionalCheckFailedException e) {
            // not on the team, or the address (and name) are already the ones recorded
        }
    }

    @Override
    public void recordLanguage(String cohortId, String sub, Language language) {
        recordLanguage(cohortId, sub, language, "attribute_not_exists(#lang) OR #lang <> :lang");
    }

    @Override
    public void recordFirstLanguage(String cohortId, String sub, Language language) {
        recordLanguage(cohortId, sub, language, "attribute_not_exists(#lang)");
    }

    private void recordLanguage(String cohortId, String sub, Language language, String unlessKnown) {
        if (language == null) {
            return;
        }
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Keys.teamMember(cohortId, sub))
                    .updateExpression("SET #lang = :lang")
                    .conditionExpression("attribute_exists(PK) AND (" + unlessKnown + ")")
                    .expressionAttributeNames(Map.of("#lang", "language"))
                    .expressionAttributeValues(Map.of(":lang", s(language.code()))));
        } catch (ConditionalCheckFailedException e) {
            // not on the team, or the language is already the one recorded (or, for a first one, any)
        }
    }

    @Override
    public Cohort setRiskPolicy(String cohortId, String sub, RiskPolicy policy) {
        try {
            return CohortItems.fromItem(dynamo.updateItem(r -> r.tableName(table).key(Keys.cohort(cohortId))
                    .updateExpression("SET riskPolicy = :policy")
                    .conditionExpression("attribute_exists(PK) AND contains(lcms, :sub)")
                    .expressionAttributeValues(Map.of(":policy", CohortItems.policyValue(policy), ":sub", s(sub)))
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).attributes());
        } catch (ConditionalCheckFailedException e) {
            throw whyRefused(cohortId, sub, e.item());
        }
    }

    @Override
    public Cohort addToTeam(String cohortId, String sub, String fellowSub) {
        Map<String, AttributeValue> values = Map.of(":sub", s(sub), ":fellow", AttributeValue.fromSs(List.of(fellowSub)));
        try {
            dynamo.transactWriteItems(t -> t.transactItems(
                    TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.cohort(cohortId))
                            .updateExpression("ADD lcms :fellow")
                            .conditionExpression("attribute_exists(PK) AND contains(lcms, :sub)")
                            .expressionAttributeValues(values)
                            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build(),
                    // An update, not a put: adding a member again keeps the address recorded for them.
                    TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.teamMember(cohortId, fellowSub))
                            .updateExpression("SET #type = :type, cohortId = :cohort, #sub = :fellowSub, "
                                    + "GSI1PK = :staff, GSI1SK = :cohortSk")
                            .expressionAttributeNames(Map.of("#type", ItemType.ATTRIBUTE, "#sub", "sub"))
                            .expressionAttributeValues(Map.of(":type", s("TeamMember"), ":cohort", s(cohortId),
                                    ":fellowSub", s(fellowSub), ":staff", s(Keys.staffPk(fellowSub)),
                                    ":cohortSk", s(Keys.cohortPk(cohortId))))).build()));
        } catch (TransactionCanceledException e) {
            if (Transactions.failedAt(e, 0)) {
                throw whyRefused(cohortId, sub, Transactions.reason(e, 0).item());
            }
            throw e;
        }
        return find(cohortId);
    }

    /**
     * One transaction: the member leaves the team set on the cohort item, conditioned on the caller
     * and the member being in it and on a second LCM staying, and their team item goes.
     */
    @Override
    public Cohort removeFromTeam(String cohortId, String sub, String memberSub) {
        Map<String, AttributeValue> values = Map.of(":sub", s(sub), ":member", s(memberSub),
                ":gone", AttributeValue.fromSs(List.of(memberSub)), ":one", n(1));
        try {
            dynamo.transactWriteItems(t -> t.transactItems(
                    TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.cohort(cohortId))
                            .updateExpression("DELETE lcms :gone")
                            .conditionExpression("attribute_exists(PK) AND contains(lcms, :sub) "
                                    + "AND contains(lcms, :member) AND size(lcms) > :one")
                            .expressionAttributeValues(values)
                            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build(),
                    TransactWriteItem.builder().delete(d -> d.tableName(table)
                            .key(Keys.teamMember(cohortId, memberSub))).build()));
        } catch (TransactionCanceledException e) {
            var reason = e.cancellationReasons().get(0);
            if (!"ConditionalCheckFailed".equals(reason.code())) {
                throw e;
            }
            Map<String, AttributeValue> old = reason.item();
            if (old == null || old.isEmpty()) {
                throw new NotFound(cohortId);
            }
            Cohort cohort = CohortItems.fromItem(old);
            if (!cohort.isRunBy(sub)) {
                throw new NotOnTeam();
            }
            if (!cohort.isRunBy(memberSub)) {
                throw new NotAMember();
            }
            throw new LastLcm();
        }
        return find(cohortId);
    }

    private RuntimeException whyRefused(String cohortId, String sub, Map<String, AttributeValue> old) {
        return whyRefused(cohortId, sub, old, new CohortChanges(null, null, null, null, null), null, null);
    }

    /** Why a change was refused: by the cohort as it was, and its dates as {@code changes} would set them. */
    private RuntimeException whyRefused(String cohortId, String sub, Map<String, AttributeValue> old,
                                        CohortChanges changes, LocalDate today, LocalDate dayAnywhere) {
        Map<String, AttributeValue> item = old == null || old.isEmpty()
                ? dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(Keys.cohort(cohortId))).item()
                : old;
        if (item == null || item.isEmpty()) {
            return new NotFound(cohortId);
        }
        Cohort cohort = CohortItems.fromItem(item);
        if (!cohort.isRunBy(sub)) {
            return new NotOnTeam();
        }
        // Judged as the conditions judged them: on the start the item held.
        if (changes.startDate() != null && !changes.startDate().equals(cohort.startDate())
                && Begun.hasBegun(cohort.startDate(), dayAnywhere)) {
            return new StartPassed(cohort.startDate());
        }
        if (changes.weeks() != null && changes.weeks() < cohort.weeks()
                && cohort.startDate().isBefore(Begun.earliestStartReaching(dayAnywhere, changes.weeks()))) {
            return new WeeksBegun(Begun.weeksBegun(cohort.startDate(), cohort.weeks(), dayAnywhere));
        }
        if (Boolean.TRUE.equals(changes.open()) && !cohort.open()) {
            // Judged as the condition judged it: by the day kept on the item, or by the new dates.
            LocalDate start = changes.startDate() != null ? changes.startDate() : cohort.startDate();
            int weeks = changes.weeks() != null ? changes.weeks() : cohort.weeks();
            AttributeValue kept = item.get(CohortItems.LAST_OFFERED);
            LocalDate last = kept != null && changes.startDate() == null && changes.weeks() == null
                    ? LocalDate.parse(kept.s()) : Offers.lastOfferedDay(start, weeks);
            if (today.isAfter(last)) {
                return new NotOffered(today.isAfter(start.plusWeeks(weeks).minusDays(1))
                        ? Offers.State.ENDED : Offers.State.PAST_HALF);
            }
        }
        return new SeatsBelowEnrolled(cohort.enrolled());
    }

    private static Map<String, AttributeValue> teamItem(String cohortId, String sub, String email) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.teamMember(cohortId, sub));
        item.put(ItemType.ATTRIBUTE, ItemType.TEAM_MEMBER.value());
        item.put("cohortId", s(cohortId));
        item.put("sub", s(sub));
        if (email != null && !email.isBlank()) {
            item.put("email", s(email));
        }
        item.put(Keys.GSI1PK, s(Keys.staffPk(sub)));
        item.put(Keys.GSI1SK, s(Keys.cohortPk(cohortId)));
        return item;
    }
}
