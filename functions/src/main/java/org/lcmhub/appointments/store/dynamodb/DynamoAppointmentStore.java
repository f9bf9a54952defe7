package org.lcmhub.appointments.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lcmhub.appointments.model.Proposal;
import org.lcmhub.appointments.model.SessionNote;
import org.lcmhub.appointments.store.AppointmentStore;
import org.lcmhub.learner.store.dynamodb.LearnerItems;
import org.lcmhub.pairing.Appointment;
import org.lcmhub.pairing.store.dynamodb.SeriesItems;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * 1:1 series and session notes in {@code HubTable} (see {@link SeriesItems} and {@link AppointmentItems}). Each write is one
 * transaction whose first item checks that {@code LEARNER#<id> / MENTOR} still names the mentor: a
 * release or an erasure committed before it leaves nothing behind.
 */
public final class DynamoAppointmentStore implements AppointmentStore {
    /** On the match item: its mentor cancelled a series (the match ends with its item, and the mark with it). */
    private static final String CANCELLED = "oneToOneCancelled";
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoAppointmentStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Mentee mentee(String learnerId) {
        Map<String, AttributeValue> profile = get(Keys.learner(learnerId));
        Map<String, AttributeValue> match = get(Keys.match(learnerId));
        return new Mentee(profile == null ? null : LearnerItems.fromItem(profile),
                match == null ? null : match.get("mentorId").s(), match != null && match.containsKey(CANCELLED));
    }

    @Override
    public Appointment find(String learnerId) {
        Map<String, AttributeValue> item = get(Keys.oneToOne(learnerId));
        return item == null ? null : SeriesItems.fromItem(item);
    }

    @Override
    public void save(Appointment a, Integer previousSequence, LocalDate planRunsTo, Withdrawals withdrawals) {
        TransactWriteItem put = previousSequence == null
                ? TransactWriteItem.builder().put(p -> p.tableName(table).item(SeriesItems.toItem(a))
                        .conditionExpression("attribute_not_exists(PK)")).build()
                : TransactWriteItem.builder().put(p -> p.tableName(table).item(SeriesItems.toItem(a))
                        .conditionExpression("#seq = :seq")
                        .expressionAttributeNames(Map.of("#seq", "sequence"))
                        .expressionAttributeValues(Map.of(":seq", n(previousSequence)))).build();
        List<TransactWriteItem> writes = new ArrayList<>(List.of(put));
        writes.addAll(proposalWrites(a, withdrawals));
        try {
            write(a.learnerId(), a.mentorId(), withPlan(a, planRunsTo, writes.toArray(TransactWriteItem[]::new)));
        } catch (Refused e) {
            // The series, or a proposal answered or made meanwhile: read again. After them, the plan.
            throw e.index < writes.size() ? new Changed() : new NotInPlan();
        }
    }

    /**
     * Each proposal withdrawn while still open, and for each other meeting the change moves, a
     * check that no proposal of the series is open for it: one made after the read refuses the change.
     */
    private List<TransactWriteItem> proposalWrites(Appointment a, Withdrawals withdrawals) {
        Map<String, String> names = Map.of("#status", "status");
        // The series whose proposals they are: the one written, or the one a new series replaces.
        String uid = withdrawals.seriesUid() == null ? a.uid() : withdrawals.seriesUid();
        Map<String, AttributeValue> values = Map.of(":open", s(Proposal.Status.OPEN.wire()), ":uid", s(uid));
        List<TransactWriteItem> out = new ArrayList<>();
        for (Proposal p : withdrawals.withdrawn()) {
            out.add(TransactWriteItem.builder().put(r -> r.tableName(table).item(AppointmentItems.toItem(p))
                    .conditionExpression("#status = :open AND uid = :uid")
                    .expressionAttributeNames(names).expressionAttributeValues(values)).build());
        }
        for (LocalDate planned : withdrawals.noneOpen()) {
            out.add(TransactWriteItem.builder().conditionCheck(c -> c.tableName(table)
                    .key(Keys.proposal(a.learnerId(), planned))
                    .conditionExpression("attribute_not_exists(PK) OR #status <> :open OR uid <> :uid")
                    .expressionAttributeNames(names).expressionAttributeValues(values)).build());
        }
        return out;
    }

    /**
     * {@code writes}, then, when {@code planRunsTo} is not null, the check that the learner's plan
     * of the series' cohort still runs to that day (ISO dates compare as strings; no plan fails it).
     */
    private TransactWriteItem[] withPlan(Appointment a, LocalDate planRunsTo, TransactWriteItem... writes) {
        if (planRunsTo == null) {
            return writes;
        }
        TransactWriteItem[] all = java.util.Arrays.copyOf(writes, writes.length + 1);
        all[writes.length] = TransactWriteItem.builder().conditionCheck(c -> c.tableName(table)
                .key(Keys.plan(a.learnerId())).conditionExpression("cohortId = :cohort AND endDate >= :day")
                .expressionAttributeValues(Map.of(":cohort", s(a.cohortId()), ":day", s(planRunsTo.toString()))))
                .build();
        return all;
    }

    @Override
    public void delete(Appointment a, Withdrawals withdrawals) {
        List<TransactWriteItem> writes = new ArrayList<>(List.of(TransactWriteItem.builder().delete(d -> d
                .tableName(table).key(Keys.oneToOne(a.learnerId()))
                .conditionExpression("#seq = :seq")
                .expressionAttributeNames(Map.of("#seq", "sequence"))
                .expressionAttributeValues(Map.of(":seq", n(a.sequence())))).build()));
        writes.addAll(proposalWrites(a, withdrawals));
        try {
            write(a.learnerId(), a.mentorId(), true, writes.toArray(TransactWriteItem[]::new));
        } catch (Refused e) {
            throw new Changed();
        }
    }

    @Override
    public void addSession(SessionNote note) {
        try {
            write(note.learnerId(), note.mentorId(), TransactWriteItem.builder().put(p -> p.tableName(table)
                    .item(AppointmentItems.toItem(note)).conditionExpression("attribute_not_exists(PK)")).build());
        } catch (Refused e) {
            throw new Changed();
        }
    }

    @Override
    public List<SessionNote> sessions(String learnerId) {
        List<SessionNote> notes = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true).scanIndexForward(false)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :session)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.learnerPk(learnerId)),
                                ":session", s(Keys.SESSION))))
                .items().forEach(item -> notes.add(AppointmentItems.sessionFromItem(item)));
        return notes;
    }

    @Override
    public void propose(Proposal p, int seriesSequence) {
        TransactWriteItem series = TransactWriteItem.builder().conditionCheck(c -> c.tableName(table)
                .key(Keys.oneToOne(p.learnerId())).conditionExpression("uid = :uid AND #seq = :seq")
                .expressionAttributeNames(Map.of("#seq", "sequence"))
                .expressionAttributeValues(Map.of(":uid", s(p.uid()), ":seq", n(seriesSequence)))).build();
        // One open proposal per meeting: another may follow once the last one is answered, or once
        // the time it proposed has passed unanswered (nobody can accept it any more). A proposal
        // saved before startsAt was kept has only its start as the learner gave it, on their own
        // clock: it has passed once that wall time is behind the wall time at UTC-12, the last
        // zone where a day ends (AppointmentItems.passedEverywhere).
        TransactWriteItem put = TransactWriteItem.builder().put(r -> r.tableName(table).item(AppointmentItems.toItem(p))
                .conditionExpression("attribute_not_exists(PK) OR #status <> :open OR uid <> :uid OR startsAt <= :now"
                        + " OR attribute_not_exists(startsAt) AND #start < :wall")
                .expressionAttributeNames(Map.of("#status", "status", "#start", "start"))
                .expressionAttributeValues(Map.of(":open", s(Proposal.Status.OPEN.wire()), ":uid", s(p.uid()),
                        ":now", s(AppointmentItems.instant(p.proposedAt())),
                        ":wall", s(AppointmentItems.passedEverywhere(p.proposedAt()))))).build();
        try {
            write(p.learnerId(), p.mentorId(), series, put);
        } catch (Refused e) {
            throw e.index == 0 ? new Changed() : new ProposalOpen();
        }
    }

    @Override
    public List<Proposal> proposals(String learnerId) {
        List<Proposal> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :p)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.learnerPk(learnerId)), ":p", s(Keys.PROPOSAL))))
                .items().forEach(item -> out.add(AppointmentItems.proposalFromItem(item)));
        return out;
    }

    @Override
    public void answer(Proposal answered, Appointment moved, Integer previousSequence, LocalDate planRunsTo) {
        TransactWriteItem put = TransactWriteItem.builder().put(r -> r.tableName(table)
                .item(AppointmentItems.toItem(answered))
                .conditionExpression("#status = :open AND uid = :uid")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":open", s(Proposal.Status.OPEN.wire()), ":uid", s(answered.uid()))))
                .build();
        if (moved == null) {
            try {
                write(answered.learnerId(), answered.mentorId(), put);
            } catch (Refused e) {
                throw new NoOpenProposal();
            }
            return;
        }
        TransactWriteItem series = TransactWriteItem.builder().put(p -> p.tableName(table).item(SeriesItems.toItem(moved))
                .conditionExpression("#seq = :seq")
                .expressionAttributeNames(Map.of("#seq", "sequence"))
                .expressionAttributeValues(Map.of(":seq", n(previousSequence)))).build();
        try {
            write(answered.learnerId(), answered.mentorId(), withPlan(moved, planRunsTo, series, put));
        } catch (Refused e) {
            throw e.index == 0 ? new Changed() : e.index == 1 ? new NoOpenProposal() : new NotInPlan();
        }
    }

    /**
     * The match check, {@code write}, and a check that the learner's profile is still there (an
     * erasure deletes it first, so a write racing an erasure is refused); a conflict with another
     * transaction is tried again.
     */
    private void write(String learnerId, String mentorId, TransactWriteItem... writes) {
        write(learnerId, mentorId, false, writes);
    }

    /** The same; {@code cancels}: the match, on the same condition, keeps that its mentor cancelled the series. */
    private void write(String learnerId, String mentorId, boolean cancels, TransactWriteItem... writes) {
        TransactWriteItem match = cancels
                ? TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.match(learnerId))
                        .updateExpression("SET " + CANCELLED + " = :yes").conditionExpression("mentorId = :me")
                        .expressionAttributeValues(Map.of(":me", s(mentorId), ":yes", AttributeValue.fromBool(true))))
                        .build()
                : TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.match(learnerId))
                        .conditionExpression("mentorId = :me").expressionAttributeValues(Map.of(":me", s(mentorId)))).build();
        TransactWriteItem profile = TransactWriteItem.builder().conditionCheck(c -> c.tableName(table)
                .key(Keys.learner(learnerId)).conditionExpression("attribute_exists(PK)")).build();
        List<TransactWriteItem> items = new ArrayList<>(List.of(match, profile));
        items.addAll(List.of(writes));
        Transactions.retry("write the 1:1 of learner " + learnerId, () -> {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(items));
                return null;
            } catch (TransactionCanceledException e) {
                if (Transactions.failedAt(e, 0) || Transactions.failedAt(e, 1)) {
                    throw new NotYourMentee();
                }
                for (int i = 0; i < writes.length; i++) {
                    if (Transactions.failedAt(e, 2 + i)) {
                        throw new Refused(i);
                    }
                }
                throw e; // a conflict: nothing was written
            }
        });
    }

    /** The condition of the {@code index}-th write (after the match and profile checks) refused it. */
    private static final class Refused extends RuntimeException {
        final int index;

        Refused(int index) {
            super("refused", null, false, false);
            this.index = index;
        }
    }

    private Map<String, AttributeValue> get(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(key)).item();
        return item == null || item.isEmpty() ? null : item;
    }
}
