package org.lcmhub.signup.store.dynamodb;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.signup.model.Learner;
import org.lcmhub.signup.model.LearnerStatus;
import org.lcmhub.signup.model.SignupResult;
import org.lcmhub.signup.store.SignupStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Single-table layout (see docs/architecture.md):
 * <ul>
 *   <li>learner: {@code PK=LEARNER#<learnerId>, SK=PROFILE}</li>
 *   <li>email claim: {@code PK=COHORT#<cohortId>, SK=EMAIL#<sha256(email)>} holding the learnerId,
 *       so one address signs up to one cohort once without an email ever being a key.</li>
 * </ul>
 * Both are written in one transaction, so a sign-up is stored whole or not at all.
 */
public final class DynamoSignupStore implements SignupStore {
    private static final String PROFILE = "PROFILE";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSignupStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public SignupResult saveOnce(Learner learner) {
        Map<String, AttributeValue> claimKey = claimKey(learner.cohortId(), learner.email());
        Map<String, AttributeValue> claim = new LinkedHashMap<>(claimKey);
        claim.put("type", s("EmailClaim"));
        claim.put("learnerId", s(learner.learnerId()));
        try {
            dynamo.transactWriteItems(t -> t.transactItems(
                    put(claim),
                    put(toItem(learner))));
            return new SignupResult(learner, true);
        } catch (TransactionCanceledException e) {
            CancellationReason claimOutcome = e.cancellationReasons().get(0);
            if (!"ConditionalCheckFailed".equals(claimOutcome.code())) {
                throw e;
            }
            return new SignupResult(existing(claimKey), false);
        }
    }

    /** Loads a learner by id; null when absent. */
    public Learner find(String learnerId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(learnerKey(learnerId))).item();
        return item == null || item.isEmpty() ? null : fromItem(item);
    }

    private Learner existing(Map<String, AttributeValue> claimKey) {
        Map<String, AttributeValue> claim = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(claimKey)).item();
        Learner learner = claim == null ? null : find(claim.get("learnerId").s());
        if (learner == null) {
            throw new IllegalStateException("An email claim exists without its learner");
        }
        return learner;
    }

    private TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(PK)")).build();
    }

    static Map<String, AttributeValue> learnerKey(String learnerId) {
        return Map.of("PK", s("LEARNER#" + learnerId), "SK", s(PROFILE));
    }

    static Map<String, AttributeValue> claimKey(String cohortId, String email) {
        return Map.of("PK", s("COHORT#" + cohortId), "SK", s("EMAIL#" + sha256(email)));
    }

    static Map<String, AttributeValue> toItem(Learner l) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(learnerKey(l.learnerId()));
        item.put("type", s("Learner"));
        item.put("learnerId", s(l.learnerId()));
        item.put("name", s(l.name()));
        item.put("email", s(l.email()));
        item.put("pathId", s(l.pathId()));
        item.put("cohortId", s(l.cohortId()));
        item.put("language", s(l.language()));
        item.put("timezone", s(l.timezone()));
        item.put("status", s(l.status().wire()));
        item.put("createdAt", s(l.createdAt().toString()));
        return item;
    }

    static Learner fromItem(Map<String, AttributeValue> item) {
        return new Learner(
                item.get("learnerId").s(),
                item.get("name").s(),
                item.get("email").s(),
                item.get("pathId").s(),
                item.get("cohortId").s(),
                item.get("language").s(),
                item.get("timezone").s(),
                LearnerStatus.fromWire(item.get("status").s()),
                Instant.parse(item.get("createdAt").s()));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
