package org.lcmhub.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The keys of the single table {@code HubTable}; docs/architecture.md lists every item and the
 * access pattern each key serves. Email addresses never appear in a key, only their SHA-256.
 */
public final class Keys {
    public static final String PK = "PK";
    public static final String SK = "SK";
    /** Overloaded index GSI1: cohorts of a path, cohorts of a staff member. */
    public static final String GSI1 = "GSI1";
    public static final String GSI1PK = "GSI1PK";
    public static final String GSI1SK = "GSI1SK";

    private Keys() {
    }

    public static Map<String, AttributeValue> cohort(String cohortId) {
        return key("COHORT#" + cohortId, "META");
    }

    /** A member of a cohort's LCM team, by the staff member's sign-in subject. */
    public static Map<String, AttributeValue> teamMember(String cohortId, String sub) {
        return key("COHORT#" + cohortId, "LCM#" + sub);
    }

    /**
     * A cohort's entry in the index of cohorts by end date: on GSI1 under {@link #COHORTS}, sort key
     * {@link #cohortEnd}, so "cohorts still running" is one keyed range query (the daily digest).
     * Outside the cohort's partition, which keeps only what sign-ups and teams write.
     */
    public static Map<String, AttributeValue> cohortIndex(String cohortId) {
        return key(COHORTS, "COHORT#" + cohortId);
    }

    /** GSI1 partition of the cohort index entries. */
    public static final String COHORTS = "COHORTS";

    /** GSI1 sort key of a cohort index entry: by end date, then id. */
    public static String cohortEnd(java.time.LocalDate endDate, String cohortId) {
        return "END#" + endDate + "#" + cohortId;
    }

    /** The learners the last daily digest of a cohort knew at risk, and its date. */
    public static Map<String, AttributeValue> digest(String cohortId) {
        return key("COHORT#" + cohortId, "DIGEST");
    }

    public static Map<String, AttributeValue> emailClaim(String cohortId, String email) {
        return key("COHORT#" + cohortId, "EMAIL#" + sha256(email));
    }

    /** A waitlist entry; tickets are zero-padded so the partition sorts them first come, first served. */
    public static Map<String, AttributeValue> waitEntry(String cohortId, long ticket) {
        return key("COHORT#" + cohortId, waitSk(ticket));
    }

    public static String waitSk(long ticket) {
        return String.format("WAIT#%012d", ticket);
    }

    public static Map<String, AttributeValue> learner(String learnerId) {
        return key(learnerPk(learnerId), "PROFILE");
    }

    public static String learnerPk(String learnerId) {
        return "LEARNER#" + learnerId;
    }

    /** A learner's check-in of one ISO week, in their own partition. */
    public static Map<String, AttributeValue> checkIn(String learnerId, String isoWeek) {
        return key(learnerPk(learnerId), CHECKIN + isoWeek);
    }

    /** Sort-key prefix of check-ins, in a learner's partition and under their cohort on GSI1. */
    public static final String CHECKIN = "CHECKIN#";

    /** Sort-key prefix of notes about a learner, in their partition and under their cohort on GSI1. */
    public static final String NOTE = "NOTE#";

    /** A learner's regular 1:1 series with their mentor (one at a time), in their partition. */
    public static Map<String, AttributeValue> oneToOne(String learnerId) {
        return key(learnerPk(learnerId), "ONE_TO_ONE");
    }

    /** Sort-key prefix of 1:1 session notes, in a learner's partition and under their cohort on GSI1. */
    public static final String SESSION = "SESSION#";

    /** A mentor's profile and capacity counter, by the mentor's sign-in subject. */
    public static Map<String, AttributeValue> mentor(String sub) {
        return key("MENTOR#" + sub, "PROFILE");
    }

    /** A learner's current mentor, in the learner's partition (one at most). */
    public static Map<String, AttributeValue> match(String learnerId) {
        return key(learnerPk(learnerId), "MENTOR");
    }

    /** The same match filed under the mentor, so a mentor lists their mentees with one query. */
    public static Map<String, AttributeValue> mentee(String mentorSub, String learnerId) {
        return key("MENTOR#" + mentorSub, MENTEE + learnerId);
    }

    /** Sort-key prefix of a mentor's mentees in the mentor's partition. */
    public static final String MENTEE = "MENTEE#";

    /** A learner and mentor never to be proposed again, in the learner's partition. */
    public static Map<String, AttributeValue> neverAgain(String learnerId, String mentorSub) {
        return key(learnerPk(learnerId), NEVER + mentorSub);
    }

    /** Sort-key prefix of never-again pairs, in a learner's partition and under their cohort on GSI1. */
    public static final String NEVER = "NEVER#";

    /** The per-address sign-up cool-down. */
    public static Map<String, AttributeValue> cooldown(String email) {
        return key("EMAIL#" + sha256(email), "COOLDOWN");
    }

    /**
     * An address's sign-up, filed under the address: the personal link is mailed again to every
     * learner of an address with one query, without knowing the cohort.
     */
    public static Map<String, AttributeValue> emailLearner(String email, String learnerId) {
        return key(emailPk(email), EMAIL_LEARNER + learnerId);
    }

    public static String emailPk(String email) {
        return "EMAIL#" + sha256(email);
    }

    /** Sort-key prefix of an address's sign-ups in its {@code EMAIL#} partition. */
    public static final String EMAIL_LEARNER = "LEARNER#";

    /** A fixed-window request counter, e.g. link requests of one address or one client. */
    public static Map<String, AttributeValue> rateWindow(String scope, String subjectHash, long windowStart) {
        return key("RATE#" + scope + "#" + subjectHash, "WINDOW#" + windowStart);
    }

    public static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, s(pk), SK, s(sk));
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    public static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
