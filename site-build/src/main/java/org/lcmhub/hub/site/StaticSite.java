package org.lcmhub.hub.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the baked site as the CloudFront distribution does: {@code /x/} and {@code /x} resolve to
 * {@code /x/index.html} (the template's viewer-request function), anything missing is a 404.
 */
public final class StaticSite {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("ics", "text/calendar; charset=utf-8"));

    /** A file to send: status, content type and bytes. */
    public record Page(int status, String contentType, byte[] body) {
    }

    private final Path root;

    public StaticSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Page get(String rawPath) throws IOException {
        Path file = resolve(rawPath);
        if (file != null && Files.isRegularFile(file)) {
            return new Page(200, type(file), Files.readAllBytes(file));
        }
        Path notFound = root.resolve("404.html");
        byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                : "<!doctype html><title>Not found</title><h1>Not found</h1>".getBytes(StandardCharsets.UTF_8);
        return new Page(404, TYPES.get("html"), body);
    }

    /** The file a URL path names, or null when it would leave the site folder. */
    Path resolve(String rawPath) {
        String uri;
        try {
            uri = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.endsWith("/")) {
            uri = uri + "index.html";
        } else if (uri.lastIndexOf('.') < uri.lastIndexOf('/')) {
            uri = uri + "/index.html";
        }
        Path file = root.resolve(uri.substring(1)).normalize();
        return file.startsWith(root) && !uri.contains("\0") ? file : null;
    }

    private static String type(Path file) {
        return contentType(file.getFileName().toString());
    }

    /**
     * The type a site file is served with, by its name's extension: one table for the local hub
     * and for the bucket the site is published to (served there with nosniff).
     */
    public static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
