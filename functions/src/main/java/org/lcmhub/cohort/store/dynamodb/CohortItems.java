package org.lcmhub.cohort.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The cohort item {@code COHORT#<id> / META}. Its counters are the seat invariant: {@code enrolled}
 * (seats taken), {@code waitTail} (waitlist tickets handed out) and {@code waitLeft} (tickets no
 * longer waiting: promoted, withdrawn or unused), so {@code waitTail - waitLeft} are waiting.
 */
public final class CohortItems {
    private CohortItems() {
    }

    public static Map<String, AttributeValue> toItem(Cohort c) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.cohort(c.cohortId()));
        item.put("type", s("Cohort"));
        item.put(Keys.GSI1PK, s("PATH#" + c.pathId()));
        item.put(Keys.GSI1SK, s("START#" + c.startDate() + "#" + c.cohortId()));
        item.put("cohortId", s(c.cohortId()));
        item.put("pathId", s(c.pathId()));
        item.put("title", s(c.title()));
        item.put("language", s(c.language()));
        item.put("startDate", s(c.startDate().toString()));
        item.put("weeks", n(c.weeks()));
        item.put("seats", n(c.seats()));
        item.put("isOpen", AttributeValue.fromBool(c.open()));
        item.put("enrolled", n(c.enrolled()));
        item.put("waitTail", n(c.waitlisted()));
        item.put("waitLeft", n(0));
        item.put("lcms", AttributeValue.fromSs(c.lcms().stream().sorted().toList()));
        item.put("createdAt", s(c.createdAt().toString()));
        return item;
    }

    /** The cohort's entry in the index of cohorts by end date ({@code Keys.cohortIndex}). */
    public static Map<String, AttributeValue> indexItem(String cohortId, LocalDate endDate) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.cohortIndex(cohortId));
        item.put("type", s("CohortIndex"));
        item.put(Keys.GSI1PK, s(Keys.COHORTS));
        item.put(Keys.GSI1SK, s(Keys.cohortEnd(endDate, cohortId)));
        item.put("cohortId", s(cohortId));
        item.put("endDate", s(endDate.toString()));
        return item;
    }

    public static Cohort fromItem(Map<String, AttributeValue> item) {
        return new Cohort(
                item.get("cohortId").s(),
                item.get("pathId").s(),
                item.get("title").s(),
                item.get("language").s(),
                LocalDate.parse(item.get("startDate").s()),
                num(item, "weeks"),
                num(item, "seats"),
                Boolean.TRUE.equals(item.get("isOpen").bool()),
                num(item, "enrolled"),
                num(item, "waitTail") - num(item, "waitLeft"),
                item.containsKey("lcms") ? Set.copyOf(item.get("lcms").ss()) : Set.of(),
                Instant.parse(item.get("createdAt").s()));
    }

    static int num(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? 0 : Integer.parseInt(v.n());
    }
}
