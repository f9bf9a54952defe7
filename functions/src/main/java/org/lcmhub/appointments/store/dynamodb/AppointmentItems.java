package org.lcmhub.appointments.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lcmhub.appointments.model.Proposal;
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

    /** {@code LEARNER#<id> / PROPOSAL#<planned>}: the start kept with the learner's zone, as they gave it. */
    static Map<String, AttributeValue> toItem(Proposal p) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(Keys.proposal(p.learnerId(), p.planned()));
        item.put(ItemType.ATTRIBUTE, ItemType.PROPOSAL.value());
        item.put("learnerId", s(p.learnerId()));
        item.put("mentorId", s(p.mentorId()));
        item.put("uid", s(p.uid()));
        item.put("planned", s(p.planned().toString()));
        item.put("start", s(p.start().toString()));
        // The same instant in UTC, fixed width: a condition compares it with the time of a new proposal.
        item.put("startsAt", s(instant(p.start().toInstant())));
        if (p.message() != null) {
            item.put("message", s(p.message()));
        }
        item.put("status", s(p.status().wire()));
        if (p.reply() != null) {
            item.put("reply", s(p.reply()));
        }
        item.put("proposedAt", s(p.proposedAt().toString()));
        if (p.answeredAt() != null) {
            item.put("answeredAt", s(p.answeredAt().toString()));
        }
        return item;
    }

    static Proposal proposalFromItem(Map<String, AttributeValue> i) {
        return new Proposal(i.get("learnerId").s(), i.get("mentorId").s(), i.get("uid").s(),
                LocalDate.parse(i.get("planned").s()), ZonedDateTime.parse(i.get("start").s()), text(i, "message"),
                Proposal.Status.of(i.get("status").s()), text(i, "reply"), Instant.parse(i.get("proposedAt").s()),
                i.containsKey("answeredAt") ? Instant.parse(i.get("answeredAt").s()) : null);
    }

    private static String text(Map<String, AttributeValue> i, String name) {
        return i.containsKey(name) ? i.get(name).s() : null;
    }

    private static int num(Map<String, AttributeValue> item, String name) {
        return Integer.parseInt(item.get(name).n());
    }

    /**
     * A wall time ("2027-03-22T05:30", to the minute) that every start stored as a zoned time
     * ("2027-03-22T05:29+01:00[Europe/Paris]", as {@code start} is written) before it, as a string,
     * has passed by {@code at}, whatever its zone: {@code at} on the clock of UTC-12, behind every
     * zone's. A start in the same minute, or with seconds, compares after it: it waits for the next minute.
     */
    static String passedEverywhere(java.time.Instant at) {
        return java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.ofHours(-12))
                .format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm"));
    }

    /** {@code at} to the second in UTC, fixed width ("2027-03-23T17:30:00Z"), so that strings compare as instants. */
    public static String instant(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
