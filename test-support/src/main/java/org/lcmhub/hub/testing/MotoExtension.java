package org.lcmhub.hub.testing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.lcmhub.hub.engine.MotoEngine;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.template.SamTemplate;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Starts moto once per test run on a random loopback port, with the tables of template.yaml,
 * and hands tests a {@link Moto} (endpoint and a real SDK client). Tests keep apart by using
 * their own ids, not by emptying tables.
 */
public final class MotoExtension implements ParameterResolver {

    /** The running engine, as tests see it. */
    public record Moto(URI endpoint, DynamoDbClient dynamo, String table) {
        /** A client of its own, whose calls {@code watching} sees (and may change, as DynamoDB may answer). */
        public DynamoDbClient newClient(ExecutionInterceptor... watching) {
            return MotoEngine.client(endpoint, watching);
        }
    }

    private static final class Running implements ExtensionContext.Store.CloseableResource {
        final MotoEngine engine;
        final Moto moto;

        Running() throws Exception {
            Path work = Files.createTempDirectory("lcmhub-moto");
            engine = MotoEngine.start(work);
            DynamoDbClient dynamo = MotoEngine.client(engine.endpoint());
            SamTemplate template = SamTemplate.read(Checkout.template());
            new Tables(dynamo, template.tables()).createMissing();
            moto = new Moto(engine.endpoint(), dynamo, Tables.localName(template.tables().get(0)));
        }

        @Override
        public void close() {
            moto.dynamo().close();
            engine.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Moto.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return moto(context);
    }

    /** The run's engine, started on first use (also for other extensions, e.g. the local hub's HubExtension). */
    public static Moto moto(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(MotoExtension.class));
        return store.getOrComputeIfAbsent(Running.class, k -> {
            try {
                return new Running();
            } catch (Exception e) {
                throw new IllegalStateException("Could not start moto: " + e.getMessage(), e);
            }
        }, Running.class).moto;
    }
}
