package org.lcmhub.hub.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout root, where template.yaml, site/ and content/ live. */
public final class Checkout {
    private Checkout() {
    }

    public static Path root() {
        String property = System.getProperty("lcmhub.root");
        for (String candidate : new String[] {property, "..", "."}) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate, "template.yaml"))) {
                return Path.of(candidate).toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("No checkout root with template.yaml (lcmhub.root=" + property + ")");
    }

    public static Path template() {
        return root().resolve("template.yaml");
    }
}
