package org.lcmhub.hub.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.lcmhub.hub.HubServer;

/**
 * One local hub per test run (site baked and indexed, functions on the run's moto), on a random
 * port, for the tests that only read the site or post forms: baking once keeps the suite fast.
 * Resolves {@link HubServer} and {@link MotoExtension.Moto} parameters.
 */
public final class HubExtension implements ParameterResolver {

    private record Running(HubServer hub) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            hub.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == HubServer.class || type == MotoExtension.Moto.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        MotoExtension.Moto moto = MotoExtension.moto(context);
        if (parameter.getParameter().getType() == MotoExtension.Moto.class) {
            return moto;
        }
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(HubExtension.class));
        return store.getOrComputeIfAbsent(Running.class, k -> {
            try {
                Path work = Files.createTempDirectory("lcmhub-site");
                return new Running(HubServer.start(new HubServer.Config(Checkout.root(), 0, true, moto.endpoint(), work)));
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the hub: " + e.getMessage(), e);
            }
        }, Running.class).hub();
    }
}
