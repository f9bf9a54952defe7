package org.lcmhub.hub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The API's OpenAPI description (docs/openapi.yaml), read as the API tests use it: which
 * operation a request reaches, and whether an answer is one the document promises for that
 * operation and status. Schemas are checked by a JSON Schema 2020-12 validator in the OpenAPI 3.1
 * dialect, with formats (date, date-time) asserted.
 */
public final class ApiContract {
    /** Where the document lives in the checkout. */
    public static final String DOCUMENT = "docs/openapi.yaml";
    /** The document's identity for the validator: its JSON pointers resolve against it. */
    private static final String IRI = "urn:lcmhub:openapi";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile ApiContract shared;

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** One operation of the document. */
    public record Operation(String method, String path, JsonNode node) {
        /** Whether it asks for the staff token. */
        public boolean staff() {
            for (JsonNode requirement : node.path("security")) {
                if (requirement.has("staffJwt")) {
                    return true;
                }
            }
            return false;
        }
    }

    private ApiContract(JsonNode document) {
        this.document = document;
        String json = document.toString();
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(IRI, json))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** The checkout's document, read once per test run. */
    public static ApiContract shared() {
        if (shared == null) {
            synchronized (ApiContract.class) {
                if (shared == null) {
                    shared = load(Checkout.root().resolve(DOCUMENT));
                }
            }
        }
        return shared;
    }

    public static ApiContract load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static ApiContract parse(Object yaml) {
        return new ApiContract(JSON.valueToTree(yaml));
    }

    public JsonNode document() {
        return document;
    }

    /** Every operation the document describes, in its order. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()));
            }
        }));
        return operations;
    }

    /** The path template a request path falls under (literal segments win over parameters), if any. */
    public Optional<String> pathTemplate(String path) {
        List<String> templates = pathTemplates(path);
        return templates.isEmpty() ? Optional.empty() : Optional.of(templates.get(0));
    }

    /**
     * The operation a request reaches, if the document describes one: that of the most literal
     * path that has the method, as API Gateway and the functions' routers pick it
     * ({@code PATCH /api/cohorts/mine} is the PATCH of {@code /api/cohorts/{cohortId}}).
     */
    public Optional<Operation> operation(String method, String path) {
        // The most literal path decides, as the functions' routers do: PATCH /api/cohorts/mine is
        // the 405 of /api/cohorts/mine, not an update of a cohort called "mine".
        for (String template : pathTemplates(path)) {
            JsonNode op = document.path("paths").path(template).get(method.toLowerCase(Locale.ROOT));
            return op == null ? Optional.empty() : Optional.of(new Operation(method.toUpperCase(Locale.ROOT), template, op));
        }
        return Optional.empty();
    }

    /** The document's paths a request path matches, most literal segments first. */
    private List<String> pathTemplates(String path) {
        String[] actual = segments(path);
        List<Map.Entry<String, Integer>> matches = new ArrayList<>();
        for (Iterator<String> it = document.path("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            String[] pattern = segments(template);
            if (pattern.length != actual.length) {
                continue;
            }
            int literals = 0;
            boolean matching = true;
            for (int i = 0; i < pattern.length && matching; i++) {
                if (pattern[i].startsWith("{") && pattern[i].endsWith("}")) {
                    matching = !actual[i].isEmpty();
                } else {
                    matching = pattern[i].equals(actual[i]);
                    literals++;
                }
            }
            if (matching) {
                matches.add(Map.entry(template, literals));
            }
        }
        matches.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return matches.stream().map(Map.Entry::getKey).toList();
    }

    /** An answer as the client received it. */
    public record Answer(int status, String contentType, Map<String, List<String>> headers, String body) {
        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /**
     * What is wrong with an answer to {@code method path} according to the document (empty: it
     * is one the document promises). A path the document lacks must be the API's JSON 404; a
     * method a path lacks the router's 405, or the catch-all's 404 where the template routes the
     * path per method (or the authorizer's 401 on a staff path).
     */
    public List<String> problems(String method, String rawPath, Answer answer) {
        String path = rawPath.contains("?") ? rawPath.substring(0, rawPath.indexOf('?')) : rawPath;
        String what = method + " " + path + " answered " + answer.status();
        Optional<String> template = pathTemplate(path);
        if (template.isEmpty()) {
            if (answer.status() != 404) {
                return List.of(what + ", but the document has no such path (the API answers 404 there)");
            }
            return checkContent(what, "#/components/responses/NotFound", answer);
        }
        Optional<Operation> op = operation(method, path);
        if (op.isEmpty()) {
            if (answer.status() == 405) {
                return checkResponse(what, "#/components/responses/MethodNotAllowed", answer);
            }
            // A path the template routes per method (not ANY) sends the others to the catch-all.
            if (answer.status() == 404) {
                return checkResponse(what, "#/components/responses/NotFound", answer);
            }
            boolean staffPath = operations().stream().anyMatch(o -> o.path().equals(template.get()) && o.staff());
            if (answer.status() == 401 && staffPath) {
                return checkResponse(what, "#/components/responses/StaffUnauthorized", answer);
            }
            return List.of(what + ", but the document has no " + method + " on " + template.get()
                    + " (the API answers 405 or 404 there)");
        }
        String operationPointer = "#/paths/" + escape(op.get().path()) + "/" + method.toLowerCase(Locale.ROOT);
        JsonNode responses = op.get().node().path("responses");
        String code = String.valueOf(answer.status());
        for (String key : List.of(code, code.charAt(0) + "XX", "default")) {
            if (responses.has(key)) {
                return checkResponse(what, operationPointer + "/responses/" + escape(key), answer);
            }
        }
        if (answer.status() == 503) {
            return checkResponse(what, "#/components/responses/StoreUnavailable", answer);
        }
        return List.of(what + ", a status the document does not list for " + op.get().method() + " " + op.get().path());
    }

    /** Throws with every problem of the answer, naming the request. */
    public void verify(String method, String path, Answer answer) {
        List<String> problems = problems(method, path, answer);
        if (!problems.isEmpty()) {
            throw new AssertionError("The answer breaks " + DOCUMENT + ":\n  " + String.join("\n  ", problems)
                    + "\nBody: " + abbreviate(answer.body()));
        }
    }

    /**
     * As {@link #verify}, unless the system property {@code lcmhub.contract.report} names a file:
     * then problems are appended there instead, so that one run of the API tests lists every
     * place where the document and the code part.
     */
    public void verifyOrReport(String method, String path, Answer answer) {
        String report = System.getProperty("lcmhub.contract.report");
        if (report == null || report.isBlank()) {
            verify(method, path, answer);
            return;
        }
        List<String> problems = problems(method, path, answer);
        if (!problems.isEmpty()) {
            try {
                Files.writeString(Path.of(report), String.join("\n", problems) + "\n  Body: " + abbreviate(answer.body())
                        + "\n", java.nio.charset.StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private List<String> checkResponse(String what, String pointer, Answer answer) {
        List<String> problems = new ArrayList<>();
        JsonNode response = resolve(pointer);
        String responsePointer = pointer;
        if (response.has("$ref")) {
            responsePointer = response.get("$ref").asText();
            response = resolve(responsePointer);
        }
        response.path("headers").properties().forEach(h -> {
            if (h.getValue().path("required").asBoolean(false) && answer.header(h.getKey()) == null) {
                problems.add(what + " without the required header " + h.getKey());
            }
        });
        problems.addAll(checkContent(what, responsePointer, answer));
        return problems;
    }

    private List<String> checkContent(String what, String responsePointer, Answer answer) {
        JsonNode content = resolve(responsePointer).path("content");
        boolean empty = answer.body() == null || answer.body().isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            return empty ? List.of() : List.of(what + " with a body, where the document promises none");
        }
        String type = answer.contentType() == null ? "" : answer.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!content.has(type)) {
            return List.of(what + " as '" + type + "', where the document promises " + names(content));
        }
        String schemaPointer = responsePointer + "/content/" + escape(type) + "/schema";
        String instance;
        if (type.equals("application/json") || type.endsWith("+json")) {
            if (empty) {
                return List.of(what + " with an empty body, where the document promises JSON");
            }
            instance = answer.body();
        } else {
            instance = JSON.getNodeFactory().textNode(answer.body()).toString();
        }
        List<Error> errors;
        try {
            errors = schema(schemaPointer).validate(instance, InputFormat.JSON);
        } catch (RuntimeException e) {
            return List.of(what + " with a body that cannot be read as " + type + ": " + e.getMessage());
        }
        return errors.stream().map(e -> what + ": " + e.getInstanceLocation() + " " + e.getMessage()
                + " (" + e.getSchemaLocation() + ")").toList();
    }

    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer, p -> registry.getSchema(
                SchemaLocation.of(IRI + p.replace("{", "%7B").replace("}", "%7D"))));
    }

    private JsonNode resolve(String pointer) {
        return document.at(pointer.substring(1));
    }

    /** A JSON pointer token. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String names(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(" or ", names);
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.split("/", -1);
    }

    private static String abbreviate(String body) {
        return body == null ? "(none)" : body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
