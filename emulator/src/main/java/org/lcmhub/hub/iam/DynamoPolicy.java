package org.lcmhub.hub.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.template.SamTemplate.FunctionDef;

/**
 * The DynamoDB statements of a function's {@code Policies} in template.yaml, their resources
 * resolved to local ARNs: what the function's role may do on AWS, checked by the local hub
 * ({@link DynamoAccess}) so a missing action fails here as IAM would refuse it there.
 */
public record DynamoPolicy(String functionId, List<Statement> statements) {

    /** One statement; actions and resources may hold IAM's {@code *} and {@code ?} wildcards. */
    public record Statement(boolean allow, List<String> actions, List<String> resources) {
        boolean covers(String action, String resource) {
            return actions.stream().anyMatch(a -> glob(a, true).matcher(action).matches())
                    && resources.stream().anyMatch(r -> glob(r, false).matcher(resource).matches());
        }
    }

    /**
     * The function's inline statements that name a DynamoDB action. Other policy forms (managed
     * policies, SAM policy templates) are refused: the hub could not tell what they allow.
     */
    public static DynamoPolicy of(FunctionDef function, LocalEnvironment env) {
        List<Statement> statements = new ArrayList<>();
        for (Object policy : function.policies()) {
            if (!(policy instanceof Map<?, ?> doc) || doc.size() != 1 || !doc.containsKey("Statement")) {
                throw new IllegalStateException(function.logicalId() + "'s policy " + policy
                        + " is not an inline Statement list, which is all the local hub can check");
            }
            for (Object s : list(doc.get("Statement"))) {
                Map<?, ?> statement = (Map<?, ?>) s;
                if (statement.containsKey("NotAction") || statement.containsKey("NotResource")) {
                    throw new IllegalStateException(function.logicalId() + ": the local hub does not read NotAction/NotResource");
                }
                List<String> actions = list(statement.get("Action")).stream().map(String::valueOf).toList();
                if (actions.stream().noneMatch(a -> a.toLowerCase(Locale.ROOT).startsWith("dynamodb:") || a.equals("*"))) {
                    continue; // another service's: its resources need not resolve here
                }
                List<String> resources = list(statement.get("Resource")).stream().map(env::resolve).toList();
                statements.add(new Statement(!"Deny".equals(statement.get("Effect")), actions, resources));
            }
        }
        return new DynamoPolicy(function.logicalId(), List.copyOf(statements));
    }

    /** As IAM decides: an explicit Deny wins, then any Allow; nothing said is a refusal. */
    public boolean allows(String action, String resource) {
        boolean allowed = false;
        for (Statement s : statements) {
            if (s.covers(action, resource)) {
                if (!s.allow()) {
                    return false;
                }
                allowed = true;
            }
        }
        return allowed;
    }

    /** IAM matches actions without case, resources with it. */
    private static Pattern glob(String pattern, boolean action) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), action ? Pattern.CASE_INSENSITIVE : 0);
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
    }
}
