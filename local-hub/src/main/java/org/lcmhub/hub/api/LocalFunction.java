package org.lcmhub.hub.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.lcmhub.hub.template.SamTemplate.FunctionDef;

/**
 * One function of template.yaml, run as Lambda runs it: the handler class is built with its
 * no-arg constructor and each instance serves one request at a time. Instances are kept warm and
 * reused; a new one is built only when all are busy, as Lambda adds execution environments.
 */
public final class LocalFunction {
    private final FunctionDef def;
    private final Class<?> type;
    private final Method method;
    private final ConcurrentLinkedDeque<Object> warm = new ConcurrentLinkedDeque<>();

    public LocalFunction(FunctionDef def) {
        this.def = def;
        String[] parts = def.handler().split("::", 2);
        try {
            this.type = Class.forName(parts[0]);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Handler class " + parts[0] + " of " + def.logicalId()
                    + " is not on the class path", e);
        }
        String name = parts.length == 2 ? parts[1] : "handleRequest";
        this.method = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && !m.isBridge() && m.getParameterCount() == 2
                        && m.getParameterTypes()[0].isAssignableFrom(APIGatewayV2HTTPEvent.class)
                        && m.getParameterTypes()[1] == Context.class)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(def.handler()
                        + " has no method " + name + "(APIGatewayV2HTTPEvent, Context)"));
        warm.push(newInstance());
    }

    public FunctionDef definition() {
        return def;
    }

    public APIGatewayV2HTTPResponse invoke(APIGatewayV2HTTPEvent event) throws Throwable {
        Object instance = warm.poll();
        if (instance == null) {
            instance = newInstance();
        }
        try {
            Object result = method.invoke(instance, event,
                    new LocalContext(def.logicalId(), def.memoryMb(), def.timeoutSeconds()));
            if (!(result instanceof APIGatewayV2HTTPResponse response)) {
                throw new IllegalStateException(def.handler() + " returned " + result);
            }
            return response;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            warm.push(instance);
        }
    }

    private Object newInstance() {
        try {
            return type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Initialising " + def.handler() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(def.handler() + " needs a public no-arg constructor", e);
        }
    }
}
