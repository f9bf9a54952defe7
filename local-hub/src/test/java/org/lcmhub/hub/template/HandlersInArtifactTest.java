package org.lcmhub.hub.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.DataInputStream;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.Checkout;

/** Every Handler in template.yaml is a class of the functions artifact that Lambda can call. */
class HandlersInArtifactTest {
    private final SamTemplate template = SamTemplate.read(Checkout.template());
    private final Path jar = Checkout.root().resolve("functions/target/lcm-hub-functions.jar");
    private final java.util.List<org.lcmhub.hub.streams.StreamEvents.StreamEvent> streams =
            org.lcmhub.hub.streams.StreamEvents.read(Checkout.root().resolve("template.yaml"));

    @Test
    void everyHandlerExistsInTheBuiltJarAsJava17Bytecode() throws Exception {
        assertThat(jar).as("built by `mvn verify` before these tests").exists();
        assertThat(template.functions()).isNotEmpty();
        try (JarFile artifact = new JarFile(jar.toFile())) {
            for (SamTemplate.FunctionDef f : template.functions()) {
                String[] parts = f.handler().split("::");
                JarEntry entry = artifact.getJarEntry(parts[0].replace('.', '/') + ".class");
                assertThat(entry).as(f.logicalId() + " handler class in the artifact").isNotNull();
                try (InputStream in = artifact.getInputStream(entry); DataInputStream data = new DataInputStream(in)) {
                    assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
                    data.readUnsignedShort();
                    assertThat(data.readUnsignedShort()).as("class file major version (61 = Java 17)").isEqualTo(61);
                }
                Class<?> type = Class.forName(parts[0]);
                assertThat(Modifier.isAbstract(type.getModifiers())).isFalse();
                assertThat(type.getConstructor()).as("no-arg constructor for Lambda").isNotNull();
                if (f.routes().isEmpty()) {
                    // Invoked by its schedule or its table's stream, not over HTTP: the runtime reads
                    // the event into a map.
                    boolean streamed = streams.stream().anyMatch(e -> e.functionId().equals(f.logicalId()));
                    assertThat(!f.schedules().isEmpty() || streamed).as(f.logicalId() + " has a route, a schedule or a stream")
                            .isTrue();
                    assertThat(type.getMethod(parts[1], Map.class, Context.class)).isNotNull();
                } else {
                    Method method = type.getMethod(parts[1], APIGatewayV2HTTPEvent.class, Context.class);
                    assertThat(method.getReturnType()).isEqualTo(APIGatewayV2HTTPResponse.class);
                }
            }
        }
    }

    @Test
    void noApacheOrNettyHttpClientShipsWithTheFunctions() throws Exception {
        Path libs = Checkout.root().resolve("functions/target/lib");
        assertThat(libs).as("runtime dependencies copied at package time").isDirectory();
        try (var files = Files.list(libs)) {
            String[] names = files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
            assertThat(names).anyMatch(n -> n.startsWith("url-connection-client-"));
            assertThat(names).anyMatch(n -> n.startsWith("dynamodb-"));
            assertThat(names).noneMatch(n -> n.matches("(apache-client|apache5-client|netty-nio-client|httpclient|httpclient5|netty-.*)-.*"));
        }
        assertThat(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)))
                .noneMatch(p -> p.contains("netty-nio-client"));
    }
}
