package org.lcmhub.signup.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.learner.store.dynamodb.LearnerItems;
import org.lcmhub.mail.Mail;
import org.lcmhub.mail.MailQueue;
import org.lcmhub.signup.model.SignupResult;
import org.lcmhub.signup.store.SignupStore;
import org.lcmhub.store.Gsi1;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import org.lcmhub.store.Standings;
import org.lcmhub.store.Transactions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Places sign-ups with DynamoDB transactions, never read-then-write:
 * <ol>
 *   <li>Seat: one transaction puts the email claim, the learner and the cool-down, and adds one to
 *       the cohort's {@code enrolled} on condition {@code isOpen AND enrolled < seats}.</li>
 *   <li>Full: an atomic counter hands out the next waitlist ticket (on condition the cohort is still
 *       full), then one transaction puts the claim, the learner, the cool-down and the
 *       {@code WAIT#<ticket>} entry, re-checking that the cohort is full. A ticket that ends unused
 *       is counted in {@code waitLeft}, so positions stay exact.</li>
 * </ol>
 * The claim {@code COHORT#<id> / EMAIL#<sha256>} makes a second sign-up of the same address to the
 * same cohort write nothing and find the first learner; the path's place
 * {@code EMAIL#<sha256> / PATH#<pathId>}, in each of these transactions, refuses one to another
 * cohort of the same path ({@link AlreadyOnPath}).
 */
public final class DynamoSignupStore implements SignupStore {
    private static final String CCF = "ConditionalCheckFailed";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSignupStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public SignupResult place(Learner candidate, String keyHash, Instant now, Duration cooldown) {
        return place(candidate, keyHash, now, cooldown, false);
    }

    @Override
    public SignupResult place(Learner candidate, String keyHash, Instant now, Duration cooldown, boolean shareName) {
        return Transactions.retry("place the sign-up", () -> placeOnce(candidate, keyHash, now, cooldown, shareName));
    }

    /** The profile item; {@code shareName} beside it (read by the community's channels, never by {@link Learner}). */
    private static Map<String, AttributeValue> profile(Learner learner, String keyHash, Instant now, boolean shareName) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(LearnerItems.toItem(learner, keyHash, now));
        item.put("shareName", AttributeValue.fromBool(shareName));
        return item;
    }

    /** A seat, else a waitlist ticket; a refusal that reading again may change asks for another try. */
    private SignupResult placeOnce(Learner candidate, String keyHash, Instant now, Duration cooldown, boolean shareName) {
        String cohortId = candidate.cohortId();
        Learner enrolled = candidate.withStatus(LearnerStatus.ENROLLED, null);
        List<TransactWriteItem> seat = new ArrayList<>(List.of(
                putNew(claim(candidate)),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.cohort(cohortId))
                        .updateExpression("SET enrolled = enrolled + :one")
                        .conditionExpression("isOpen = :true AND enrolled < seats")
                        .expressionAttributeValues(Map.of(":one", n(1), ":true", AttributeValue.fromBool(true))))
                        .build(),
                putNew(profile(enrolled, keyHash, now, shareName)),
                coolDown(candidate.email(), now, cooldown),
                byAddress(candidate),
                Standings.start(table, candidate.learnerId(), candidate.createdAt(), cohortId),
                Standings.touch(table, cohortId, candidate.learnerId()),
                pathPlace(candidate)));
        CancellationReason[] reasons = transact(seat);
        if (reasons == null) {
            return new SignupResult(enrolled, true, null);
        }
        if (isConflict(reasons)) {
            throw Transactions.conflict();
        }
        if (CCF.equals(reasons[0].code())) {
            return existing(candidate, now);
        }
        if (CCF.equals(reasons[seat.size() - 1].code())) {
            throw alreadyOnPath(candidate);
        }
        if (CCF.equals(reasons[3].code())) {
            throw new CoolingDown(coolDownUntil(candidate.email()));
        }
        if (!CCF.equals(reasons[1].code())) {
            throw new IllegalStateException("The sign-up was refused: " + List.of(reasons));
        }
        // The cohort refused a seat: full, closed or missing.
        Map<String, AttributeValue> ticket = nextTicket(cohortId);
        if (ticket == null) {
            throw Transactions.again(); // a seat freed up, or the cohort closed: try again from the start
        }
        long t = Long.parseLong(ticket.get("waitTail").n());
        long left = Long.parseLong(ticket.get("waitLeft").n());
        Learner waiting = candidate.withStatus(LearnerStatus.WAITLISTED, t);
        List<TransactWriteItem> wait = List.of(
                putNew(claim(candidate)),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.cohort(cohortId))
                        .conditionExpression("isOpen = :true AND enrolled >= seats")
                        .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true)))).build(),
                putNew(profile(waiting, keyHash, now, shareName)),
                coolDown(candidate.email(), now, cooldown),
                putNew(LearnerItems.waitItem(cohortId, t, candidate.learnerId(), now)),
                byAddress(candidate),
                Standings.start(table, candidate.learnerId(), candidate.createdAt(), cohortId),
                pathPlace(candidate));
        reasons = transact(wait);
        if (reasons == null) {
            return new SignupResult(waiting, true, (int) (t - left));
        }
        releaseTicket(cohortId);
        if (CCF.equals(reasons[0].code())) {
            return existing(candidate, now);
        }
        if (CCF.equals(reasons[wait.size() - 1].code())) {
            throw alreadyOnPath(candidate);
        }
        if (CCF.equals(reasons[3].code())) {
            throw new CoolingDown(coolDownUntil(candidate.email()));
        }
        if (isConflict(reasons)) {
            throw Transactions.conflict();
        }
        if (!CCF.equals(reasons[1].code())) {
            throw new IllegalStateException("The sign-up was refused: " + List.of(reasons));
        }
        throw Transactions.again(); // a seat freed up since the ticket
    }

    /**
     * One transaction, every invariant a condition: the learner still waits in the cohort read
     * (with the ticket read); the other cohort open with a seat left ({@code enrolled < seats}, as
     * a sign-up takes one); the address's claim moves from one cohort to the other (none there
     * yet); the waitlist entry goes and counts in {@code waitLeft}, so positions stay exact; the
     * path's one place stays this learner's, now naming the other cohort; the standing moves; the
     * follow-up of what the team filed under the cohort left is marked ({@link #followUp}).
     */
    @Override
    public Learner moveToSeat(Learner waiting, String toCohortId, Instant now) {
        return Transactions.retry("move learner " + waiting.learnerId() + " to a seat", () -> moveOnce(waiting, toCohortId, now));
    }

    /** {@code at}: the seat is theirs from this transaction, their own weeks begin then. */
    private Learner moveOnce(Learner waiting, String to, Instant at) {
        String from = waiting.cohortId();
        String me = waiting.learnerId();
        if (waiting.status() != LearnerStatus.WAITLISTED || waiting.waitTicket() == null) {
            throw new MoveRefused(MoveRefused.Reason.NOT_WAITING);
        }
        String moveId = java.util.UUID.randomUUID().toString();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        values.put(":to", s(to));
        values.put(":from", s(from));
        values.put(":move", s(moveId));
        values.put(":gpk", s(Keys.cohortPk(to)));
        values.put(":enrolled", s(LearnerStatus.ENROLLED.wire()));
        values.put(":waitlisted", s(LearnerStatus.WAITLISTED.wire()));
        values.put(":ticket", n(waiting.waitTicket()));
        values.put(":at", s(at.toString()));
        Map<String, AttributeValue> mine = Map.of(":me", s(me));
        Map<String, AttributeValue> newClaim = new LinkedHashMap<>(claim(waiting.withCohort(to)));
        List<TransactWriteItem> items = List.of(
                TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.learner(me))
                        .updateExpression("SET cohortId = :to, #status = :enrolled, #gpk = :gpk, #flag = :move, #at = :at REMOVE waitTicket")
                        .conditionExpression("#status = :waitlisted AND cohortId = :from AND waitTicket = :ticket")
                        .expressionAttributeNames(Map.of("#status", "status", "#gpk", Keys.GSI1PK, "#flag", Keys.FOLLOW_UP_MOVE,
                                "#at", LearnerItems.ENROLLED_AT))
                        .expressionAttributeValues(values)).build(),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.cohort(to))
                        .updateExpression("SET enrolled = enrolled + :one")
                        .conditionExpression("isOpen = :true AND enrolled < seats AND pathId = :path")
                        .expressionAttributeValues(Map.of(":one", n(1), ":true", AttributeValue.fromBool(true),
                                ":path", s(waiting.pathId())))).build(),
                putNew(newClaim),
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(Keys.emailClaim(from, waiting.email()))
                        .conditionExpression("learnerId = :me").expressionAttributeValues(mine)).build(),
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(Keys.waitEntry(from, waiting.waitTicket()))
                        .conditionExpression("learnerId = :me").expressionAttributeValues(mine)).build(),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.cohort(from))
                        .updateExpression("SET waitLeft = waitLeft + :one")
                        .expressionAttributeValues(Map.of(":one", n(1)))).build(),
                // Created for a sign-up older than the path's places; refused when it names another sign-up.
                TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.pathPlace(waiting.email(), waiting.pathId()))
                        .updateExpression("SET #type = :type, learnerId = :me, cohortId = :to")
                        .conditionExpression("attribute_not_exists(PK) OR learnerId = :me")
                        .expressionAttributeNames(Map.of("#type", ItemType.ATTRIBUTE))
                        .expressionAttributeValues(Map.of(":type", ItemType.PATH_PLACE.value(), ":me", s(me), ":to", s(to))))
                        .build(),
                Standings.update(table, me, to, Map.of()),
                Standings.touch(table, to, me),
                Standings.touch(table, from, me),
                followUpMark(me, from, to, moveId));
        CancellationReason[] reasons = transact(items);
        if (reasons == null) {
            return waiting.withCohort(to).enrolledAt(at);
        }
        if (isConflict(reasons)) {
            throw Transactions.conflict();
        }
        if (CCF.equals(reasons[0].code())) {
            throw new MoveRefused(MoveRefused.Reason.NOT_WAITING); // promoted, left or moved meanwhile
        }
        if (CCF.equals(reasons[1].code())) {
            throw new MoveRefused(MoveRefused.Reason.NO_SEAT);
        }
        if (CCF.equals(reasons[2].code()) || CCF.equals(reasons[6].code())) {
            throw new MoveRefused(MoveRefused.Reason.SIGNED_UP_THERE);
        }
        throw new IllegalStateException("The move to a seat was refused: " + List.of(reasons));
    }

    /**
     * The move's follow-up, in its transaction: durable before the move is acknowledged, so a
     * process that dies before the follow-up leaves it to the stream function (the stream hands
     * it this item). One item per learner: a later move before it was done adds its cohort left
     * to the ones still to file and names its own destination and id. The profile, updated in the
     * same transaction, names that id too ({@link Keys#FOLLOW_UP_MOVE}): My page reads the mark only then.
     */
    private TransactWriteItem followUpMark(String me, String from, String to, String moveId) {
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.followUp(me))
                .updateExpression("SET #type = :type, learnerId = :me, toCohortId = :to, moveId = :move ADD fromCohortIds :from")
                .expressionAttributeNames(Map.of("#type", ItemType.ATTRIBUTE))
                .expressionAttributeValues(Map.of(":type", ItemType.FOLLOW_UP.value(), ":me", s(me), ":to", s(to),
                        ":move", s(moveId), ":from", AttributeValue.fromSs(List.of(from)))))
                .build();
    }

    @Override
    public FollowUp followUp(String learnerId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.followUp(learnerId))).item();
        if (item == null || item.isEmpty()) {
            return null;
        }
        return new FollowUp(learnerId, item.get("moveId").s(), java.util.Set.copyOf(item.get("fromCohortIds").ss()),
                item.get("toCohortId").s());
    }

    @Override
    public boolean followedUp(FollowUp done) {
        boolean deleted;
        try {
            dynamo.deleteItem(r -> r.tableName(table).key(Keys.followUp(done.learnerId()))
                    .conditionExpression("moveId = :move").expressionAttributeValues(Map.of(":move", s(done.moveId()))));
            deleted = true;
        } catch (ConditionalCheckFailedException e) {
            deleted = false; // done by another run, or a later move's mark: left to its own follow-up
        }
        unflag(done);
        return deleted;
    }

    /**
     * The profile's flag goes after the mark, and only while it names the same move: a later move's
     * flag stays with its mark. A flag whose mark is gone (a process that died between the two
     * writes) is removed the same way by the learner's next visit ({@code MeService.followUp}).
     * The condition also keeps an erased learner's profile from coming back as a bare item.
     */
    private void unflag(FollowUp done) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Keys.learner(done.learnerId()))
                    .updateExpression("REMOVE #flag").conditionExpression("#flag = :move")
                    .expressionAttributeNames(Map.of("#flag", Keys.FOLLOW_UP_MOVE))
                    .expressionAttributeValues(Map.of(":move", s(done.moveId()))));
        } catch (ConditionalCheckFailedException e) {
            // No flag (a mark older than the flags), or a later move's.
        }
    }

    /** The next waitlist ticket, with the counters as they are after taking it; null if not full. */
    private Map<String, AttributeValue> nextTicket(String cohortId) {
        try {
            return dynamo.updateItem(r -> r.tableName(table).key(Keys.cohort(cohortId))
                    .updateExpression("SET waitTail = waitTail + :one")
                    .conditionExpression("isOpen = :true AND enrolled >= seats")
                    .expressionAttributeValues(Map.of(":one", n(1), ":true", AttributeValue.fromBool(true)))
                    .returnValues(ReturnValue.ALL_NEW)).attributes();
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> cohort = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                    .key(Keys.cohort(cohortId))).item();
            if (cohort == null || cohort.isEmpty() || !Boolean.TRUE.equals(cohort.get("isOpen").bool())) {
                throw new CohortUnavailable(cohortId);
            }
            return null;
        }
    }

    /** A ticket handed out but not used: it no longer counts as waiting. */
    private void releaseTicket(String cohortId) {
        dynamo.updateItem(r -> r.tableName(table).key(Keys.cohort(cohortId))
                .updateExpression("SET waitLeft = waitLeft + :one")
                .expressionAttributeValues(Map.of(":one", n(1))));
    }

    @Override
    public boolean rotateKey(String learnerId, String keyHash, Instant now, Instant notBefore, Mail mail) {
        var update = software.amazon.awssdk.services.dynamodb.model.Update.builder().tableName(table)
                .key(Keys.learner(learnerId))
                .updateExpression("SET keyHash = :hash, mailedAt = :now")
                .conditionExpression("attribute_exists(PK) AND mailedAt < :notBefore")
                .expressionAttributeValues(Map.of(":hash", s(keyHash), ":now", n(now.toEpochMilli()),
                        ":notBefore", n(notBefore.toEpochMilli()))).build();
        try {
            if (mail == null) {
                dynamo.updateItem(Transactions.alone(update));
            } else {
                // The message that carries the new key is queued with it (mail/MailQueue), one transaction.
                dynamo.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder().update(update).build(),
                        TransactWriteItem.builder().put(p -> p.tableName(table)
                                .item(MailQueue.item(mail, java.util.UUID.randomUUID().toString(), now))
                                .conditionExpression("attribute_not_exists(PK)")).build()));
            }
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (TransactionCanceledException e) {
            if (Transactions.failedAt(e, 0)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Integer waitlistPosition(Learner learner) {
        if (learner.status() != LearnerStatus.WAITLISTED || learner.waitTicket() == null) {
            return null;
        }
        int ahead = 0;
        for (var page : dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk AND SK BETWEEN :first AND :mine")
                .expressionAttributeValues(Map.of(":pk", s(Keys.cohortPk(learner.cohortId())),
                        ":first", s(Keys.waitSk(0)), ":mine", s(Keys.waitSk(learner.waitTicket()))))
                .select("COUNT"))) {
            ahead += page.count();
        }
        return ahead;
    }

    @Override
    public List<Learner> learnersOf(String cohortId) {
        List<Learner> learners = new ArrayList<>();
        Gsi1.of(dynamo, table).forEach(Keys.cohortPk(cohortId), " AND begins_with(GSI1SK, :learner)",
                Map.of(":learner", s(Keys.LEARNER)), item -> learners.add(LearnerItems.fromItem(item)));
        return learners;
    }

    /** Loads a learner by id; null when absent. */
    @Override
    public Learner find(String learnerId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.learner(learnerId))).item();
        return item == null || item.isEmpty() ? null : LearnerItems.fromItem(item);
    }

    private SignupResult existing(Learner candidate, Instant now) {
        Map<String, AttributeValue> claim = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.emailClaim(candidate.cohortId(), candidate.email()))).item();
        Learner learner = claim == null || claim.isEmpty() ? null : find(claim.get("learnerId").s());
        if (learner == null) {
            throw new IllegalStateException("An email claim exists without its learner");
        }
        if (learner.status() == LearnerStatus.WITHDRAWN) {
            return rejoin(learner, now);
        }
        return new SignupResult(learner, false, waitlistPosition(learner));
    }

    /**
     * A learner who withdrew signs up again: the same record takes a seat or joins the end of the
     * waitlist, under the same conditions as a new sign-up. A seat is theirs from {@code now}
     * ({@code enrolledAt}, in the same transaction): their own weeks begin again then, not at their
     * first sign-up; and the cohort's figures count them again.
     */
    private SignupResult rejoin(Learner learner, Instant now) {
        return Transactions.retry("place learner " + learner.learnerId() + " again", () -> rejoinOnce(learner, now));
    }

    private SignupResult rejoinOnce(Learner learner, Instant now) {
        String cohortId = learner.cohortId();
        CancellationReason[] reasons = transact(List.of(
                comeBack(learner.learnerId(), LearnerStatus.ENROLLED, null, now),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.cohort(cohortId))
                        .updateExpression("SET enrolled = enrolled + :one")
                        .conditionExpression("isOpen = :true AND enrolled < seats")
                        .expressionAttributeValues(Map.of(":one", n(1), ":true", AttributeValue.fromBool(true))))
                        .build(),
                pathPlace(learner),
                Standings.touch(table, cohortId, learner.learnerId())));
        if (reasons == null) {
            return new SignupResult(learner.enrolledAt(now), false, null, true);
        }
        if (CCF.equals(reasons[0].code())) {
            Learner current = find(learner.learnerId()); // came back through another request meanwhile
            return new SignupResult(current, false, waitlistPosition(current));
        }
        if (isConflict(reasons)) {
            throw Transactions.conflict();
        }
        if (CCF.equals(reasons[2].code())) {
            throw alreadyOnPath(learner); // left, then took a place in another cohort of the path
        }
        Map<String, AttributeValue> ticket = nextTicket(cohortId);
        if (ticket == null) {
            throw Transactions.again();
        }
        long t = Long.parseLong(ticket.get("waitTail").n());
        long left = Long.parseLong(ticket.get("waitLeft").n());
        reasons = transact(List.of(
                comeBack(learner.learnerId(), LearnerStatus.WAITLISTED, t, null),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(Keys.cohort(cohortId))
                        .conditionExpression("isOpen = :true AND enrolled >= seats")
                        .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true)))).build(),
                putNew(LearnerItems.waitItem(cohortId, t, learner.learnerId(), now)),
                pathPlace(learner)));
        if (reasons == null) {
            return new SignupResult(learner.withStatus(LearnerStatus.WAITLISTED, t), false, (int) (t - left), true);
        }
        releaseTicket(cohortId);
        if (CCF.equals(reasons[0].code())) {
            Learner current = find(learner.learnerId());
            return new SignupResult(current, false, waitlistPosition(current));
        }
        if (CCF.equals(reasons[3].code())) {
            throw alreadyOnPath(learner);
        }
        throw Transactions.again(); // a conflict, or a seat freed up since the ticket
    }

    /** {@code seatAt}: when a seat is theirs again (null: they wait, the promotion will say). */
    private TransactWriteItem comeBack(String learnerId, LearnerStatus status, Long ticket, Instant seatAt) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        names.put("#status", "status");
        values.put(":withdrawn", s(LearnerStatus.WITHDRAWN.wire()));
        values.put(":status", s(status.wire()));
        String update = "SET #status = :status";
        if (ticket != null) {
            update += ", waitTicket = :ticket";
            values.put(":ticket", n(ticket));
        }
        if (seatAt != null) {
            update += ", #at = :at";
            names.put("#at", LearnerItems.ENROLLED_AT);
            values.put(":at", s(seatAt.toString()));
        }
        String expression = update;
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(Keys.learner(learnerId))
                .updateExpression(expression).conditionExpression("#status = :withdrawn")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)).build();
    }

    private Instant coolDownUntil(String email) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.cooldown(email))).item();
        return item == null || item.isEmpty() ? Instant.now()
                : Instant.ofEpochMilli(Long.parseLong(item.get("untilMs").n()));
    }

    private Map<String, AttributeValue> claim(Learner learner) {
        Map<String, AttributeValue> claim = new LinkedHashMap<>(Keys.emailClaim(learner.cohortId(), learner.email()));
        claim.put(ItemType.ATTRIBUTE, ItemType.EMAIL_CLAIM.value());
        claim.put("learnerId", s(learner.learnerId()));
        return claim;
    }

    /** The address's one place on the learner's path ({@link Keys#pathPlace}); refused when it holds one. */
    private TransactWriteItem pathPlace(Learner learner) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.pathPlace(learner.email(), learner.pathId()));
        item.put(ItemType.ATTRIBUTE, ItemType.PATH_PLACE.value());
        item.put("learnerId", s(learner.learnerId()));
        item.put("cohortId", s(learner.cohortId()));
        return putNew(item);
    }

    /**
     * The refusal naming the learner who holds the path's place; read again when that place went
     * meanwhile (the holder left), so the sign-up is tried anew.
     */
    private RuntimeException alreadyOnPath(Learner candidate) {
        Map<String, AttributeValue> place = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.pathPlace(candidate.email(), candidate.pathId()))).item();
        Learner holder = place == null || place.isEmpty() ? null : find(place.get("learnerId").s());
        return holder == null ? Transactions.again() : new AlreadyOnPath(holder);
    }

    /** The sign-up filed under its address, written with it (see {@link #learnersOfAddress}). */
    private TransactWriteItem byAddress(Learner learner) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.emailLearner(learner.email(), learner.learnerId()));
        item.put("type", s("AddressSignup"));
        item.put("learnerId", s(learner.learnerId()));
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)).build();
    }

    @Override
    public List<String> learnersOfAddress(String email) {
        List<String> ids = new ArrayList<>();
        for (var page : dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                .expressionAttributeValues(Map.of(":pk", s(Keys.emailPk(email)), ":prefix", s(Keys.EMAIL_LEARNER))))) {
            page.items().forEach(item -> ids.add(item.get("learnerId").s()));
        }
        return ids;
    }

    /** One sign-up per address per cool-down, across cohorts; the item expires by TTL. */
    private TransactWriteItem coolDown(String email, Instant now, Duration cooldown) {
        Instant until = now.plus(cooldown);
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.cooldown(email));
        item.put(ItemType.ATTRIBUTE, ItemType.SIGNUP_COOLDOWN.value());
        item.put("untilMs", n(until.toEpochMilli()));
        item.put("expiresAt", n(until.getEpochSecond() + 1));
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(PK) OR untilMs <= :now")
                .expressionAttributeValues(Map.of(":now", n(now.toEpochMilli())))).build();
    }

    private TransactWriteItem putNew(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(PK)")).build();
    }

    /** Runs the transaction; null when it committed, else why each item was refused. */
    private CancellationReason[] transact(List<TransactWriteItem> items) {
        try {
            dynamo.transactWriteItems(t -> t.transactItems(items));
            return null;
        } catch (TransactionCanceledException e) {
            if (!e.hasCancellationReasons()) {
                throw e;
            }
            return e.cancellationReasons().toArray(new CancellationReason[0]);
        }
    }

    private static boolean isConflict(CancellationReason[] reasons) {
        for (CancellationReason r : reasons) {
            if ("TransactionConflict".equals(r.code())) {
                return true;
            }
        }
        return false;
    }
}
