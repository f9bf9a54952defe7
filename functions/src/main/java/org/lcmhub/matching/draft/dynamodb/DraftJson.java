package org.lcmhub.matching.draft.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lcmhub.http.PlainJson;
import org.lcmhub.matching.draft.Draft;
import org.lcmhub.matching.model.PairRef;
import org.lcmhub.matching.model.Reason;

/**
 * A draft's lists as the JSON attributes it is stored with. Written member by member, in the
 * order and with the nulls Jackson's record mapping writes (a test holds the two together), so
 * that computing a draft in a fresh JVM does not build an {@code ObjectMapper} and introspect
 * five records; read back through the mapping, on the rarer publish and review.
 */
final class DraftJson {
    /** Built on the first read only. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private DraftJson() {
    }

    static String pairs(List<Draft.Pair> pairs) {
        return write(pairs.stream().map(p -> members("learnerId", p.learnerId(), "mentorId", p.mentorId(),
                "score", p.score(), "reasons", reasons(p.reasons()))).toList());
    }

    static String unmatched(List<Draft.Unmatched> unmatched) {
        return write(unmatched.stream().map(u -> members("learnerId", u.learnerId(),
                "reasons", reasons(u.reasons()))).toList());
    }

    static String refusedPins(List<Draft.RefusedPin> pins) {
        return write(pins.stream().map(p -> members("learnerId", p.learnerId(), "mentorId", p.mentorId(),
                "reasons", reasons(p.reasons()))).toList());
    }

    static String leftOut(List<Draft.LeftOut> leftOut) {
        return write(leftOut.stream().map(l -> members("learnerId", l.learnerId(), "reason", l.reason())).toList());
    }

    static String choices(Draft.Choices choices) {
        return write(members("pins", refs(choices.pins()), "exclusions", refs(choices.exclusions())));
    }

    private static List<Map<String, Object>> refs(List<PairRef> pairs) {
        return pairs.stream().map(p -> members("learnerId", p.learnerId(), "mentorId", p.mentorId())).toList();
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return Mapper.JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> reasons(List<Reason> reasons) {
        return reasons == null ? null
                : reasons.stream().map(r -> r == null ? null : members("code", r.code(), "args", r.args())).toList();
    }

    /** An object of the given members in order; a null value is written as null, as the mapping does. */
    private static Map<String, Object> members(Object... namesAndValues) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return members;
    }

    private static String write(Object value) {
        try {
            return PlainJson.write(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
