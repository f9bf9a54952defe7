package org.lcmhub.cohort.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.lcmhub.cohort.Offers;
import org.lcmhub.cohort.RiskPolicyRules;
import org.lcmhub.cohort.model.Cohort;
import org.lcmhub.domain.Language;
import org.lcmhub.risk.RiskPolicy;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The cohort item {@code COHORT#<id> / META}. Its counters are the seat invariant: {@code enrolled}
 * (seats taken), {@code waitTail} (waitlist tickets handed out) and {@code waitLeft} (tickets no
 * longer waiting: promoted, withdrawn or unused), so {@code waitTail - waitLeft} are waiting.
 * {@code riskPolicy} (a map of the thresholds by field name) is there once the team sets one.
 * {@link #LAST_OFFERED} is the last day learners are offered the cohort ({@link Offers#lastOfferedDay}),
 * kept with its dates so that a write can compare it with today.
 */
public final class CohortItems {
    /** The attribute of the last day offered, {@code yyyy-MM-dd}: compared as a string, in date order. */
    public static final String LAST_OFFERED = "lastOfferedDay";

    private CohortItems() {
    }

    /** The value of {@link #LAST_OFFERED} for these dates. */
    public static AttributeValue lastOffered(LocalDate start, int weeks) {
        return s(Offers.lastOfferedDay(start, weeks).toString());
    }

    public static Map<String, AttributeValue> toItem(Cohort c) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.cohort(c.cohortId()));
        item.put(ItemType.ATTRIBUTE, ItemType.COHORT.value());
        item.put(Keys.GSI1PK, s(Keys.pathPk(c.pathId())));
        item.put(Keys.GSI1SK, s(Keys.cohortStart(c.startDate(), c.cohortId())));
        item.put("cohortId", s(c.cohortId()));
        item.put("pathId", s(c.pathId()));
        item.put("title", s(c.title()));
        item.put("language", s(c.language().code()));
        item.put("startDate", s(c.startDate().toString()));
        item.put("weeks", n(c.weeks()));
        item.put(LAST_OFFERED, lastOffered(c.startDate(), c.weeks()));
        item.put("seats", n(c.seats()));
        item.put("isOpen", AttributeValue.fromBool(c.open()));
        item.put("enrolled", n(c.enrolled()));
        item.put("waitTail", n(c.waitlisted()));
        item.put("waitLeft", n(0));
        item.put("lcms", AttributeValue.fromSs(c.lcms().stream().sorted().toList()));
        item.put("createdAt", s(c.createdAt().toString()));
        if (!c.riskPolicy().equals(RiskPolicy.DEFAULTS)) {
            item.put("riskPolicy", policyValue(c.riskPolicy()));
        }
        return item;
    }

    /** The cohort's entry in the index of cohorts by end date ({@code Keys.cohortIndex}). */
    public static Map<String, AttributeValue> indexItem(String cohortId, LocalDate endDate) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.cohortIndex(cohortId));
        item.put(ItemType.ATTRIBUTE, ItemType.COHORT_INDEX.value());
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
                Language.of(item.get("language").s()),
                LocalDate.parse(item.get("startDate").s()),
                num(item, "weeks"),
                num(item, "seats"),
                Boolean.TRUE.equals(item.get("isOpen").bool()),
                num(item, "enrolled"),
                num(item, "waitTail") - num(item, "waitLeft"),
                item.containsKey("lcms") ? Set.copyOf(item.get("lcms").ss()) : Set.of(),
                Instant.parse(item.get("createdAt").s()),
                policy(item.get("riskPolicy")));
    }

    /** The thresholds as a map attribute, by field name. */
    public static AttributeValue policyValue(RiskPolicy policy) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        RiskPolicyRules.fields(policy).forEach((name, value) -> m.put(name, AttributeValue.fromN(value.toString())));
        return AttributeValue.fromM(m);
    }

    static RiskPolicy policy(AttributeValue value) {
        if (value == null || !value.hasM()) {
            return RiskPolicy.DEFAULTS;
        }
        Map<String, Number> fields = new LinkedHashMap<>();
        value.m().forEach((name, v) -> {
            if (RiskPolicyRules.isField(name)) {
                fields.put(name, RiskPolicyRules.isWhole(name) ? (Number) Integer.valueOf(v.n()) : Double.valueOf(v.n()));
            }
        });
        return RiskPolicyRules.policy(fields);
    }

    static int num(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? 0 : Integer.parseInt(v.n());
    }
}
