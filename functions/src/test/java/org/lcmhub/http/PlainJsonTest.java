package org.lcmhub.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lcmhub.domain.Language;

/** The streaming reads and writes against the mapper they stand in for: the same trees, texts and errors. */
class PlainJsonTest {
    private static final List<String> BODIES = List.of(
            "{}", "{\"name\":\"Awa\",\"n\":42,\"big\":12345678901,\"huge\":123456789012345678901234567890,"
                    + "\"x\":1.5,\"e\":1e3,\"t\":true,\"f\":false,\"z\":null,\"list\":[1,\"a\",[],{}],\"o\":{\"p\":{\"q\":[null]}}}",
            " [1, 2] ", "\"text\"", "12", "null", "", "   ", "{\"k\":\"caf\\u00e9 \\\"q\\\" \\n\"}",
            "{}{}", "{} x", "{\"a\":1} [", "{\"a\":1,\"a\":2}", "{\"a\":{},\"a\":[1]}", "{\"a\":[],\"b\":{\"c\":1,\"c\":{}}}",
            "{\"a\":{\"b\":1,\"b\":2},\"a\":3}", "{\"a\":\"x\",\"a\":\"" + "y".repeat(300_001) + "\"}",
            "[".repeat(40), "[".repeat(32) + "]".repeat(32), "[".repeat(31) + "]".repeat(31),
            "{\"a\":".repeat(40) + "1" + "}".repeat(40), "{\"n\":" + "9".repeat(41) + "}", "{\"n\":" + "9".repeat(40) + "}",
            "{\"n\":0." + "1".repeat(50) + "}", "{\"" + "k".repeat(1_001) + "\":1}", "{\"a\":", "\u0000", "{\"a\" 1}",
            "[1,]", "{\"a\":tru}", "{'a':1}", "[1e999, -0.0, 0.1]");

    @Test
    void aBodyReadsAsTheMapperReadsItOrFailsAtTheSamePlace() throws Exception {
        for (String body : BODIES) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            Object expected = outcome(() -> Json.MAPPER.readTree(bytes));
            Object actual = outcome(() -> PlainJson.readBody(bytes));
            assertThat(actual).as(body.substring(0, Math.min(40, body.length()))).isEqualTo(expected);
        }
    }

    @Test
    void anEventReadsAsAPlainMapperReadsIt() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        for (String body : BODIES) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            Object expected = outcome(() -> plain.readTree(new ByteArrayInputStream(bytes)));
            Object actual = outcome(() -> PlainJson.readTree(new ByteArrayInputStream(bytes)));
            assertThat(actual).as(body.substring(0, Math.min(40, body.length()))).isEqualTo(expected);
        }
    }

    @Test
    void valuesAreWrittenAsTheMapperWritesThem() throws Exception {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("s", "caf\u00e9 \"quoted\" \n\t\u2028 </script> \uD83D\uDE00");
        nested.put("i", -7);
        nested.put("l", Long.MAX_VALUE);
        nested.put("d", 0.1 + 0.2);
        nested.put("whole", 3.0);
        nested.put("nan", Double.NaN);
        nested.put("inf", Double.NEGATIVE_INFINITY);
        nested.put("tiny", 1e-300);
        nested.put("t", true);
        nested.put("none", null);
        nested.put("list", Arrays.asList(1, null, "a", List.of(), Map.of()));
        nested.put("set", Set.of("only"));
        nested.put("sorted", new TreeMap<>(Map.of("b", 2, "a", 1)));
        List<Object> values = new ArrayList<>(List.of(nested, Map.of("status", "ok"), List.of(nested, nested), "x", 5,
                Map.of("nested", Map.of("deeper", List.of(Map.of("k", false))))));
        // Not plain: left to the mapper, so the same text or the same failure.
        values.add(Map.of("language", Language.FR));
        values.add(Map.of("record", new Point(1, 2)));
        values.add(Map.of("date", LocalDate.of(2027, 1, 11)));
        values.add(Map.of("float", 1.1f, "big", new java.math.BigDecimal("1E+3")));
        values.add(Map.of(1, "integer key"));
        Map<String, Object> cycle = new LinkedHashMap<>();
        cycle.put("self", cycle);
        values.add(cycle);
        Object deep = "bottom";
        for (int i = 0; i < 100; i++) {
            deep = List.of(deep);
        }
        values.add(deep);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            assertThat(outcome(() -> PlainJson.write(value))).as("value " + i)
                    .isEqualTo(outcome(() -> Json.MAPPER.writeValueAsString(value)));
        }
    }

    record Point(int x, int y) {
    }

    private interface Call {
        Object run() throws Exception;
    }

    /** The result, or the failure's kind and place (the 400 says the place, never the parser's words). */
    private static Object outcome(Call call) {
        Throwable t = catchThrowable(call::run);
        if (t == null) {
            try {
                return call.run();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        if (t instanceof JsonProcessingException e) {
            var at = e.getLocation();
            return (e instanceof StreamConstraintsException ? "too deep or long" : "invalid")
                    + (at == null ? "" : " at " + at.getLineNr() + ":" + at.getColumnNr());
        }
        return t.getClass().getName();
    }
}
