package org.lcmhub.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration every handler shares. Requests read and write through
 * {@link PlainJson}, which comes here only for what it does not write itself (records, enums,
 * dates), so a request that needs none of that never builds the mapper.
 */
public final class Json {
    /** Our bodies' limits ({@link PlainJson}, which reads them). */
    public static final StreamReadConstraints LIMITS = PlainJson.LIMITS;

    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }
}
