package org.lcmhub.hub.template;

import static org.lcmhub.hub.template.SamTemplate.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The response headers CloudFront adds, read from the template's distribution: each cache
 * behaviour's {@code ResponseHeadersPolicyId} ({@code !Ref} to an
 * {@code AWS::CloudFront::ResponseHeadersPolicy}), turned into the headers that policy sends.
 * The local hub sets them, so the site runs locally under the same CSP as in production.
 */
public final class SecurityHeaders {
    private record Behaviour(String pathPattern, Map<String, String> headers) {
        boolean matches(String path) {
            return pathPattern.endsWith("*")
                    ? path.startsWith(pathPattern.substring(0, pathPattern.length() - 1))
                    : path.equals(pathPattern);
        }
    }

    private final List<Behaviour> behaviours;
    private final Map<String, String> defaults;

    private SecurityHeaders(List<Behaviour> behaviours, Map<String, String> defaults) {
        this.behaviours = behaviours;
        this.defaults = defaults;
    }

    public static SecurityHeaders read(Path template) {
        return parse(CfnYaml.load(template));
    }

    public static SecurityHeaders parse(Map<String, Object> doc) {
        Map<String, Object> resources = map(doc.get("Resources"));
        Map<String, Object> defaults = Map.of();
        List<Behaviour> behaviours = new ArrayList<>();
        for (Object value : resources.values()) {
            Map<String, Object> resource = map(value);
            if (!"AWS::CloudFront::Distribution".equals(resource.get("Type"))) {
                continue;
            }
            Map<String, Object> config = map(map(resource.get("Properties")).get("DistributionConfig"));
            defaults = map(config.get("DefaultCacheBehavior"));
            if (config.get("CacheBehaviors") instanceof List<?> list) {
                for (Object item : list) {
                    Map<String, Object> behaviour = map(item);
                    behaviours.add(new Behaviour(String.valueOf(behaviour.get("PathPattern")), headersOf(behaviour, resources)));
                }
            }
        }
        return new SecurityHeaders(List.copyOf(behaviours), headersOf(defaults, resources));
    }

    /** The headers CloudFront adds to the answer for this path (first matching behaviour, else the default). */
    public Map<String, String> forPath(String path) {
        for (Behaviour behaviour : behaviours) {
            if (behaviour.matches(path)) {
                return behaviour.headers();
            }
        }
        return defaults;
    }

    private static Map<String, String> headersOf(Map<String, Object> behaviour, Map<String, Object> resources) {
        Object id = map(behaviour.get("ResponseHeadersPolicyId")).get("Ref");
        if (id == null) {
            return Map.of();
        }
        Map<String, Object> policy = map(resources.get(String.valueOf(id)));
        if (!"AWS::CloudFront::ResponseHeadersPolicy".equals(policy.get("Type"))) {
            throw new IllegalStateException("ResponseHeadersPolicyId refers to " + id + ", which is not a response headers policy");
        }
        Map<String, Object> config = map(map(policy.get("Properties")).get("ResponseHeadersPolicyConfig"));
        Map<String, Object> security = map(config.get("SecurityHeadersConfig"));
        Map<String, String> headers = new LinkedHashMap<>();

        Map<String, Object> csp = map(security.get("ContentSecurityPolicy"));
        if (csp.get("ContentSecurityPolicy") != null) {
            headers.put("Content-Security-Policy", localPolicy(csp.get("ContentSecurityPolicy")));
        }
        Map<String, Object> hsts = map(security.get("StrictTransportSecurity"));
        if (hsts.get("AccessControlMaxAgeSec") != null) {
            String value = "max-age=" + hsts.get("AccessControlMaxAgeSec");
            if (Boolean.TRUE.equals(hsts.get("IncludeSubdomains"))) {
                value += "; includeSubDomains";
            }
            if (Boolean.TRUE.equals(hsts.get("Preload"))) {
                value += "; preload";
            }
            headers.put("Strict-Transport-Security", value);
        }
        if (security.containsKey("ContentTypeOptions")) {
            headers.put("X-Content-Type-Options", "nosniff");
        }
        Object frame = map(security.get("FrameOptions")).get("FrameOption");
        if (frame != null) {
            headers.put("X-Frame-Options", String.valueOf(frame));
        }
        Object referrer = map(security.get("ReferrerPolicy")).get("ReferrerPolicy");
        if (referrer != null) {
            headers.put("Referrer-Policy", String.valueOf(referrer));
        }
        Map<String, Object> xss = map(security.get("XSSProtection"));
        if (xss.get("Protection") != null) {
            headers.put("X-XSS-Protection", Boolean.TRUE.equals(xss.get("Protection"))
                    ? "1" + (Boolean.TRUE.equals(xss.get("ModeBlock")) ? "; mode=block" : "") : "0");
        }
        if (map(config.get("CustomHeadersConfig")).get("Items") instanceof List<?> items) {
            for (Object item : items) {
                Map<String, Object> header = map(item);
                headers.put(String.valueOf(header.get("Header")), String.valueOf(header.get("Value")));
            }
        }
        return Map.copyOf(headers);
    }

    /**
     * The policy as the local hub sends it. A {@code !Sub} names AWS hosts (Cognito's sign-in
     * domain in connect-src); here the sign-in service is the hub's own origin, so each source
     * with a substitution is left out.
     */
    static String localPolicy(Object value) {
        if (value instanceof Map<?, ?> sub && sub.get("Fn::Sub") instanceof String text) {
            return java.util.Arrays.stream(text.split(";"))
                    .map(directive -> java.util.Arrays.stream(directive.strip().split(" +"))
                            .filter(word -> !word.contains("${"))
                            .collect(java.util.stream.Collectors.joining(" ")))
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        return String.valueOf(value);
    }
}
