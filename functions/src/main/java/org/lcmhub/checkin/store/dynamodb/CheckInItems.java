package org.lcmhub.checkin.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.checkin.model.IsoWeek;
import org.lcmhub.checkin.model.WeeklyCheckIn;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The check-in item {@code LEARNER#<id> / CHECKIN#<isoWeek>}, on GSI1 under
 * {@code COHORT#<cohortId> / CHECKIN#<isoWeek>#<learnerId>}: read back by the cohort's records too.
 */
public final class CheckInItems {
    private CheckInItems() {
    }

    /** The check-in's item, with its GSI1 keys under the cohort. */
    public static Map<String, AttributeValue> toItem(WeeklyCheckIn c) {
        Map<String, AttributeValue> item = new HashMap<>(Keys.checkIn(c.learnerId(), c.week().toString()));
        item.put(Keys.GSI1PK, s(Keys.cohortPk(c.cohortId())));
        item.put(Keys.GSI1SK, s(Keys.CHECKIN + c.week() + "#" + c.learnerId()));
        item.put(ItemType.ATTRIBUTE, ItemType.CHECK_IN.value());
        item.put("learnerId", s(c.learnerId()));
        item.put("cohortId", s(c.cohortId()));
        item.put("week", s(c.week().toString()));
        item.put("progress", n(c.progress()));
        if (c.stepReached() != null) {
            item.put("stepReached", n(c.stepReached()));
        }
        item.put("hoursSpent", AttributeValue.fromN(Double.toString(c.hoursSpent())));
        item.put("mood", n(c.mood()));
        if (c.blockers() != null) {
            item.put("blockers", s(c.blockers()));
        }
        item.put("needHelp", AttributeValue.fromBool(c.needHelp()));
        if (c.message() != null) {
            item.put("message", s(c.message()));
        }
        item.put("submittedAt", s(c.submittedAt().toString()));
        if (c.helpAskedAt() != null) {
            item.put("helpAskedAt", s(c.helpAskedAt().toString()));
        }
        return item;
    }

    /**
     * The check-in as its learner's standing keeps it: the item without its keys, type and what the
     * standing already says (learner, cohort, week); read back with {@link #fromStanding}. The
     * message to the team stays: the dashboard's learner panel and the digest show it.
     */
    public static AttributeValue inStanding(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> kept = new HashMap<>(item);
        List.of(Keys.PK, Keys.SK, Keys.GSI1PK, Keys.GSI1SK, ItemType.ATTRIBUTE, "learnerId", "cohortId",
                "week").forEach(kept::remove);
        return AttributeValue.fromM(kept);
    }

    /** A check-in kept in a standing, of {@code week}. */
    public static WeeklyCheckIn fromStanding(String learnerId, String cohortId, String week, AttributeValue kept) {
        Map<String, AttributeValue> item = new HashMap<>(kept.m());
        item.put("learnerId", s(learnerId));
        item.put("cohortId", s(cohortId));
        item.put("week", s(week));
        return fromItem(item);
    }

    public static WeeklyCheckIn fromItem(Map<String, AttributeValue> i) {
        return new WeeklyCheckIn(i.get("learnerId").s(), i.get("cohortId").s(),
                IsoWeek.parse(i.get("week").s()).orElseThrow(), Integer.parseInt(i.get("progress").n()),
                i.containsKey("stepReached") ? Integer.valueOf(i.get("stepReached").n()) : null,
                Double.parseDouble(i.get("hoursSpent").n()), Integer.parseInt(i.get("mood").n()),
                text(i, "blockers"), i.get("needHelp").bool(), text(i, "message"),
                Instant.parse(i.get("submittedAt").s()),
                i.containsKey("helpAskedAt") ? Instant.parse(i.get("helpAskedAt").s()) : null);
    }

    private static String text(Map<String, AttributeValue> i, String name) {
        return i.containsKey(name) ? i.get(name).s() : null;
    }
}
