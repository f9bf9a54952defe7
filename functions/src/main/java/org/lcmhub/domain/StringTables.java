package org.lcmhub.domain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON file of named tables of texts, {"a": {"key": "text", …}, …}: the site's message areas
 * (by language) and the build's course-path titles. Read with Jackson's streaming parser, because
 * the dashboard and matching read them on their first request, where building an ObjectMapper
 * cost a cold start about 0.1 s.
 */
public final class StringTables {
    private static final JsonFactory JSON = new JsonFactory();

    private StringTables() {
    }

    /** The tables of {@code in}; {@code name} says which file in an error. */
    public static Map<String, Map<String, String>> read(InputStream in, String name) throws IOException {
        Map<String, Map<String, String>> tables = new HashMap<>();
        try (JsonParser parser = JSON.createParser(in)) {
            expect(parser.nextToken() == JsonToken.START_OBJECT, name);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Map<String, String> table = tables.computeIfAbsent(parser.getCurrentName(), k -> new HashMap<>());
                expect(parser.nextToken() == JsonToken.START_OBJECT, name);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.getCurrentName();
                    expect(parser.nextToken() == JsonToken.VALUE_STRING, name);
                    table.put(key, parser.getText());
                }
            }
        }
        return tables;
    }

    private static void expect(boolean shaped, String name) {
        if (!shaped) {
            throw new IllegalStateException(name + " is not {name: {key: text}}.");
        }
    }
}
