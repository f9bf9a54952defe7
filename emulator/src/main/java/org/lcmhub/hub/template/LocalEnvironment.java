package org.lcmhub.hub.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the functions' environment variables as CloudFormation would, against local names:
 * {@code !Ref Table} is the local table name, {@code !GetAtt Table.Arn} a local ARN.
 */
public final class LocalEnvironment {
    public static final String REGION = "us-east-1";
    public static final String ACCOUNT = "000000000000";
    public static final String STACK = "lcm-hub-local";
    private static final Pattern SUB = Pattern.compile("\\$\\{([^}]+)}");

    private final Map<String, String> refs;

    /** {@code refs}: logical id to what {@code !Ref} yields locally. */
    public LocalEnvironment(Map<String, String> refs) {
        this.refs = Map.copyOf(refs);
    }

    /**
     * The variables of all functions, merged: the local hub runs them in one JVM, so two functions
     * may not give one name two values. JAVA_* options belong to a JVM of their own and are left out.
     */
    public Map<String, String> merged(List<SamTemplate.FunctionDef> functions) {
        Map<String, String> all = new TreeMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        for (SamTemplate.FunctionDef f : functions) {
            f.environment().forEach((name, raw) -> {
                if (name.startsWith("JAVA_")) {
                    return;
                }
                String value = resolve(raw);
                String previous = all.putIfAbsent(name, value);
                if (previous != null && !previous.equals(value)) {
                    throw new IllegalStateException("Functions " + owner.get(name) + " and " + f.logicalId()
                            + " set " + name + " differently; the local hub runs them in one JVM and needs one value");
                }
                owner.putIfAbsent(name, f.logicalId());
            });
        }
        return all;
    }

    /**
     * What {@code !Ref} yields locally for each resource and parameter: a table's local name, a
     * parameter's default, and {@code local-<LogicalId>} for anything else (user pool, app client...).
     */
    public static Map<String, String> refs(SamTemplate template, Map<String, String> tableNames) {
        Map<String, String> refs = new LinkedHashMap<>();
        template.resourceIds().forEach(id -> refs.put(id, "local-" + id));
        refs.putAll(template.parameters());
        refs.putAll(tableNames);
        return refs;
    }

    public String resolve(Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        if (value instanceof Map<?, ?> m && m.size() == 1) {
            Map.Entry<?, ?> e = m.entrySet().iterator().next();
            String fn = String.valueOf(e.getKey());
            Object arg = e.getValue();
            switch (fn) {
                case "Ref":
                    return ref(String.valueOf(arg));
                case "Fn::GetAtt":
                    if (arg instanceof List<?> l && l.size() == 2 && "Arn".equals(l.get(1))) {
                        return tableArn(ref(String.valueOf(l.get(0))));
                    }
                    break;
                case "Fn::Sub":
                    if (arg instanceof String s) {
                        Matcher matcher = SUB.matcher(s);
                        StringBuilder out = new StringBuilder();
                        while (matcher.find()) {
                            matcher.appendReplacement(out, Matcher.quoteReplacement(ref(matcher.group(1))));
                        }
                        matcher.appendTail(out);
                        return out.toString();
                    }
                    break;
                default:
                    break;
            }
        }
        throw new IllegalStateException("The local hub cannot resolve " + value + " in a function's environment");
    }

    /** The local ARN of a table, as {@code !GetAtt Table.Arn} gives it. */
    public static String tableArn(String tableName) {
        return "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/" + tableName;
    }

    private String ref(String name) {
        if (name.endsWith(".Arn")) {
            // ${Table.Arn} in a !Sub, as a policy's "${HubTable.Arn}/index/GSI1"
            return tableArn(ref(name.substring(0, name.length() - ".Arn".length())));
        }
        return switch (name) {
            case "AWS::Region" -> REGION;
            case "AWS::AccountId" -> ACCOUNT;
            case "AWS::StackName" -> STACK;
            case "AWS::Partition" -> "aws";
            case "AWS::URLSuffix" -> "amazonaws.com";
            default -> {
                String value = refs.get(name);
                if (value == null) {
                    throw new IllegalStateException("The local hub does not know what !Ref " + name + " is");
                }
                yield value;
            }
        };
    }
}
