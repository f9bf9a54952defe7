package org.lcmhub.http;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lcmhub.hub.api.LocalContext;

/** A Lambda context whose logger keeps what it is given, as the runtime would frame it. */
final class RecordingContext extends LocalContext {
    /** One call to the logger: the bytes or text given and the level. */
    record Entry(String text, LogLevel level, boolean raw) {
    }

    final List<Entry> entries;

    RecordingContext(int remainingMillis) {
        this(remainingMillis, new CopyOnWriteArrayList<>());
    }

    private RecordingContext(int remainingMillis, List<Entry> entries) {
        super("TestFunction", 1024, remainingMillis, recorder(entries));
        this.entries = entries;
    }

    private static LambdaLogger recorder(List<Entry> entries) {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                log(message, LogLevel.UNDEFINED);
            }

            @Override
            public void log(byte[] message) {
                log(message, LogLevel.UNDEFINED);
            }

            @Override
            public void log(String message, LogLevel level) {
                entries.add(new Entry(message, level, false));
            }

            @Override
            public void log(byte[] message, LogLevel level) {
                entries.add(new Entry(new String(message, StandardCharsets.UTF_8), level, true));
            }
        };
    }
}
