package org.lcmhub.mentor.store.dynamodb;

import static org.lcmhub.store.Keys.n;
import static org.lcmhub.store.Keys.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.mentor.model.Mentor;
import org.lcmhub.mentor.store.MentorStore;
import org.lcmhub.store.ItemType;
import org.lcmhub.store.Keys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Mentor profiles in {@code HubTable}: {@code MENTOR#<sub> / PROFILE}, also on GSI1 under
 * {@code MENTORS} so matching lists them with a paginated query. The counter {@code assigned} is
 * written by matching's publish transactions (condition {@code assigned < capacity}) and by those
 * that end a match ({@code assigned > 0}); a profile
 * save never touches it and is conditioned on {@code assigned <= capacity}, so the two never
 * over-fill a mentor whatever their order.
 */
public final class DynamoMentorStore implements MentorStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoMentorStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Mentor find(String sub) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Keys.mentor(sub))).item();
        return item == null || item.isEmpty() ? null : MentorItems.fromItem(item);
    }

    @Override
    public Mentor save(Mentor m) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> sets = new ArrayList<>();
        set(sets, names, values, ItemType.ATTRIBUTE, ItemType.MENTOR.value());
        set(sets, names, values, Keys.GSI1PK, s(Keys.MENTORS));
        set(sets, names, values, Keys.GSI1SK, s(Keys.mentorPk(m.sub())));
        set(sets, names, values, "mentorId", s(m.sub()));
        if (m.email() != null) {
            set(sets, names, values, "email", s(m.email()));
        }
        set(sets, names, values, "name", s(m.name()));
        set(sets, names, values, "paths", MentorItems.strings(m.paths()));
        set(sets, names, values, "skills", MentorItems.strings(m.skills()));
        set(sets, names, values, "languages", MentorItems.strings(m.languages()));
        set(sets, names, values, "timezone", s(m.timezone()));
        set(sets, names, values, "capacity", n(m.capacity()));
        set(sets, names, values, "paused", AttributeValue.fromBool(m.paused()));
        set(sets, names, values, "availability", MentorItems.slots(m.availability()));
        set(sets, names, values, "updatedAt", s(m.updatedAt().toString()));
        if (m.mailChoice() != null) {
            set(sets, names, values, "mailLanguage", s(m.mailChoice().code()));
        }
        sets.add("assigned = if_not_exists(assigned, :zero)");
        sets.add("createdAt = if_not_exists(createdAt, :updatedAt)");
        values.put(":zero", n(0));
        // The save replaces the profile: no choice given drops the one stored.
        String update = "SET " + String.join(", ", sets) + (m.mailChoice() == null ? " REMOVE mailLanguage" : "");
        try {
            return MentorItems.fromItem(dynamo.updateItem(r -> r.tableName(table).key(Keys.mentor(m.sub()))
                    .updateExpression(update)
                    .conditionExpression("attribute_not_exists(PK) OR assigned <= :capacity")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).attributes());
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> old = e.hasItem() && !e.item().isEmpty() ? e.item()
                    : dynamo.getItem(r -> r.tableName(table).consistentRead(true).key(Keys.mentor(m.sub()))).item();
            throw new CapacityBelowAssigned(MentorItems.fromItem(old).assigned());
        }
    }

    @Override
    public List<Mentor> all() {
        List<Mentor> mentors = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1)
                        .keyConditionExpression("GSI1PK = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.MENTORS))))
                .items().forEach(item -> mentors.add(MentorItems.fromItem(item)));
        return mentors;
    }

    /** {@code #name = :name}: several attribute names (name, timezone…) are reserved words. */
    private static void set(List<String> sets, Map<String, String> names, Map<String, AttributeValue> values,
                            String attribute, AttributeValue value) {
        names.put("#" + attribute, attribute);
        values.put(":" + attribute, value);
        sets.add("#" + attribute + " = :" + attribute);
    }
}
