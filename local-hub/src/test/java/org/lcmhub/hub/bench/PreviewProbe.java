package org.lcmhub.hub.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of {@link PreviewArtifactIT}: with only the preview function's artifact (and this
 * class) on its class path, as Lambda's runtime has it, it builds the handler with its no-arg
 * constructor, primes it when asked (what SnapStart's snapshot holds), hands it one API Gateway
 * event read from a file as bytes, and prints the answer. Only the JDK is used here.
 */
public final class PreviewProbe {
    private PreviewProbe() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Class<?> type = Class.forName(args[0]);
        Object handler = type.getConstructor().newInstance();
        if (args[1].equals("primed")) {
            System.out.println("PRIMED " + type.getMethod("prime").invoke(handler));
        }
        long primed = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        type.getMethod("handleRequest", java.io.InputStream.class, java.io.OutputStream.class,
                        Class.forName("com.amazonaws.services.lambda.runtime.Context"))
                .invoke(handler, new ByteArrayInputStream(Files.readAllBytes(Path.of(args[2]))), out, null);
        System.out.printf("TIMES startMs=%.0f requestMs=%.0f%n", (primed - start) / 1e6, (System.nanoTime() - primed) / 1e6);
        System.out.println("ANSWER " + out.toString(StandardCharsets.UTF_8));
    }
}
