package org.lcmhub.appointments.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.appointments.model.SessionNote;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The note items {@code LEARNER#<id> / SESSION#<date>#<createdAt>#<sessionId>} (the series item is
 * {@code SeriesItems}, in pairing), the notes also on GSI1 under
 * {@code COHORT#<cohortId> / SESSION#<learnerId>#...} beside the cohort's other records.
 */
final class AppointmentItems {

    private AppointmentItems() {
    }

    static Map<String, AttributeValue> toItem(SessionNote n) {
        String stamp = n.date() + "#" + n.createdAt() + "#" + n.sessionId();
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.key(Keys.learnerPk(n.learnerId()),
                Keys.SESSION + stamp));
        item.put(Keys.GSI1PK, s(Keys.cohortPk(n.cohortId())));
        item.put(Keys.GSI1SK, s(Keys.SESSION + n.learnerId() + "#" + stamp));
        item.put(ItemType.ATTRIBUTE, ItemType.SESSION.value());
        item.put("sessionId", s(n.sessionId()));
        item.put("learnerId", s(n.learnerId()));
        item.put("cohortId", s(n.cohortId()));
        item.put("mentorId", s(n.mentorId()));
        item.put("date", s(n.date().toString()));
        item.put("text", s(n.text()));
        item.put("createdAt", s(n.createdAt().toString()));
        return item;
    }

    static SessionNote sessionFromItem(Map<String, AttributeValue> i) {
        return new SessionNote(i.get("sessionId").s(), i.get("learnerId").s(), i.get("cohortId").s(),
                i.get("mentorId").s(), LocalDate.parse(i.get("date").s()), i.get("text").s(),
                Instant.parse(i.get("createdAt").s()));
    }

    private static int num(Map<String, AttributeValue> item, String name) {
        return Integer.parseInt(item.get(name).n());
    }
}
