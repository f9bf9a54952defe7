package org.lcmhub.hub.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB items to and from DynamoDB JSON ({@code {"S":"x"}}, {@code {"N":"1"}}, ...), losslessly. */
public final class AttributeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AttributeJson() {
    }

    public static ObjectNode toJson(Map<String, AttributeValue> item) {
        ObjectNode node = MAPPER.createObjectNode();
        item.forEach((k, v) -> node.set(k, value(v)));
        return node;
    }

    public static Map<String, AttributeValue> fromJson(JsonNode node) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> item.put(e.getKey(), attribute(e.getValue())));
        return item;
    }

    private static ObjectNode value(AttributeValue v) {
        ObjectNode n = MAPPER.createObjectNode();
        switch (v.type()) {
            case S -> n.put("S", v.s());
            case N -> n.put("N", v.n());
            case B -> n.put("B", v.b().asByteArray());
            case BOOL -> n.put("BOOL", v.bool());
            case NUL -> n.put("NULL", true);
            case SS -> strings(n.putArray("SS"), v.ss());
            case NS -> strings(n.putArray("NS"), v.ns());
            case BS -> v.bs().forEach(b -> n.withArray("BS").add(b.asByteArray()));
            case L -> {
                ArrayNode list = n.putArray("L");
                v.l().forEach(x -> list.add(value(x)));
            }
            case M -> n.set("M", toJson(v.m()));
            default -> throw new IllegalArgumentException("Unsupported attribute " + v);
        }
        return n;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static AttributeValue attribute(JsonNode n) {
        String type = n.fieldNames().next();
        JsonNode v = n.get(type);
        return switch (type) {
            case "S" -> AttributeValue.fromS(v.asText());
            case "N" -> AttributeValue.fromN(v.asText());
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(binary(v)));
            case "BOOL" -> AttributeValue.fromBool(v.asBoolean());
            case "NULL" -> AttributeValue.fromNul(true);
            case "SS" -> AttributeValue.fromSs(texts(v));
            case "NS" -> AttributeValue.fromNs(texts(v));
            case "BS" -> AttributeValue.fromBs(StreamSupport.stream(v.spliterator(), false)
                    .map(x -> SdkBytes.fromByteArray(binary(x))).toList());
            case "L" -> AttributeValue.fromL(StreamSupport.stream(v.spliterator(), false)
                    .map(AttributeJson::attribute).toList());
            case "M" -> AttributeValue.fromM(fromJson(v));
            default -> throw new IllegalArgumentException("Unknown attribute type " + type);
        };
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static byte[] binary(JsonNode node) {
        try {
            return node.binaryValue();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Bad binary attribute", e);
        }
    }
}
