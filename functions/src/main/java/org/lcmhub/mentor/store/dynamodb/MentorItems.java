package org.lcmhub.mentor.store.dynamodb;

import static org.lcmhub.store.Keys.s;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.lcmhub.domain.Language;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.model.Slot;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The mentor item {@code MENTOR#<sub> / PROFILE}. Lists are DynamoDB lists, not sets, because a
 * set may not be empty (a mentor may list no skills); slots are maps {@code {day, from, to}}.
 */
final class MentorItems {
    private MentorItems() {
    }

    static AttributeValue strings(List<String> values) {
        return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
    }

    static AttributeValue slots(List<Slot> slots) {
        return AttributeValue.fromL(slots.stream().map(slot -> AttributeValue.fromM(Map.of(
                "day", s(slot.dayCode()), "from", s(slot.from().toString()), "to", s(slot.to().toString())))).toList());
    }

    static Mentor fromItem(Map<String, AttributeValue> item) {
        return new Mentor(
                item.get("mentorId").s(),
                text(item, "email"),
                text(item, "name"),
                list(item, "paths"),
                list(item, "skills"),
                list(item, "languages"),
                text(item, "timezone"),
                num(item, "capacity"),
                num(item, "assigned"),
                item.containsKey("paused") && Boolean.TRUE.equals(item.get("paused").bool()),
                item.containsKey("availability") ? item.get("availability").l().stream().map(v -> new Slot(
                        Slot.day(v.m().get("day").s()), LocalTime.parse(v.m().get("from").s()),
                        LocalTime.parse(v.m().get("to").s()))).toList() : List.of(),
                item.containsKey("updatedAt") ? Instant.parse(item.get("updatedAt").s()) : null,
                // Absent on a profile saved before mentors chose it: mailLanguage() then reads the languages.
                Language.parse(text(item, "mailLanguage")).orElse(null));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    private static List<String> list(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? List.of() : v.l().stream().map(AttributeValue::s).toList();
    }

    private static int num(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? 0 : Integer.parseInt(v.n());
    }
}
