package org.lcmhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcmhub.hub.testing.ApiContract;
import org.lcmhub.hub.testing.LocalHubTest;

/**
 * template.yaml routes most paths with {@code ANY}, and each function's own router decides which
 * methods a path takes: every method the document names must reach an operation, every other
 * one must be the router's 405 (or the catch-all's 404). Every answer is also checked against the
 * document by the client, so this walks the error answers of every operation too.
 */
class ApiMethodsIT extends LocalHubTest {
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @Test
    void eachPathTakesTheMethodsTheDocumentNamesAndNoOther() throws Exception {
        ApiContract contract = ApiContract.shared();
        Set<String> paths = new LinkedHashSet<>();
        contract.operations().forEach(op -> paths.add(op.path()));
        String staff = token("methods@example.org", "lcm", "mentor");
        List<String> wrong = new ArrayList<>();
        for (String template : paths) {
            String path = template.replaceAll("\\{[^}/]+}", "unknown-id");
            boolean staffPath = contract.operations().stream().anyMatch(o -> o.path().equals(template) && o.staff());
            for (String method : METHODS) {
                boolean documented = contract.operation(method, path).isPresent();
                HttpResponse<String> answer = client.json(method, path, staffPath ? staff : null, null);
                if (documented != reachedAnOperation(answer)) {
                    wrong.add(method + " " + path + " answered " + answer.statusCode()
                            + (documented ? ", but the document describes it" : ", but the document does not describe it"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The handler's own test drives it without HTTP: here the answer goes through the client's check. */
    @Test
    void aLinkRequestForAnUnknownAddressIsTheDocumented202() throws Exception {
        HttpResponse<String> answer = client.json("POST", "/api/links", null, "{\"email\":\"nobody@example.org\"}");
        assertThat(answer.statusCode()).isEqualTo(202);
    }

    /**
     * Not the function's 405 and not the catch-all's 404: a path that template.yaml routes per
     * method (GET and POST /api/cohorts) sends the other methods to {@code /api/{proxy+}}.
     */
    private static boolean reachedAnOperation(HttpResponse<String> answer) {
        return answer.statusCode() != 405
                && !(answer.statusCode() == 404 && answer.body().contains("No API route matches"));
    }
}
