package org.lcmhub.hub.iam;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.lcmhub.hub.template.LocalEnvironment;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * IAM for the local hub's functions: every DynamoDB call made while a function runs is checked
 * against that function's policy, and a call its policy does not allow fails as AWS refuses it
 * (AccessDeniedException, HTTP 400), so the handler answers what it would on AWS and the hub's log
 * names what template.yaml lacks. moto checks no permission, so without this a missing action
 * shows only once deployed.
 *
 * <p>The SDK loads this interceptor into every client of the hub's JVM (the
 * {@code execution.interceptors} resource of this module, which no function's artifact carries),
 * so the handlers' own clients are checked without touching them. Calls made while no function
 * runs are the hub's own (tables, demo data, snapshots, benches) and pass.
 */
public final class DynamoAccess implements ExecutionInterceptor {
    /**
     * {@code -Dlcmhub.iam=report}: refusals are logged but the calls go on, to list every gap of a
     * template in one run; the default refuses, as AWS does.
     */
    private static final boolean REPORT_ONLY = "report".equals(System.getProperty("lcmhub.iam"));

    /** Inheritable: a thread a handler starts works under the same role. */
    private static final InheritableThreadLocal<DynamoPolicy> CURRENT = new InheritableThreadLocal<>();

    /** Told of every refusal, as the hub's log is: tests that check a path asks for nothing it may not have. */
    private static final List<Consumer<String>> WATCHERS =
            new CopyOnWriteArrayList<>();

    /**
     * Tells {@code watcher} of each refusal (function, action and resource) until the returned
     * handle is closed, including those a caller catches and goes on from.
     */
    public static AutoCloseable watch(Consumer<String> watcher) {
        WATCHERS.add(watcher);
        return () -> WATCHERS.remove(watcher);
    }

    /** Sets the policy of the function about to run on this thread (null: none); returns the one it replaces. */
    public static DynamoPolicy enter(DynamoPolicy policy) {
        DynamoPolicy previous = CURRENT.get();
        CURRENT.set(policy);
        return previous;
    }

    /** Puts back what {@link #enter} replaced, once the function has returned. */
    public static void leave(DynamoPolicy previous) {
        CURRENT.set(previous);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        DynamoPolicy policy = CURRENT.get();
        if (policy != null && context.request() instanceof DynamoDbRequest request) {
            check(policy, request);
        }
    }

    /** Throws, as AWS answers, at the first access the policy does not allow. */
    static void check(DynamoPolicy policy, DynamoDbRequest request) {
        for (DynamoActions.Access access : DynamoActions.of(request)) {
            if (!policy.allows(access.action(), access.resource())) {
                String refused = String.format("%s was refused %s on %s", policy.functionId(), access.action(), access.resource());
                System.err.printf("[iam] %s: its Policies in template.yaml do not allow it%n", refused);
                WATCHERS.forEach(w -> w.accept(refused));
                if (!REPORT_ONLY) {
                    throw refusal(policy.functionId(), access);
                }
            }
        }
    }

    private static DynamoDbException refusal(String functionId, DynamoActions.Access access) {
        // AWS's wording, with the role SAM makes for the function.
        String message = "User: arn:aws:sts::" + LocalEnvironment.ACCOUNT + ":assumed-role/" + functionId + "Role/" + functionId
                + " is not authorized to perform: " + access.action() + " on resource: " + access.resource()
                + " because no identity-based policy allows the " + access.action() + " action";
        return (DynamoDbException) DynamoDbException.builder()
                .message(message)
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("AccessDeniedException")
                        .errorMessage(message)
                        .serviceName("DynamoDb")
                        .build())
                .build();
    }
}
