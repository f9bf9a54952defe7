package org.lcmhub.hub.api;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The Lambda context of one local invocation; the functions' tests give it a logger that keeps
 * what it is given.
 */
public class LocalContext implements Context {
    private final String requestId = UUID.randomUUID().toString();
    private final String functionName;
    private final int memoryMb;
    private final long deadline;
    private final LambdaLogger logger;

    LocalContext(String functionName, int memoryMb, int timeoutSeconds) {
        this(functionName, memoryMb, timeoutSeconds * 1000L, stderr(functionName));
    }

    /** {@code remainingMillis}: the time the invocation has from now on. */
    public LocalContext(String functionName, int memoryMb, long remainingMillis, LambdaLogger logger) {
        this.functionName = functionName;
        this.memoryMb = memoryMb;
        this.deadline = System.currentTimeMillis() + remainingMillis;
        this.logger = logger;
    }

    /** The local hub's log: standard error, each line marked with the function's name. */
    private static LambdaLogger stderr(String functionName) {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                System.err.println("[" + functionName + "] " + message);
            }

            @Override
            public void log(byte[] message) {
                // Lines written as bytes end with their own newline, as Lambda's framing wants.
                log(new String(message, StandardCharsets.UTF_8).stripTrailing());
            }

            @Override
            public void log(String message, LogLevel level) {
                log(level + " " + message);
            }
        };
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:local:000000000000:function:" + functionName;
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
        return (int) Math.max(0, deadline - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryMb;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
