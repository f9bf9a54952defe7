package org.lcmhub.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * JSON through Jackson's streaming parser and generator alone, for what every request reads and
 * writes: the event, the answer's body, the log line. Building an {@code ObjectMapper} and its
 * serializers costs a fresh JVM about 500 classes and 0.1–0.15 s of CPU before its first answer;
 * a request whose body is maps, lists, strings, whole numbers, doubles, booleans and nulls does
 * not need them. Anything else (a record, an enum, a date) goes through {@link Json#MAPPER} as
 * before, so the text is the same either way.
 */
public final class PlainJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Our bodies are small and shallow: anything deeper or longer is refused while parsing (a 400),
     * before it costs memory or time.
     */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(32)
            .maxNumberLength(40)
            .maxStringLength(300_000)
            .maxNameLength(1_000)
            .build();
    private static final JsonFactory BODIES = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    /** Deeper than any answer of ours: beyond it (or on a cycle), the mapper decides, as before. */
    private static final int MAX_DEPTH = 64;

    private PlainJson() {
    }

    /** {@code value} as {@code Json.MAPPER.writeValueAsString} writes it. */
    public static String write(Object value) throws JsonProcessingException {
        StringWriter out = new StringWriter(256);
        boolean plain;
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT); // a text left unfinished is dropped
            plain = write(g, value, 0);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        // Something only the mapper writes as it does: it writes the whole value, the text so far is dropped.
        return plain ? out.toString() : Json.MAPPER.writeValueAsString(value);
    }

    /**
     * Writes {@code value} as the mapper does, or stops and returns false at the first thing that
     * is not plain: beyond maps with string keys, lists, strings, ints, longs, doubles, booleans
     * and nulls, or deeper than {@link #MAX_DEPTH}.
     */
    private static boolean write(JsonGenerator g, Object value, int depth) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (depth >= MAX_DEPTH) {
            return false;
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    return false;
                }
                g.writeFieldName(key);
                if (!write(g, e.getValue(), depth + 1)) {
                    return false;
                }
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> values) {
            g.writeStartArray();
            for (Object v : values) {
                if (!write(g, v, depth + 1)) {
                    return false;
                }
            }
            g.writeEndArray();
        } else {
            return false;
        }
        return true;
    }

    /** A generator for hand-written JSON (the event, the response). */
    static JsonGenerator generator(java.io.OutputStream out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    /**
     * The first JSON value of {@code in} as {@code new ObjectMapper().readTree(in)} builds it (a
     * repeated member: the last one; numbers as int, long, big integer or double nodes), or null
     * a missing node when there is none.
     */
    public static JsonNode readTree(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken t = p.nextToken();
            return t == null ? MissingNode.getInstance() : value(p, t, false);
        }
    }

    /**
     * A request body as {@code Json.MAPPER.readTree} reads it: within {@link #LIMITS}, and a
     * repeated member or anything after the value is an error at the same place.
     */
    public static JsonNode readBody(byte[] body) throws IOException {
        try (JsonParser p = BODIES.createParser(body)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return MissingNode.getInstance();
            }
            JsonNode root = value(p, t, true);
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "Trailing token after the value", p.currentTokenLocation());
            }
            return root;
        }
    }

    private static JsonNode value(JsonParser p, JsonToken t, boolean strict) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    JsonToken v = p.nextToken();
                    // Where the mapper finds a repeat: at a container's start, after a scalar.
                    boolean container = v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY;
                    if (strict && container && object.has(name)) {
                        throw duplicate(p, name);
                    }
                    if (object.replace(name, value(p, v, strict)) != null && strict) {
                        throw duplicate(p, name);
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                    array.add(value(p, v, strict));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> nodes.numberNode(p.getIntValue());
                    case LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new JsonParseException(p, "Unexpected token " + t);
        }
    }

    private static JsonParseException duplicate(JsonParser p, String name) {
        return new JsonParseException(p, "Duplicate member '" + name + "'", p.currentTokenLocation());
    }
}
