package org.lcmhub.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.lcmhub.domain.Digits;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The keys of the single table {@code HubTable}; docs/architecture.md lists every item and the
 * access pattern each key serves. Email addresses never appear in a key, only their SHA-256.
 */
public final class Keys {
    public static final String PK = "PK";
    public static final String SK = "SK";
    /**
     * Overloaded index GSI1, written only by the items that need it (sparse): a path's cohorts
     * ({@code PATH#}), a staff member's cohorts ({@code STAFF#}), the cohort index
     * ({@link #COHORTS}), every mentor ({@code MENTORS}), and a cohort's records
     * ({@code COHORT#}: learners, check-ins, notes, 1:1 session notes, matches, never-again pairs)
     * and its learners' standings ({@code STANDINGS#}, see {@link Standings}).
     */
    public static final String GSI1 = "GSI1";
    public static final String GSI1PK = "GSI1PK";
    public static final String GSI1SK = "GSI1SK";

    private Keys() {
    }

    public static Map<String, AttributeValue> cohort(String cohortId) {
        return key(cohortPk(cohortId), "META");
    }

    /** A cohort's partition, and its GSI1 partition of the cohort's records. */
    public static String cohortPk(String cohortId) {
        return "COHORT#" + cohortId;
    }

    /** GSI1 partition of a course path's cohorts. */
    public static String pathPk(String pathId) {
        return "PATH#" + pathId;
    }

    /** GSI1 sort-key prefix of a path's cohorts, and a cohort's sort key there: by start date, then id. */
    public static final String START = "START#";

    public static String cohortStart(java.time.LocalDate startDate, String cohortId) {
        return START + startDate + "#" + cohortId;
    }

    /** GSI1 partition of a staff member's places on LCM teams. */
    public static String staffPk(String sub) {
        return "STAFF#" + sub;
    }

    /** The local hub's staff account (its directory's name for them): no user pool there keeps it. */
    public static Map<String, AttributeValue> localStaff(String sub) {
        return key(staffPk(sub), "LOCAL");
    }

    /** Sort-key prefix of a cohort's LCM team members. */
    public static final String LCM = "LCM#";

    /** A matching draft of a cohort (expires by TTL). */
    public static Map<String, AttributeValue> draft(String cohortId, String draftId) {
        return key(cohortPk(cohortId), "DRAFT#" + draftId);
    }

    /** Which matching draft of a cohort was computed last: the one the matching page opens on. */
    public static Map<String, AttributeValue> latestDraft(String cohortId) {
        return key(cohortPk(cohortId), "DRAFT");
    }

    /** A member of a cohort's LCM team, by the staff member's sign-in subject. */
    public static Map<String, AttributeValue> teamMember(String cohortId, String sub) {
        return key(cohortPk(cohortId), LCM + sub);
    }

    /**
     * A cohort's entry in the index of cohorts by end date: on GSI1 under {@link #COHORTS}, sort key
     * {@link #cohortEnd}, so "cohorts still running" is one keyed range query (the daily digest).
     * Outside the cohort's partition, which keeps only what sign-ups and teams write.
     */
    public static Map<String, AttributeValue> cohortIndex(String cohortId) {
        return key(COHORTS, cohortPk(cohortId));
    }

    /** GSI1 partition of the cohort index entries. */
    public static final String COHORTS = "COHORTS";

    /** GSI1 sort key of a cohort index entry: by end date, then id. */
    public static String cohortEnd(java.time.LocalDate endDate, String cohortId) {
        return END + endDate + "#" + cohortId;
    }

    /** GSI1 sort-key prefix of the cohort index entries. */
    public static final String END = "END#";

    /** The learners the last daily digest of a cohort knew at risk, and its date. */
    public static Map<String, AttributeValue> digest(String cohortId) {
        return key(cohortPk(cohortId), "DIGEST");
    }

    /** Up to when the digest told the LCMs of the guides suggested from the site. */
    public static Map<String, AttributeValue> digestSuggestions() {
        return key("DIGEST#SUGGESTIONS", "DIGEST");
    }

    public static Map<String, AttributeValue> emailClaim(String cohortId, String email) {
        return key(cohortPk(cohortId), "EMAIL#" + sha256(email));
    }

    /** A waitlist entry; tickets are zero-padded so the partition sorts them first come, first served. */
    public static Map<String, AttributeValue> waitEntry(String cohortId, long ticket) {
        return key(cohortPk(cohortId), waitSk(ticket));
    }

    public static String waitSk(long ticket) {
        return WAIT + Digits.zeroPadded(ticket, 12);
    }

    /** Sort-key prefix of a cohort's waitlist entries. */
    public static final String WAIT = "WAIT#";

    public static Map<String, AttributeValue> learner(String learnerId) {
        return key(learnerPk(learnerId), "PROFILE");
    }

    public static String learnerPk(String learnerId) {
        return LEARNER + learnerId;
    }

    /** A learner's partition prefix, and the GSI1 sort-key prefix of a cohort's learners. */
    public static final String LEARNER = "LEARNER#";

    /** A learner's GSI1 sort key under their cohort: by sign-up time, then id. */
    public static String learnerSince(java.time.Instant createdAt, String learnerId) {
        return LEARNER + Digits.zeroPadded(createdAt.toEpochMilli(), 13) + "#" + learnerId;
    }

    /**
     * A move's follow-up still to do (one per learner): written in the move's transaction, deleted
     * once what the team filed under the cohorts left names the new one. Its sort key is what the
     * stream function's filter (template.yaml) matches.
     */
    public static Map<String, AttributeValue> followUp(String learnerId) {
        return key(learnerPk(learnerId), FOLLOW_UP);
    }

    /** The sort key of a learner's pending follow-up. */
    public static final String FOLLOW_UP = "FOLLOWUP";

    /**
     * The attribute of a learner's profile naming the move whose follow-up mark waits (its
     * {@code moveId}): set in the move's transaction, removed with the mark. {@code GET /api/me}
     * reads the profile anyway, so only a learner who has one reads the mark.
     */
    public static final String FOLLOW_UP_MOVE = "followUpMove";

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

    /** Sort-key prefix of the learner's proposals of another time, one per meeting (by its planned date). */
    public static final String PROPOSAL = "PROPOSAL#";

    public static Map<String, AttributeValue> proposal(String learnerId, java.time.LocalDate planned) {
        return key(learnerPk(learnerId), PROPOSAL + planned);
    }

    /** A learner's current personal plan; {@link #PLAN_VERSION} items keep every version. */
    public static Map<String, AttributeValue> plan(String learnerId) {
        return key(learnerPk(learnerId), "PLAN");
    }

    /**
     * A learner's current plan's entry in the index of running cohorts ({@link #COHORTS}, sort key
     * {@link #cohortEnd} at the plan's end), so the digest reads a cohort while a plan of it runs.
     */
    public static Map<String, AttributeValue> planRun(String learnerId) {
        return key(learnerPk(learnerId), "PLANRUN");
    }

    /** Sort-key prefix of a learner's plan versions, zero-padded so they sort in order. */
    public static final String PLAN_VERSION = "PLANV#";

    public static Map<String, AttributeValue> planVersion(String learnerId, int version) {
        return key(learnerPk(learnerId), PLAN_VERSION + Digits.zeroPadded(version, 6));
    }

    /** Sort-key prefix of session reports in a learner's partition (report ids sort by time). */
    public static final String REPORT = "REPORT#";

    /**
     * The 1:1 of {@code date} has a report the learner confirmed: put with their answer, deleted by a
     * report that replaces it knowingly; a report on that day without that knowledge is refused by its presence.
     */
    public static Map<String, AttributeValue> confirmedReport(String learnerId, java.time.LocalDate date) {
        return key(learnerPk(learnerId), "CONFIRMED#" + date);
    }

    /**
     * The 1:1 of {@code date} has a report ({@code reportId}: the current one): put with each report,
     * on condition that none is there or that the report names the one it replaces, so a report never
     * takes another's place unless its author said so.
     */
    public static Map<String, AttributeValue> reportedMeeting(String learnerId, java.time.LocalDate date) {
        return key(learnerPk(learnerId), "REPORTED#" + date);
    }

    /**
     * GSI1 partition of a cohort's current plans and session reports: apart from {@code COHORT#},
     * so the dashboard reads them with one more query and the cohort's records stay as they were.
     */
    public static String plansPk(String cohortId) {
        return "PLANS#" + cohortId;
    }

    /** A mentor's profile and capacity counter, by the mentor's sign-in subject. */
    public static Map<String, AttributeValue> mentor(String sub) {
        return key(mentorPk(sub), "PROFILE");
    }

    public static String mentorPk(String sub) {
        return "MENTOR#" + sub;
    }

    /** GSI1 partition of every mentor profile. */
    public static final String MENTORS = "MENTORS";

    /** A learner's current mentor, in the learner's partition (one at most). */
    public static Map<String, AttributeValue> match(String learnerId) {
        return key(learnerPk(learnerId), "MENTOR");
    }

    /** GSI1 sort-key prefix of a cohort's matches, and a match's sort key there. */
    public static final String MATCH = "MATCH#";

    /** The same match filed under the mentor, so a mentor lists their mentees with one query. */
    public static Map<String, AttributeValue> mentee(String mentorSub, String learnerId) {
        return key(mentorPk(mentorSub), MENTEE + learnerId);
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

    /**
     * An address's one place (seat or waitlist) on a course path, naming the learner who holds it:
     * written with {@code attribute_not_exists} in the sign-up's transaction, deleted in the one
     * that withdraws, so two cohorts of one path cannot both hold the same address.
     */
    public static Map<String, AttributeValue> pathPlace(String email, String pathId) {
        return key(emailPk(email), "PATH#" + pathId);
    }

    /** Sort-key prefix of an address's sign-ups in its {@code EMAIL#} partition. */
    public static final String EMAIL_LEARNER = "LEARNER#";

    /** A cohort's channel (chat, documents, group call), in the cohort's partition. */
    public static Map<String, AttributeValue> channel(String cohortId, String channelId) {
        return key(cohortPk(cohortId), CHANNEL + channelId);
    }

    /** Sort-key prefix of a cohort's channels. */
    public static final String CHANNEL = "CHANNEL#";

    /** A cohort's community settings and counters (how many channels), in the cohort's partition. */
    public static Map<String, AttributeValue> community(String cohortId) {
        return key(cohortPk(cohortId), "COMMUNITY");
    }

    /** One event's delivery to one of a cohort's webhooks (idempotency and the delivery log). */
    public static Map<String, AttributeValue> delivery(String cohortId, String audience, String eventId) {
        return key(cohortPk(cohortId), DELIVERY + audience + "#" + eventId);
    }

    /** Sort-key prefix of a cohort's webhook deliveries. */
    public static final String DELIVERY = "DELIVERY#";

    /** A cohort's incoming webhook for one audience ({@code learners}, {@code staff}), in its partition. */
    public static Map<String, AttributeValue> webhook(String cohortId, String audience) {
        return key(cohortPk(cohortId), WEBHOOK + audience);
    }

    /** Sort-key prefix of a cohort's webhooks. */
    public static final String WEBHOOK = "WEBHOOK#";

    /** GSI1 partition of every cohort's webhooks: the scheduled run finds them with one query. */
    public static final String WEBHOOKS = "WEBHOOKS";

    /** A question and its answer in a cohort's FAQ, in the cohort's partition. */
    public static Map<String, AttributeValue> faqEntry(String cohortId, String entryId) {
        return key(cohortPk(cohortId), FAQ + entryId);
    }

    /** Sort-key prefix of a cohort's FAQ entries. */
    public static final String FAQ = "FAQ#";

    /** A learner's private report of a problem to their cohort's LCM team, in the learner's partition. */
    public static Map<String, AttributeValue> problemReport(String learnerId, String reportId) {
        return key(learnerPk(learnerId), PROBLEM + reportId);
    }

    /** Sort-key prefix of problem reports (learner partition and their cohort's GSI1 partition). */
    public static final String PROBLEM = "PROBLEM#";

    /** GSI1 partition of a cohort's problem reports, apart from {@code COHORT#} so no other reading meets them. */
    public static String problemsPk(String cohortId) {
        return "PROBLEMS#" + cohortId;
    }

    /** A learner's count of reports on one UTC day (the daily cap), expiring by TTL. */
    public static Map<String, AttributeValue> problemDay(String learnerId, String isoDate) {
        return key(learnerPk(learnerId), "PROBLEMDAY#" + isoDate);
    }

    /** One line of a cohort's moderation log, in the cohort's partition. */
    public static Map<String, AttributeValue> moderation(String cohortId, String entryId) {
        return key(cohortPk(cohortId), MODERATION + entryId);
    }

    /** Sort-key prefix of a cohort's moderation log. */
    public static final String MODERATION = "MODLOG#";

    /** A cohort's code of conduct, in its partition. */
    public static Map<String, AttributeValue> conduct(String cohortId) {
        return key(cohortPk(cohortId), "CONDUCT");
    }

    /** The learners the team's channel was last told need attention (from the digest), in the cohort's partition. */
    public static Map<String, AttributeValue> staffWatch(String cohortId) {
        return key(cohortPk(cohortId), "STAFFWATCH");
    }

    /** A fixed-window request counter, e.g. link requests of one address or one client. */
    public static Map<String, AttributeValue> rateWindow(String scope, String subjectHash, long windowStart) {
        return key("RATE#" + scope + "#" + subjectHash, "WINDOW#" + windowStart);
    }

    /** A change set of guides under review ({@code GUIDESET#<id> / SET}); comments share its partition. */
    public static Map<String, AttributeValue> guideSet(String setId) {
        return key(GUIDE_SET + setId, "SET");
    }

    public static final String GUIDE_SET = "GUIDESET#";
    public static final String GUIDE_COMMENT = "COMMENT#";
    /** GSI1 partitions listing every change set and every guide published from the hub. */
    public static final String GUIDE_SETS = "GUIDESETS";
    public static final String GUIDES = "GUIDES";

    /** A guide published from the hub: {@code GUIDE#<lang>#<slug>}, its live state at {@code CURRENT}. */
    public static String guidePk(String language, String slug) {
        return "GUIDE#" + language + "#" + slug;
    }

    /** One published version of a guide, numbered from 1 and zero-padded so they sort. */
    public static Map<String, AttributeValue> guideVersion(String language, String slug, int number) {
        return key(guidePk(language, slug), "VERSION#" + Digits.zeroPadded(number, 6));
    }

    public static final String GUIDE_VERSION = "VERSION#";

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
