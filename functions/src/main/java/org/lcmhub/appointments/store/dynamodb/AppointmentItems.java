package org.lcmhub.appointments.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.appointments.model.Appointment;
import org.lcmhub.appointments.model.SessionNote;
import org.lcmhub.mentor.model.Slot;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The series item {@code LEARNER#<id> / ONE_TO_ONE} and the note items
 * {@code LEARNER#<id> / SESSION#<date>#<createdAt>#<sessionId>}, the notes also on GSI1 under
 * {@code COHORT#<cohortId> / SESSION#<learnerId>#...} beside the cohort's other records.
 */
final class AppointmentItems {
    static final String SERIES_TYPE = "OneToOne";
    static final String SESSION_TYPE = "Session";

    private AppointmentItems() {
    }

    static Map<String, AttributeValue> toItem(Appointment a) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.oneToOne(a.learnerId()));
        item.put("type", s(SERIES_TYPE));
        item.put("learnerId", s(a.learnerId()));
        item.put("mentorId", s(a.mentorId()));
        item.put("cohortId", s(a.cohortId()));
        item.put("uid", s(a.uid()));
        item.put("sequence", n(a.sequence()));
        item.put("day", s(Slot.code(a.day())));
        item.put("time", s(a.time().toString()));
        item.put("durationMinutes", n(a.durationMinutes()));
        item.put("timezone", s(a.zone().getId()));
        item.put("firstDate", s(a.firstDate().toString()));
        item.put("weeks", n(a.weeks()));
        if (a.location() != null) {
            item.put("location", s(a.location()));
        }
        item.put("updatedAt", s(a.updatedAt().toString()));
        return item;
    }

    static Appointment fromItem(Map<String, AttributeValue> i) {
        return new Appointment(i.get("learnerId").s(), i.get("mentorId").s(), i.get("cohortId").s(), i.get("uid").s(),
                num(i, "sequence"), Slot.day(i.get("day").s()), LocalTime.parse(i.get("time").s()),
                num(i, "durationMinutes"), ZoneId.of(i.get("timezone").s()), LocalDate.parse(i.get("firstDate").s()),
                num(i, "weeks"), i.containsKey("location") ? i.get("location").s() : null,
                Instant.parse(i.get("updatedAt").s()));
    }

    static Map<String, AttributeValue> toItem(SessionNote n) {
        String stamp = n.date() + "#" + n.createdAt() + "#" + n.sessionId();
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.key(Keys.learnerPk(n.learnerId()),
                Keys.SESSION + stamp));
        item.put(Keys.GSI1PK, s("COHORT#" + n.cohortId()));
        item.put(Keys.GSI1SK, s(Keys.SESSION + n.learnerId() + "#" + stamp));
        item.put("type", s(SESSION_TYPE));
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
