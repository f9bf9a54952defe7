package org.lcmhub.hub.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The API's OpenAPI description, {@code docs/openapi.yaml} of the checkout, for
 * {@code GET /dev/openapi.yaml}: read at each request, so an edit shows at the next one.
 * Local only: template.yaml stays the list of the API's real routes.
 */
public final class ApiDescription {
    public static final String PATH = "/dev/openapi.yaml";
    public static final String FILE = "docs/openapi.yaml";
    /** The media type registered for YAML (RFC 9512). */
    public static final String CONTENT_TYPE = "application/yaml; charset=utf-8";

    private final Path file;

    public ApiDescription(Path root) {
        this.file = root.resolve(FILE);
    }

    /** The document as it is on disk now. */
    public DevToken.Answer get() throws IOException {
        try {
            return new DevToken.Answer(200, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new DevToken.Answer(404, ("{\"error\":{\"code\":\"not_found\",\"message\":\"" + FILE
                    + " is missing from this checkout.\"}}").getBytes(StandardCharsets.UTF_8));
        }
    }
}
