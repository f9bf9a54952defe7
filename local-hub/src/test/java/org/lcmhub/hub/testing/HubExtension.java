package org.lcmhub.hub.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
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

    /** The pathId of every course path in content/. */
    static Set<String> pathIds() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Checkout.root().resolve("content"))) {
            for (Path file : files.filter(f -> f.getParent().getFileName().toString().equals("paths")
                    && f.toString().endsWith(".md")).toList()) {
                Files.readAllLines(file).stream().filter(l -> l.startsWith("pathId="))
                        .findFirst().ifPresent(l -> ids.add(l.substring("pathId=".length()).strip()));
            }
        }
        return ids;
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
                HubServer hub = HubServer.start(new HubServer.Config(Checkout.root(), 0, true, moto.endpoint(), work));
                // Every course path of the site gets an open cohort, so its sign-up form can be used.
                for (String pathId : pathIds()) {
                    Fixtures.cohort(moto.dynamo(), moto.table(), "open-" + pathId, pathId, 1000);
                }
                return new Running(hub);
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the hub: " + e.getMessage(), e);
            }
        }, Running.class).hub();
    }
}
