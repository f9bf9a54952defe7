package org.lcmhub.learner.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.domain.Language;
import org.lcmhub.learner.Learner;
import org.lcmhub.learner.LearnerStatus;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The learner item {@code LEARNER#<id> / PROFILE}: profile, status, key hash; on GSI1 under
 * {@code COHORT#<cohortId>} so that a cohort's learners are one query.
 */
public final class LearnerItems {
    private LearnerItems() {
    }

    /** When a learner who waited got their seat, set by the write that gives it (see {@link Learner#seatSince}). */
    public static final String ENROLLED_AT = "enrolledAt";

    public static Map<String, AttributeValue> toItem(Learner l, String keyHash, Instant mailedAt) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.learner(l.learnerId()));
        item.put(ItemType.ATTRIBUTE, ItemType.LEARNER.value());
        // A cohort's learners in one paginated query (dashboard, matching), oldest sign-up first.
        item.put(Keys.GSI1PK, s(Keys.cohortPk(l.cohortId())));
        item.put(Keys.GSI1SK, s(Keys.learnerSince(l.createdAt(), l.learnerId())));
        item.put("learnerId", s(l.learnerId()));
        item.put("name", s(l.name()));
        item.put("email", s(l.email()));
        item.put("pathId", s(l.pathId()));
        item.put("cohortId", s(l.cohortId()));
        item.put("language", s(l.language().code()));
        item.put("timezone", s(l.timezone()));
        if (l.goals() != null) {
            item.put("goals", s(l.goals()));
        }
        if (l.hoursPerWeek() != null) {
            item.put("hoursPerWeek", n(l.hoursPerWeek()));
        }
        item.put("status", s(l.status().wire()));
        if (l.waitTicket() != null) {
            item.put("waitTicket", n(l.waitTicket()));
        }
        item.put("createdAt", s(l.createdAt().toString()));
        if (l.enrolledAt() != null) {
            item.put(ENROLLED_AT, s(l.enrolledAt().toString()));
        }
        item.put("keyHash", s(keyHash));
        item.put("mailedAt", n(mailedAt.toEpochMilli()));
        return item;
    }

    public static Learner fromItem(Map<String, AttributeValue> item) {
        return new Learner(
                item.get("learnerId").s(),
                item.get("name").s(),
                item.get("email").s(),
                item.get("pathId").s(),
                item.get("cohortId").s(),
                Language.of(item.get("language").s()),
                item.get("timezone").s(),
                item.containsKey("goals") ? item.get("goals").s() : null,
                item.containsKey("hoursPerWeek") ? Integer.valueOf(item.get("hoursPerWeek").n()) : null,
                LearnerStatus.fromWire(item.get("status").s()),
                item.containsKey("waitTicket") ? Long.valueOf(item.get("waitTicket").n()) : null,
                Instant.parse(item.get("createdAt").s()),
                item.containsKey(ENROLLED_AT) ? Instant.parse(item.get(ENROLLED_AT).s()) : null);
    }

    /**
     * The waitlist entry {@code COHORT#<id> / WAIT#<ticket>}: who holds the ticket, and since when
     * ({@code since}: the team's list says how long each has waited; a learner who left and came
     * back waits from their return, not from their first sign-up).
     */
    public static Map<String, AttributeValue> waitItem(String cohortId, long ticket, String learnerId, Instant since) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.waitEntry(cohortId, ticket));
        item.put(ItemType.ATTRIBUTE, ItemType.WAITLIST_ENTRY.value());
        item.put("learnerId", s(learnerId));
        item.put("ticket", n(ticket));
        item.put("since", s(since.toString()));
        return item;
    }
}
