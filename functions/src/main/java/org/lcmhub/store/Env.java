package org.lcmhub.store;

/**
 * Configuration from the function's environment (template.yaml sets it). The local hub runs
 * every function in one JVM and cannot change the process environment, so it passes the same
 * names as system properties; the environment wins when both are set.
 */
public final class Env {
    private Env() {
    }

    public static String get(String name) {
        String value = System.getenv(name);
        return value != null && !value.isBlank() ? value : System.getProperty(name);
    }

    public static String require(String name) {
        String value = get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The environment variable " + name + " is not set.");
        }
        return value;
    }
}
