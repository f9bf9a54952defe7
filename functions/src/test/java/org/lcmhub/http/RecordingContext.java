package org.lcmhub.http;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A Lambda context whose logger keeps what it is given, as the runtime would frame it. */
final class RecordingContext implements Context {
    /** One call to the logger: the bytes or text given and the level. */
    record Entry(String text, LogLevel level, boolean raw) {
    }

    final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final int remainingMillis;

    RecordingContext(int remainingMillis) {
        this.remainingMillis = remainingMillis;
    }

    private final LambdaLogger logger = new LambdaLogger() {
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

    @Override
    public String getAwsRequestId() {
        return "lambda-request";
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/Test";
    }

    @Override
    public String getLogStreamName() {
        return "test";
    }

    @Override
    public String getFunctionName() {
        return "TestFunction";
    }

    @Override
    public String getFunctionVersion() {
        return "1";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:eu-west-3:123456789012:function:TestFunction";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return remainingMillis;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
